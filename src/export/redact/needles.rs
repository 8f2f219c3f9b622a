//! What is looked for, per actor: names, their parts and other forms, and identifiers, each
//! folded, with whether it counts only as a whole word.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::fold::{fold_digit, match_fold};
use super::Kind;
use crate::records::{Actor, ActorKind};

/// Words of a contact that are labels, not identifiers ("Signal: …", "tel …").
const CONTACT_LABELS: &[&str] = &[
    "signal", "whatsapp", "telegram", "threema", "wire", "viber", "skype", "email", "mail", "tel",
    "phone", "mobile", "cell", "fax", "courriel", "telefono", "movil", "portable",
];

/// Name particles that are not, alone, a name ("al", "de", "bin", "van"…), folded.
const PARTICLES: &[&str] = &[
    "abd",
    "abu",
    "al",
    "bin",
    "bint",
    "ben",
    "ibn",
    "el",
    "de",
    "del",
    "della",
    "der",
    "den",
    "di",
    "da",
    "das",
    "do",
    "dos",
    "du",
    "la",
    "le",
    "van",
    "von",
    "ter",
    "y",
    "ould",
    "ag",
    "mc",
    "st",
    "jr",
    "sr",
    "عبد",
    "ابو",
    "ابن",
    "بن",
    "بنت",
    "ال",
    "الله",
    "الدين",
    "ولد",
];

/// Words of organisation, vessel and aircraft names that identify nobody alone (in the
/// languages of our users); folded when compared. The whole name and its compact form are
/// still withheld.
const GENERIC: &[&str] = &[
    "association",
    "associazione",
    "asociacion",
    "verein",
    "organisation",
    "organization",
    "organizacion",
    "foundation",
    "fondation",
    "fundacion",
    "stiftung",
    "fondazione",
    "network",
    "reseau",
    "netzwerk",
    "committee",
    "comite",
    "comitato",
    "center",
    "centre",
    "centro",
    "zentrum",
    "union",
    "society",
    "societe",
    "sociedad",
    "alliance",
    "alianza",
    "group",
    "groupe",
    "grupo",
    "gruppe",
    "gruppo",
    "collective",
    "collectif",
    "colectivo",
    "kollektiv",
    "project",
    "projet",
    "proyecto",
    "projekt",
    "progetto",
    "mission",
    "coalition",
    "international",
    "internacional",
    "internationale",
    "national",
    "nacional",
    "rescue",
    "sauvetage",
    "rescate",
    "rettung",
    "soccorso",
    "humanitarian",
    "humanitaire",
    "humanitaria",
    "humanitario",
    "ship",
    "boat",
    "vessel",
    "bateau",
    "navire",
    "barco",
    "schiff",
    "nave",
    "crew",
    "equipage",
    "human",
    "humans",
    "humain",
    "humaine",
    "humanos",
    "rights",
    "droits",
    "derechos",
    "rechte",
    "diritti",
    "lives",
    "life",
    "vida",
    "leben",
    "vita",
    "saving",
    "help",
    "relief",
    "solidarity",
    "solidarite",
    "solidaridad",
    "solidaritat",
    "solidarieta",
    "office",
    "bureau",
    "oficina",
    "ministry",
    "ministere",
    "ministerio",
    "media",
    "press",
    "news",
    "the",
    "and",
    "for",
    "des",
    "pour",
    "por",
    "para",
    "und",
    "fur",
    "per",
    "جمعية",
    "منظمة",
    "مؤسسة",
    "شبكة",
    "لجنة",
    "مركز",
    "اتحاد",
    "حقوق",
    "الانسان",
    "انسان",
    "البحر",
    "بحر",
    "انقاذ",
    "الانقاذ",
    "سفينة",
    "مركب",
];

/// A needle folded like text, trimmed of spaces.
pub(super) fn fold_needle(s: &str) -> (String, String) {
    let f = match_fold(s);
    (f.spaced.trim().to_owned(), f.compact)
}

