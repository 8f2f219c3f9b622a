//! Finds the names and identifiers of people who must not be identified in free text, however
//! they are spelled, and replaces the whole word they occur in.
//!
//! Needles (names) and text go through the same folding ([`match_fold`]): NFKD, marks
//! removed, Arabic letter variants unified, full case folding without the Turkic special case
//! (`ΠΑΠΑΔΟΠΟΥΛΟΣ` = `Παπαδόπουλος`, `STRAUSS` = `Strauß`, `YILMAZ` = `Yılmaz`), letters that
//! decomposition leaves alone folded to plain Latin (`Ł` → `l`, `Ø` → `o`, `Þ` → `th`…),
//! invisible characters dropped (soft hyphens, zero-width spaces and joiners, bidi controls:
//! Unicode's Default_Ignorable_Code_Point), and a word hyphenated across a line break joined
//! again. Every run of other characters becomes one space ("spaced" text); the same text with
//! no spaces at all ("compact" text) catches spellings that differ only in punctuation and
//! spacing (`SeaWatch 3`, `Sea Watch 3` for `Sea-Watch 3`; `70-123-456` for `+961 70 123456`).
//!
//! What is looked for, for every actor who is not a State body:
//! - every name and other name, whole (spaced and compact);
//! - the parts of each name: for people, parts of three letters or more found anywhere
//!   (Arabic attaches "and", "to", "with" to the next word: وأحمد), and two-letter parts
//!   as whole words ("Ms Li"); for organisations, vessels and aircraft, distinctive parts of
//!   four letters or more as whole words ("Mediterranea") and adjacent pairs compact
//!   ("SeaWatch"); Arabic parts also without the article and the prefixes و ب ل;
//! - identifiers: the contact, the registration (IMO number, call sign) and the actor's other
//!   identifiers (plates, addresses, workplaces, nicknames), compact, and for numbers their
//!   digits with any country or trunk prefix dropped (`0096170123456`, `70 123 456`).
//!
//! Every occurrence is found (overlapping search), so one rejected match can never hide
//! another. An occurrence inside a named person's full name is left alone. The whole word a
//! match is in is replaced: over-redaction shows in the preview; a leak cannot be taken back.

use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::records::{Actor, ActorKind};

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

/// Words of a contact that are labels, not identifiers ("Signal: …", "tel …").
const CONTACT_LABELS: &[&str] = &[
    "signal", "whatsapp", "telegram", "threema", "wire", "viber", "skype", "email", "mail", "tel",
    "phone", "mobile", "cell", "fax", "courriel", "telefono", "movil", "portable",
];

/// What a case decides about one actor met in its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Decision {
    /// The actor may be named here: leave their names as written.
    Named,
    /// Replace with this label (a pseudonym, initials, a description or "[name withheld]").
    Replace(String),
}

/// What a needle is of its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    /// A whole name or other name.
    Full,
    /// One part of a name.
    Part,
    /// A registration or other identifier.
    Identifier,
    /// Part of how to reach them (never in a report, whoever they are).
    Contact,
}

/// One pattern: which actors it belongs to, as what, and whether it must be a whole word.
#[derive(Debug, Clone)]
struct Pattern {
    actors: Vec<(usize, Kind)>,
    whole_word: bool,
}

/// One automaton with its patterns.
struct Automaton {
    automaton: Option<AhoCorasick>,
    patterns: Vec<Pattern>,
}

impl Automaton {
    fn build(needles: BTreeMap<String, Pattern>) -> Self {
        let (strings, patterns): (Vec<String>, Vec<Pattern>) = needles.into_iter().unzip();
        let automaton = if strings.is_empty() {
            None
        } else {
            // A contiguous NFA, not a DFA: for the names of thousands of actors a DFA holds
            // tens of MiB per automaton, and the search is a small part of an export.
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                .build(&strings)
                .ok()
        };
        Self {
            automaton,
            patterns,
        }
    }

    fn is_broken(&self) -> bool {
        self.automaton.is_none() && !self.patterns.is_empty()
    }
}

/// The names and identifiers of every actor that can be withheld (State bodies are never
/// withheld: they are institutions, and naming them is the point of a submission).
pub(crate) struct NameIndex {
    spaced: Automaton,
    compact: Automaton,
}

/// A replacement made in a text, for the preview's notes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Replaced {
    /// The actor's index in the list the index was built from.
    pub actor: usize,
    /// What was written instead.
    pub label: String,
}

