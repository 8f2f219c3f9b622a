//! Finds the names of people who must not be named (and every other recorded name and
//! spelling of them) in free text, whatever their case, accents or Arabic vowel marks, and
//! replaces the whole word they occur in.
//!
//! Names are matched on folded text (see [`crate::records::text::fold_with_origin`]) by one
//! Aho-Corasick automaton over every actor in the vault, so a name is found inside a longer
//! word too (Arabic attaches "and", "to", "with" to the next word: وأحمد). The whole word
//! is replaced: over-redaction shows in the preview; a leaked name cannot be taken back.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use unicode_normalization::char::is_combining_mark;

use crate::records::text::{fold_with_origin, normalize};
use crate::records::{Actor, ActorKind};

/// Name particles that are not, alone, a name ("al", "de", "bin", "van"…).
const PARTICLES: &[&str] = &[
    "abd", "abu", "al", "bin", "bint", "ben", "ibn", "el", "de", "del", "della", "der", "den",
    "di", "da", "das", "do", "dos", "du", "la", "le", "van", "von", "ter", "y", "ould", "ag",
];

/// What a case decides about one actor met in its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Decision {
    /// The actor may be named here: leave their names as written.
    Named,
    /// Replace with this label (a pseudonym, initials, a description or "[name withheld]").
    Replace(String),
}

/// One pattern: which actors it is a name of, and whether it is a whole name (or other
/// name) rather than one part of one.
struct Pattern {
    actors: Vec<(usize, bool)>,
}

/// The names of every actor that can be withheld (State bodies are never withheld: they are
/// institutions, and naming them is the point of a submission).
pub(crate) struct NameIndex {
    automaton: Option<AhoCorasick>,
    patterns: Vec<Pattern>,
}

/// A replacement made in a text, for the preview's notes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Replaced {
    /// The actor's index in the list the index was built from.
    pub actor: usize,
    /// What was written instead.
    pub label: String,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || is_combining_mark(c)
        || c == '\u{0640}'
        || c == '\u{200C}'
        || c == '\u{200D}'
}

/// The needles for one actor: (folded needle, whole name?).
fn needles(actor: &Actor) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let names = std::iter::once(&actor.name).chain(actor.other_names.iter());
    for name in names {
        let full = normalize(name.trim());
        if full.chars().filter(|c| c.is_alphanumeric()).count() >= 2 {
            out.push((full.clone(), true));
        }
        if actor.kind == ActorKind::Person {
            for part in full.split(|c: char| !c.is_alphanumeric()) {
                if part.chars().count() >= 3 && !PARTICLES.contains(&part) && part != full {
                    out.push((part.to_owned(), false));
                }
            }
        }
    }
    out
}