fn is_arabic(s: &str) -> bool {
    s.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

/// An Arabic part without its article or a one-letter prefix (و ب ل ف ك), when what is
/// left is still long enough to identify someone.
fn arabic_bare(part: &str) -> Vec<String> {
    let mut out = Vec::new();
    for prefix in ["وال", "بال", "فال", "كال", "لل", "ال"] {
        if let Some(rest) = part.strip_prefix(prefix) {
            if rest.chars().count() >= 3 {
                out.push(rest.to_owned());
            }
            return out;
        }
    }
    for prefix in ["و", "ب", "ل", "ف", "ك"] {
        if let Some(rest) = part.strip_prefix(prefix) {
            if rest.chars().count() >= 4 {
                out.push(rest.to_owned());
            }
        }
    }
    out
}

/// A word list folded like needles, once.
fn folded_set(
    cell: &'static OnceLock<HashSet<String>>,
    words: &[&str],
) -> &'static HashSet<String> {
    cell.get_or_init(|| words.iter().map(|w| fold_needle(w).0).collect())
}

fn is_generic(part: &str) -> bool {
    static CELL: OnceLock<HashSet<String>> = OnceLock::new();
    folded_set(&CELL, GENERIC).contains(part)
}

fn is_particle(part: &str) -> bool {
    static CELL: OnceLock<HashSet<String>> = OnceLock::new();
    folded_set(&CELL, PARTICLES).contains(part)
}

/// What to look for of one actor: (needle, compact?, whole word?, kind).
pub(super) fn needles(actor: &Actor) -> Vec<(String, bool, bool, Kind)> {
    let mut out = Vec::new();
    let person = actor.kind == ActorKind::Person;
    let names = std::iter::once(&actor.name).chain(actor.other_names.iter());
    for name in names {
        let (spaced, compact) = fold_needle(name);
        // Chinese, Japanese and Korean are written without spaces: a two-character name is a
        // name, and it is found inside running text.
        let cjk = is_cjk(&compact);
        let size = compact.chars().count();
        if size >= 2 {
            out.push((spaced.clone(), false, false, Kind::Full));
        }
        if size >= 5 || (cjk && size >= 2) {
            out.push((compact.clone(), true, false, Kind::Full));
        }
        let parts: Vec<&str> = spaced.split(' ').filter(|p| !p.is_empty()).collect();
        // Each word as written, without its apostrophes and hyphens ("Sa'id" is "Said").
        let joined: Vec<String> = name
            .split_whitespace()
            .map(|w| fold_needle(w).1)
            .filter(|w| !parts.contains(&w.as_str()))
            .collect();
        let last = parts.len().saturating_sub(1);
        let candidates = parts
            .iter()
            .enumerate()
            .map(|(i, p)| ((*p).to_owned(), i == 0 || i == last))
            .chain(joined.into_iter().map(|w| (w, false)));
        for (part, at_an_end) in candidates {
            if part == spaced {
                continue;
            }
            let n = part.chars().count();
            if is_particle(&part) {
                // "Das", "Le", "Van" are names too when they stand first or last.
                if person && at_an_end && parts.len() > 1 && n >= 2 && !is_arabic(&part) {
                    out.push((part.clone(), false, true, Kind::Part));
                }
                continue;
            }
            if person {
                if n >= 3 || (cjk && n >= 2) {
                    out.push((part.clone(), false, false, Kind::Part));
                } else if n == 2 && part.chars().all(char::is_alphabetic) {
                    out.push((part.clone(), false, true, Kind::Part));
                }
            } else if (n >= 4 || (cjk && n >= 2))
                && !is_generic(&part)
                && part.chars().any(char::is_alphabetic)
            {
                // Arabic glues prefixes to words, CJK has no spaces; elsewhere a part must be
                // a whole word ("Mediterranea" must not take "Mediterranean" with it).
                let whole = !is_arabic(&part) && !cjk;
                out.push((part.clone(), false, whole, Kind::Part));
            }
            if is_arabic(&part) {
                for bare in arabic_bare(&part) {
                    if !is_particle(&bare) && (person || !is_generic(&bare)) {
                        out.push((bare, false, false, Kind::Part));
                    }
                }
            }
        }
        if !person {
            for pair in parts.windows(2) {
                let joined: String = pair.concat();
                if joined.chars().count() >= 6 && !pair.iter().all(|p| is_generic(p)) {
                    out.push((joined, true, false, Kind::Part));
                }
            }
        }
    }
    // An e-mail address or a phone number among the other identifiers is a contact: never in
    // a report, whoever it belongs to.
    let contact_like =
        |s: &str| s.contains('@') || s.chars().filter(|c| fold_digit(*c).is_some()).count() >= 7;
    let identifiers = actor
        .identifiers
        .iter()
        .map(|s| {
            let kind = if contact_like(s) {
                Kind::Contact
            } else {
                Kind::Identifier
            };
            (s.as_str(), kind)
        })
        .chain(std::iter::once((
            actor.registration.as_str(),
            Kind::Identifier,
        )))
        .chain(std::iter::once((actor.contact.as_str(), Kind::Contact)));
    for (text, kind) in identifiers {
        for piece in text.split([',', ';', '\n', '/']) {
            identifier_needles(piece, kind, &mut out);
            // "Workplace: Hotel Lamar": what follows a label is the identifier.
            if let Some((_, after)) = piece.split_once(':') {
                identifier_needles(after, kind, &mut out);
            }
        }
    }
    out
}