/// How the text being cleaned is to be treated.
pub(crate) struct Rules<'a> {
    /// Whether this case may name the actor, or with what to replace their name.
    pub decide: &'a dyn Fn(usize) -> Decision,
    /// Replaces a name shared by several withheld actors.
    pub withheld: &'a str,
    /// Replaces an identifier or contact.
    pub identifier: &'a str,
    /// Whether the contacts of named actors may stay (only the cover sheet's contact list).
    pub contacts_of_named: bool,
}

/// Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt, Unicode 15): soft
/// hyphen, combining grapheme joiner, Arabic letter mark, Hangul fillers, Mongolian and other
/// variation selectors, zero-width space, joiners and marks, bidi embeddings, overrides and
/// isolates, word joiner and invisible operators, byte-order mark, tags. Invisible in print,
/// so never allowed to split a name.
pub(crate) fn is_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'..='\u{1160}'
            | '\u{17B4}'..='\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF0}'..='\u{FFF8}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E0FFF}'
    )
}

/// Bidi embeddings, overrides and isolates (and the marks): never written into an export,
/// where they could reorder what a reader sees.
pub(crate) fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// The zero of every run of decimal digits in Unicode (general category Nd), but ASCII:
/// Arabic-Indic ٠, Persian ۰, Devanagari ०, Bengali ০, Thai ๐, Myanmar ၀… A phone number
/// written in any of them is the same number.
const ZEROS: &[u32] = &[
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// Letters that look like Latin letters but neither decompose nor change case to them: small
/// capitals (ʜᴀᴅᴅᴀᴅ), enclosed and regional-indicator letters (🅷🅰🅳), hooked African letters.
fn latin_look_alike(c: char) -> Option<char> {
    let n = u32::from(c);
    let letter = |base: u32| char::from_u32(u32::from(b'a') + (n - base));
    match n {
        0x1F130..=0x1F149 => letter(0x1F130),
        0x1F150..=0x1F169 => letter(0x1F150),
        0x1F170..=0x1F189 => letter(0x1F170),
        0x1F1E6..=0x1F1FF => letter(0x1F1E6),
        _ => Some(match c {
            'ᴀ' => 'a',
            'ʙ' | 'ᴃ' | 'ɓ' => 'b',
            'ᴄ' => 'c',
            'ᴅ' | 'ɗ' => 'd',
            'ᴇ' => 'e',
            'ɢ' => 'g',
            'ʜ' => 'h',
            'ɪ' | 'ɨ' => 'i',
            'ᴊ' => 'j',
            'ᴋ' | 'ƙ' => 'k',
            'ʟ' => 'l',
            'ᴍ' => 'm',
            'ɴ' => 'n',
            'ᴏ' | 'ᴐ' => 'o',
            'ᴘ' => 'p',
            'ʀ' | 'ʁ' | 'ᴙ' | 'ᴚ' => 'r',
            'ᴛ' => 't',
            'ᴜ' => 'u',
            'ᴠ' => 'v',
            'ᴡ' => 'w',
            'ʏ' | 'ƴ' => 'y',
            'ᴢ' => 'z',
            _ => return None,
        }),
    }
}

/// Folds one character after decomposition into what it is matched as (appended to `out`).
fn fold_char(c: char, out: &mut String) {
    if is_combining_mark(c) || is_ignorable(c) {
        return;
    }
    if let Some(d) = fold_digit(c) {
        out.push(d);
        return;
    }
    if let Some(l) = latin_look_alike(c) {
        out.push(l);
        return;
    }
    // Modifier letters used as apostrophes in transliteration (Saʿid, Saʼid) are apostrophes.
    if matches!(u32::from(c), 0x02B9..=0x02FF | 0xA788..=0xA78C) {
        out.push('\'');
        return;
    }
    let c = match c {
        '\u{0640}' | '\u{0621}' => return, // tatweel (kashida), lone hamza
        '\u{0671}'..='\u{0673}' => '\u{0627}', // alef wasla / wavy hamza → alef
        '\u{0649}' | '\u{06CC}' => '\u{064A}', // alef maqsura, Farsi yeh → yeh
        '\u{0629}' => '\u{0647}',          // ta marbuta → heh
        '\u{06A9}' | '\u{06AA}' => '\u{0643}', // keheh, swash kaf → kaf
        // Urdu and Kurdish heh forms and ta marbuta goal → heh; yeh barree → yeh.
        '\u{06C1}' | '\u{06BE}' | '\u{06D5}' | '\u{06C0}' | '\u{06C2}' | '\u{06C3}' => '\u{0647}',
        '\u{06D2}' | '\u{06D3}' => '\u{064A}',
        _ => c,
    };
    for l in c.to_lowercase() {
        // Full case folding (Turkic-insensitive) and the letters NFKD does not decompose.
        match l {
            'ς' => out.push('σ'),
            'ß' | 'ẞ' => out.push_str("ss"),
            'ı' => out.push('i'),
            'ł' => out.push('l'),
            'ø' => out.push('o'),
            'đ' | 'ð' => out.push('d'),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'þ' => out.push_str("th"),
            'ħ' => out.push('h'),
            'ŧ' => out.push('t'),
            'ĸ' => out.push('k'),
            'ŋ' => out.push_str("ng"),
            'ƒ' => out.push('f'),
            _ => out.push(l),
        }
    }
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{00AD}')
}

/// Text folded for matching, with the origin of every byte.
pub(crate) struct Folded {
    /// Folded; every run of characters that are not letters or digits is one space.
    pub spaced: String,
    /// For each byte of `spaced`: the byte range of the original character.
    pub spaced_origin: Vec<(usize, usize)>,
    /// `spaced` without its spaces.
    pub compact: String,
    /// For each byte of `compact`: the byte range of the original character.
    pub compact_origin: Vec<(usize, usize)>,
}

/// Folds `source` for matching (see the module documentation).
pub(crate) fn match_fold(source: &str) -> Folded {
    let chars: Vec<(usize, char)> = source.char_indices().collect();
    let mut spaced = String::with_capacity(source.len());
    let mut spaced_origin = Vec::with_capacity(source.len());
    let mut compact = String::with_capacity(source.len());
    let mut compact_origin = Vec::with_capacity(source.len());
    let mut buf = String::new();
    let mut i = 0;
    while let Some(&(start, c)) = chars.get(i) {
        let end = start + c.len_utf8();
        // A word hyphenated across a line break ("Had-\ndad") is one word.
        if is_hyphen(c) && spaced.chars().last().is_some_and(char::is_alphanumeric) {
            let mut j = i + 1;
            let mut newline = false;
            while let Some(&(_, n)) = chars.get(j) {
                if n == '\n' || n == '\r' {
                    newline = true;
                } else if !(n.is_whitespace() || is_ignorable(n)) {
                    break;
                }
                j += 1;
            }
            if newline && chars.get(j).is_some_and(|(_, n)| n.is_alphanumeric()) {
                i = j;
                continue;
            }
        }
        i += 1;
        if is_ignorable(c) {
            continue;
        }
        // A hair, thin or narrow space inside a word does not separate it.
        if matches!(c, '\u{2009}' | '\u{200A}' | '\u{202F}')
            && spaced.chars().last().is_some_and(char::is_alphanumeric)
            && chars.get(i).is_some_and(|(_, n)| n.is_alphanumeric())
        {
            continue;
        }
        buf.clear();
        for d in std::iter::once(c).nfkd() {
            fold_char(d, &mut buf);
        }
        for f in buf.chars() {
            if f.is_alphanumeric() {
                let mut b = [0u8; 4];
                let s = f.encode_utf8(&mut b);
                spaced.push_str(s);
                compact.push_str(s);
                spaced_origin.extend(std::iter::repeat_n((start, end), s.len()));
                compact_origin.extend(std::iter::repeat_n((start, end), s.len()));
            } else if !spaced.is_empty() && !spaced.ends_with(' ') {
                spaced.push(' ');
                spaced_origin.push((start, end));
            }
        }
    }
    Folded {
        spaced,
        spaced_origin,
        compact,
        compact_origin,
    }
}

/// A needle folded like text, trimmed of spaces.
fn fold_needle(s: &str) -> (String, String) {
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
fn needles(actor: &Actor) -> Vec<(String, bool, bool, Kind)> {
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
fn is_cjk(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(u32::from(c), 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
            | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
    })
}

/// The ASCII value of a decimal digit in any script.
fn fold_digit(c: char) -> Option<char> {
    if c.is_ascii_digit() {
        return Some(c);
    }
    let n = u32::from(c);
    ZEROS
        .iter()
        .find(|z| (**z..**z + 10).contains(&n))
        .map(|z| char::from(b'0' + u8::try_from(n - z).unwrap_or(0)))
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

impl NameIndex {
    /// Builds the index over `actors` (indices into this slice identify them).
    pub(crate) fn new(actors: &[&Actor]) -> Self {
        let mut spaced: BTreeMap<String, Pattern> = BTreeMap::new();
        let mut compact: BTreeMap<String, Pattern> = BTreeMap::new();
        for (i, actor) in actors.iter().enumerate() {
            if actor.kind == ActorKind::StateBody {
                continue;
            }
            for (needle, is_compact, whole_word, kind) in needles(actor) {
                let map = if is_compact {
                    &mut compact
                } else {
                    &mut spaced
                };
                let entry = map.entry(needle).or_insert_with(|| Pattern {
                    actors: Vec::new(),
                    whole_word,
                });
                // Anywhere wins over whole-word-only when two actors share a needle.
                entry.whole_word &= whole_word;
                if let Some(existing) = entry.actors.iter_mut().find(|(a, _)| *a == i) {
                    existing.1 = existing.1.min(kind);
                } else {
                    entry.actors.push((i, kind));
                }
            }
        }
        Self {
            spaced: Automaton::build(spaced),
            compact: Automaton::build(compact),
        }
    }

    /// Whether the index could not be built although there are names (it never fails for
    /// sane input; the sanitiser refuses to export rather than skip redaction).
    pub(crate) fn is_broken(&self) -> bool {
        self.spaced.is_broken() || self.compact.is_broken()
    }

    /// `text` with every name and identifier that `rules` do not allow replaced, and what
    /// was replaced.
    pub(crate) fn redact(&self, text: &str, rules: &Rules<'_>) -> (String, Vec<Replaced>) {
        if self.spaced.automaton.is_none() && self.compact.automaton.is_none() {
            return (text.to_owned(), Vec::new());
        }
        let folded = match_fold(text);
        // (start, end, actor, label, kind) in the original text.
        let mut found: Vec<(usize, usize, usize, String, Kind)> = Vec::new();
        // Where a named actor's full name is written: nothing inside is replaced.
        let mut protected: Vec<(usize, usize)> = Vec::new();
        for (auto, hay, origin, is_spaced) in [
            (&self.spaced, &folded.spaced, &folded.spaced_origin, true),
            (
                &self.compact,
                &folded.compact,
                &folded.compact_origin,
                false,
            ),
        ] {
            let Some(automaton) = &auto.automaton else {
                continue;
            };
            for m in automaton.find_overlapping_iter(hay.as_str()) {
                let Some(pattern) = auto.patterns.get(m.pattern().as_usize()) else {
                    continue;
                };
                if pattern.whole_word {
                    let before = hay[..m.start()].chars().next_back();
                    let after = hay[m.end()..].chars().next();
                    if before.is_some_and(|c| c != ' ') || after.is_some_and(|c| c != ' ') {
                        continue;
                    }
                }
                let (Some(&(start, _)), Some(&(_, end))) = (
                    origin.get(m.start()),
                    m.end().checked_sub(1).and_then(|i| origin.get(i)),
                ) else {
                    continue;
                };
                let decisions: Vec<(usize, Kind, Decision)> = pattern
                    .actors
                    .iter()
                    .map(|&(a, kind)| (a, kind, (rules.decide)(a)))
                    .collect();
                // A named actor's full name, written as a whole word, shields the shorter
                // names inside it ("Ali Hassan" named keeps its "Hassan").
                let whole_word_here = is_spaced
                    && hay[..m.start()]
                        .chars()
                        .next_back()
                        .is_none_or(|c| c == ' ')
                    && hay[m.end()..].chars().next().is_none_or(|c| c == ' ');
                if whole_word_here
                    && decisions
                        .iter()
                        .any(|(_, k, d)| *k == Kind::Full && *d == Decision::Named)
                {
                    protected.push((start, end));
                }
                let mut withheld = decisions.iter().filter_map(|(a, kind, d)| match (kind, d) {
                    (Kind::Contact, Decision::Named) if !rules.contacts_of_named => {
                        Some((*a, rules.identifier.to_owned(), *kind))
                    }
                    (_, Decision::Named) => None,
                    (Kind::Identifier | Kind::Contact, Decision::Replace(_)) => {
                        Some((*a, rules.identifier.to_owned(), *kind))
                    }
                    (_, Decision::Replace(l)) => Some((*a, l.clone(), *kind)),
                });
                let (actor, label, kind) = match (withheld.next(), withheld.next()) {
                    (Some(one), None) => one,
                    (Some((a, _, k)), Some(_)) => (a, rules.withheld.to_owned(), k),
                    (None, _) => continue,
                };
                // A part shared with a named actor stays only inside that actor's full name
                // (checked below); a part of a withheld actor is replaced everywhere else.
                found.push((start, end, actor, label, kind));
            }
        }
        found.retain(|(s, e, _, _, kind)| {
            *kind == Kind::Contact
                || !protected
                    .iter()
                    .any(|(ps, pe)| ps <= s && e <= pe && e - s < pe - ps)
        });
        if found.is_empty() {
            return (text.to_owned(), Vec::new());
        }
        // Widen each to the whole word it is in, then merge overlaps.
        let widen = |c: char| is_word_char(c) || is_ignorable(c);
        let mut spans: Vec<(usize, usize, usize, String)> = found
            .into_iter()
            .map(|(start, end, actor, label, _)| {
                let start = text[..start]
                    .char_indices()
                    .rev()
                    .take_while(|(_, c)| widen(*c))
                    .last()
                    .map_or(start, |(i, _)| i);
                let end = end
                    + text[end..]
                        .char_indices()
                        .take_while(|(_, c)| widen(*c))
                        .last()
                        .map_or(0, |(i, c)| i + c.len_utf8());
                (start, end, actor, label)
            })
            .collect();
        spans.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut merged: Vec<(usize, usize, usize, String)> = Vec::new();
        for span in spans {
            match merged.last_mut() {
                Some(last) if span.0 < last.1 => {
                    last.1 = last.1.max(span.1);
                    // Two actors in one word: say neither.
                    if last.2 != span.2 {
                        last.3 = rules.withheld.to_owned();
                    }
                }
                _ => merged.push(span),
            }
        }
        let mut out = String::with_capacity(text.len());
        let mut replaced = Vec::new();
        let mut at = 0;
        for (start, end, actor, label) in merged {
            out.push_str(&text[at..start]);
            out.push_str(&label);
            at = end;
            if !replaced.iter().any(|r: &Replaced| r.actor == actor) {
                replaced.push(Replaced { actor, label });
            }
        }
        out.push_str(&text[at..]);
        (out, replaced)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c) || c == '\u{0640}'
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, other: &[&str]) -> Actor {
        let mut a = Actor::new(name, ActorKind::Person, name);
        a.other_names = other.iter().map(|s| (*s).to_owned()).collect();
        a
    }

    fn redact_one(actors: &[&Actor], text: &str) -> String {
        let index = NameIndex::new(actors);
        let decide = |a: usize| {
            if a == 0 {
                Decision::Replace("Person A".to_owned())
            } else {
                Decision::Named
            }
        };
        let rules = Rules {
            decide: &decide,
            withheld: "[name withheld]",
            identifier: "[identifier withheld]",
            contacts_of_named: false,
        };
        index.redact(text, &rules).0
    }

    #[test]
    fn names_spellings_and_parts_are_replaced_whole_words_too() {
        let amira = person("Amira Haddad", &["أميرة حداد"]);
        let omar = person("Omar Saleh", &[]);
        let police = Actor::new("p", ActorKind::StateBody, "Haddad Police Unit");
        let out = redact_one(
            &[&amira, &omar, &police],
            "AMIRA HADDAD met Omar Saleh; later Ms Haddad's lawyer and وأميرةُ حدّاد, and Amiras too.",
        );
        assert_eq!(
            out,
            "Person A met Omar Saleh; later Ms Person A's lawyer and Person A, and Person A too."
        );
    }

    #[test]
    fn a_part_shared_with_a_named_person_is_withheld_unless_the_full_name_is_used() {
        let hidden = person("Hassan Omar", &[]);
        let named = person("Ali Hassan", &[]);
        let out = redact_one(
            &[&hidden, &named],
            "Ali Hassan and Hassan Omar; Hassan left.",
        );
        assert_eq!(out, "Ali Hassan and Person A; Person A left.");
    }

    #[test]
    fn capitals_invisible_characters_and_line_breaks_do_not_hide_a_name() {
        let cases: &[(&str, &str)] = &[
            ("Παπαδόπουλος", "Ο ΠΑΠΑΔΟΠΟΥΛΟΣ συνελήφθη."),
            ("Yılmaz", "Mr YILMAZ was fined."),
            ("Strauß", "Ms STRAUSS left."),
            ("Łukasiewicz", "Lukasiewicz was there."),
            ("Haddad", "Had\u{00AD}dad was there."),
            ("Haddad", "H\u{200B}ad\u{200D}dad was there."),
            ("Haddad", "Had\u{202E}dad was there."),
            ("Haddad", "Ms Had-\n  dad was there."),
            ("Søren Ørsted", "Soren Orsted was there."),
        ];
        for (name, text) in cases {
            let a = person(name, &[]);
            let out = redact_one(&[&a], text);
            assert!(
                out.contains("Person A"),
                "{name} not found in {text:?}: {out:?}"
            );
            let folded = match_fold(&out).compact;
            assert!(
                !folded.contains(&fold_needle(name).1),
                "{name} left in {out:?}"
            );
        }
    }

    #[test]
    fn two_letter_names_are_whole_words_only() {
        let li = person("Li Na", &[]);
        let out = redact_one(&[&li], "Ms Li spoke; the linen was old; NA.");
        assert_eq!(out, "Ms Person A spoke; the linen was old; Person A.");
    }

    #[test]
    fn vessels_and_organisations_by_short_form_and_without_punctuation() {
        let ship = Actor::new("v", ActorKind::Vessel, "Sea-Watch 3");
        let org = Actor::new("o", ActorKind::Organisation, "Mediterranea Saving Humans");
        for (actor, text) in [
            (&ship, "The Sea Watch 3 was held."),
            (&ship, "The SeaWatch 3 was held."),
            (&ship, "The SEAWATCH was held."),
            (&org, "Mediterranea said so; the Mediterranean Sea is wide."),
        ] {
            let out = redact_one(&[actor], text);
            assert!(out.contains("Person A"), "{text}: {out}");
            assert!(
                !out.contains("Watch") && !out.contains("Mediterranea "),
                "{out}"
            );
        }
        let out = redact_one(&[&org], "the Mediterranean Sea, saving lives");
        assert_eq!(out, "the Mediterranean Sea, saving lives");
    }

    #[test]
    fn arabic_names_without_the_article_or_with_another_prefix() {
        let a = person("محمد الأمين", &[]);
        for text in ["قال أمين ذلك", "وبالأمين", "والامين"] {
            let out = redact_one(&[&a], text);
            assert!(out.contains("Person A"), "{text}: {out}");
        }
    }

    #[test]
    fn identifiers_whatever_their_spacing_punctuation_and_prefix() {
        let mut a = person("Amira Haddad", &[]);
        a.contact = "Signal: +961 70 123456, amira.h@example.org".to_owned();
        a.identifiers = vec!["Plate AB-123-CD".to_owned(), "Hotel Lamar".to_owned()];
        let mut ship = Actor::new("v", ActorKind::Vessel, "Ocean Lantern");
        ship.registration = "IMO 9876543".to_owned();
        for text in [
            "Call 0096170123456 now",
            "Call 70-123-456 now",
            "Call +961 70 123 456 now",
            "mail amira.h@example.org",
            "the car AB 123 CD",
            "works at the HOTEL LAMAR",
        ] {
            let out = redact_one(&[&a], text);
            assert!(out.contains("[identifier withheld]"), "{text}: {out}");
            assert!(
                !out.contains("123") && !out.to_lowercase().contains("lamar"),
                "{out}"
            );
        }
        let out = redact_one(&[&ship], "IMO number 9876543 and imo9876543");
        assert!(!out.contains("9876543"), "{out}");
    }

    #[test]
    fn a_named_person_s_contact_never_reaches_a_report_but_stays_on_the_cover_sheet() {
        let mut a = person("Omar Saleh", &[]);
        a.contact = "+44 7700 900123".to_owned();
        let index = NameIndex::new(&[&a]);
        let named = |_: usize| Decision::Named;
        let mut rules = Rules {
            decide: &named,
            withheld: "[w]",
            identifier: "[id]",
            contacts_of_named: false,
        };
        assert_eq!(
            index.redact("Omar Saleh: 07700 900123", &rules).0,
            "Omar Saleh: [id]"
        );
        rules.contacts_of_named = true;
        assert_eq!(
            index.redact("Omar Saleh: 07700 900123", &rules).0,
            "Omar Saleh: 07700 900123"
        );
    }
}