impl NameIndex {
    /// Builds the index over `actors` (indices into this slice identify them).
    pub(crate) fn new(actors: &[&Actor]) -> Self {
        let mut by_needle: std::collections::BTreeMap<String, Vec<(usize, bool)>> =
            std::collections::BTreeMap::new();
        for (i, actor) in actors.iter().enumerate() {
            if actor.kind == ActorKind::StateBody {
                continue;
            }
            for (needle, full) in needles(actor) {
                let entry = by_needle.entry(needle).or_default();
                if let Some(existing) = entry.iter_mut().find(|(a, _)| *a == i) {
                    existing.1 |= full;
                } else {
                    entry.push((i, full));
                }
            }
        }
        let (strings, patterns): (Vec<String>, Vec<Pattern>) = by_needle
            .into_iter()
            .map(|(needle, actors)| (needle, Pattern { actors }))
            .unzip();
        let automaton = if strings.is_empty() {
            None
        } else {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&strings)
                .ok()
        };
        Self {
            automaton,
            patterns,
        }
    }

    /// Whether the index could not be built although there are names (it never fails for
    /// sane input; the sanitiser refuses to export rather than skip redaction).
    pub(crate) fn is_broken(&self) -> bool {
        self.automaton.is_none() && !self.patterns.is_empty()
    }

    /// `text` with every name that `decide` does not allow replaced, and what was replaced.
    /// `decide(actor)` says whether this case may name the actor, or with what to replace
    /// their name; `withheld` replaces a name shared by several actors.
    pub(crate) fn redact(
        &self,
        text: &str,
        decide: &dyn Fn(usize) -> Decision,
        withheld: &str,
    ) -> (String, Vec<Replaced>) {
        let Some(automaton) = &self.automaton else {
            return (text.to_owned(), Vec::new());
        };
        let folded = fold_with_origin(text);
        // (start, end, label, actor) in the original text, in order.
        let mut spans: Vec<(usize, usize, String, usize)> = Vec::new();
        for m in automaton.find_iter(&folded.text) {
            let Some(pattern) = self.patterns.get(m.pattern().as_usize()) else {
                continue;
            };
            let decisions: Vec<(usize, bool, Decision)> = pattern
                .actors
                .iter()
                .map(|&(a, full)| (a, full, decide(a)))
                .collect();
            let keep_whole = decisions
                .iter()
                .any(|(_, full, d)| *full && *d == Decision::Named);
            let all_named = decisions.iter().all(|(_, _, d)| *d == Decision::Named);
            if keep_whole || all_named {
                continue;
            }
            let mut labels = decisions.iter().filter_map(|(a, _, d)| match d {
                Decision::Replace(l) => Some((*a, l.clone())),
                Decision::Named => None,
            });
            let (actor, label) = match (labels.next(), labels.next()) {
                (Some((a, l)), None) => (a, l),
                (Some((a, _)), Some(_)) => (a, withheld.to_owned()),
                _ => continue,
            };
            let (Some(&(start, _)), Some(&(_, end))) = (
                folded.origin.get(m.start()),
                m.end().checked_sub(1).and_then(|i| folded.origin.get(i)),
            ) else {
                continue;
            };
            // Widen to the whole word the name is in.
            let start = text[..start]
                .char_indices()
                .rev()
                .take_while(|(_, c)| is_word_char(*c))
                .last()
                .map_or(start, |(i, _)| i);
            let end = end
                + text[end..]
                    .char_indices()
                    .take_while(|(_, c)| is_word_char(*c))
                    .last()
                    .map_or(0, |(i, c)| i + c.len_utf8());
            match spans.last_mut() {
                Some(last) if start < last.1 => last.1 = last.1.max(end),
                _ => spans.push((start, end, label, actor)),
            }
        }
        if spans.is_empty() {
            return (text.to_owned(), Vec::new());
        }
        let mut out = String::with_capacity(text.len());
        let mut replaced = Vec::new();
        let mut at = 0;
        for (start, end, label, actor) in spans {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, other: &[&str]) -> Actor {
        let mut a = Actor::new(name, ActorKind::Person, name);
        a.other_names = other.iter().map(|s| (*s).to_owned()).collect();
        a
    }

    #[test]
    fn names_spellings_and_parts_are_replaced_whole_words_too() {
        let amira = person("Amira Haddad", &["أميرة حداد"]);
        let omar = person("Omar Saleh", &[]);
        let police = Actor::new("p", ActorKind::StateBody, "Haddad Police Unit");
        let actors = [&amira, &omar, &police];
        let index = NameIndex::new(&actors);
        let decide = |a: usize| match a {
            0 => Decision::Replace("Person A".to_owned()),
            _ => Decision::Named,
        };
        let (out, replaced) = index.redact(
            "AMIRA HADDAD met Omar Saleh; later Ms Haddad's lawyer and وأميرةُ حدّاد, and Amiras too.",
            &decide,
            "[name withheld]",
        );
        assert_eq!(
            out,
            "Person A met Omar Saleh; later Ms Person A's lawyer and Person A, and Person A too."
        );
        assert_eq!(replaced.len(), 1);
        assert!(!out.to_lowercase().contains("haddad") && !out.contains("أميرة"));
    }

    #[test]
    fn a_part_shared_with_a_named_person_is_withheld_unless_the_full_name_is_used() {
        let named = person("Ali Hassan", &[]);
        let hidden = person("Hassan Omar", &[]);
        let actors = [&named, &hidden];
        let index = NameIndex::new(&actors);
        let decide = |a: usize| {
            if a == 0 {
                Decision::Named
            } else {
                Decision::Replace("Person B".to_owned())
            }
        };
        let (out, _) = index.redact("Ali Hassan and Hassan Omar; Hassan left.", &decide, "[x]");
        assert_eq!(out, "Ali Hassan and Person B; Person B left.");
    }
}
