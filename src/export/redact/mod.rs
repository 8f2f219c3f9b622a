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

use std::collections::BTreeMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use unicode_normalization::char::is_combining_mark;

use crate::records::{Actor, ActorKind};

mod fold;
mod needles;

pub(crate) use fold::{is_bidi_control, is_ignorable, match_fold};
use needles::needles;

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
pub(super) enum Kind {
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
    use super::needles::fold_needle;
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