/// Whether a folded needle is in a script written without spaces between words.
pub(super) fn is_cjk(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(u32::from(c), 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
            | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
    })
}

fn identifier_needles(piece: &str, kind: Kind, out: &mut Vec<(String, bool, bool, Kind)>) {
    let (_, compact) = fold_needle(piece);
    if compact.chars().count() >= 4 && !CONTACT_LABELS.contains(&compact.as_str()) {
        out.push((compact.clone(), true, false, kind));
    }
    digit_needles(&compact, kind, out);
    // Every run of digits, however it is grouped ("WhatsApp +33 6 12 34 56 78 evenings").
    let mut run = String::new();
    for c in piece.chars().chain(std::iter::once('x')) {
        if let Some(d) = fold_digit(c) {
            run.push(d);
        } else if !matches!(c, ' ' | '.' | '-' | '(' | ')' | '+' | '\u{A0}') {
            if run.len() >= 7 {
                digit_needles(&run, kind, out);
            }
            run.clear();
        }
    }
    // Tokens: a handle or a number inside a longer contact ("Signal: amira.h.42",
    // "Registry no. 55-7712-90"), and the name part of an e-mail address.
    for token in piece.split(|c: char| c.is_whitespace() || c == ':') {
        let (_, t) = fold_needle(token);
        if t.chars().count() >= 5
            && t != compact
            && (t.chars().any(|c| c.is_ascii_digit()) || token.contains('@'))
        {
            digit_needles(&t, kind, out);
            out.push((t, true, false, kind));
        }
        if let Some((local, _)) = token.split_once('@') {
            let (_, l) = fold_needle(local);
            if l.chars().count() >= 5 {
                out.push((l, true, false, kind));
            }
        }
    }
}

/// A number is written with or without its country or trunk prefix: its digits alone, and
/// its last seven or more digits, identify it (when it is mostly digits).
fn digit_needles(compact: &str, kind: Kind, out: &mut Vec<(String, bool, bool, Kind)>) {
    let digits: String = compact.chars().filter(char::is_ascii_digit).collect();
    let n = digits.len();
    if n >= 7 && n * 2 >= compact.chars().count() {
        for len in 7..=n {
            out.push((digits[n - len..].to_owned(), true, false, kind));
        }
    }
}
