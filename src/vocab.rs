//! Controlled vocabularies: incident types, UN mechanisms, forms of cooperation, roles, links
//! to the State, proceeding types and statuses, consent levels.
//!
//! They are versioned data (`data/vocabularies.json`, embedded in the binary), not code: each
//! term has a stable code that records store, the taxonomy it comes from (HURIDOCS Events
//! Standard Formats, OHCHR, CIVICUS, FRA, or this project's own), the HURIDOCS "Types of Acts"
//! code where one exists, and labels in English, French, Spanish and Arabic.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

/// The embedded vocabulary file.
const VOCABULARIES_JSON: &str = include_str!("../data/vocabularies.json");

/// The languages every label exists in.
pub const LANGUAGES: [&str; 6] = ["en", "fr", "es", "ar", "ru", "zh"];

/// Labels of a term, one per language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Labels {
    /// English.
    pub en: String,
    /// French.
    pub fr: String,
    /// Spanish.
    pub es: String,
    /// Arabic.
    pub ar: String,
    /// Russian.
    pub ru: String,
    /// Chinese (simplified).
    pub zh: String,
}

impl Labels {
    /// The label in `language` (one of [`LANGUAGES`]); English for any other.
    pub fn get(&self, language: &str) -> &str {
        match language {
            "fr" => &self.fr,
            "es" => &self.es,
            "ar" => &self.ar,
            "ru" => &self.ru,
            "zh" => &self.zh,
            _ => &self.en,
        }
    }
}

/// One term of a vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// Stable code stored in records (`travel_ban`).
    pub code: String,
    /// For incident types: the code of their group in `incident_group`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The taxonomy the term comes from (a key of [`Vocabularies::sources`]).
    pub source: String,
    /// The HURIDOCS "Types of Acts" code, where one exists (12 digits).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_code: Option<String>,
    /// Labels in every language.
    pub labels: Labels,
}

/// Every vocabulary, as loaded from the data file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Vocabularies {
    /// Always `tadamun-vocabularies`.
    pub format: String,
    /// Raised whenever a code is added, renamed or retired.
    pub version: u32,
    /// The label languages.
    pub languages: Vec<String>,
    /// Taxonomy id -> what it is.
    pub sources: BTreeMap<String, String>,
    /// Vocabulary name -> its terms, in display order.
    pub vocabularies: BTreeMap<String, Vec<Term>>,
}

impl Vocabularies {
    /// The terms of one vocabulary.
    pub fn terms(&self, vocabulary: &str) -> Option<&[Term]> {
        self.vocabularies.get(vocabulary).map(Vec::as_slice)
    }

    /// One term by vocabulary and code.
    pub fn term(&self, vocabulary: &str, code: &str) -> Option<&Term> {
        self.terms(vocabulary)?.iter().find(|t| t.code == code)
    }
}

static LOADED: LazyLock<Result<Vocabularies, String>> = LazyLock::new(|| {
    serde_json::from_str(VOCABULARIES_JSON)
        .map_err(|e| format!("the built-in vocabularies are invalid: {e}"))
});

/// The built-in vocabularies.
pub fn vocabularies() -> crate::Result<&'static Vocabularies> {
    LOADED
        .as_ref()
        .map_err(|e| crate::VaultError::Database(e.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn vocab() -> &'static Vocabularies {
        vocabularies().unwrap()
    }

    #[test]
    fn the_data_file_is_well_formed() {
        let v = vocab();
        assert_eq!(v.format, "tadamun-vocabularies");
        assert_eq!(v.languages, LANGUAGES);
        for name in [
            "incident_group",
            "incident_type",
            "un_mechanism",
            "cooperation_form",
            "role",
            "state_link",
            "proceeding_type",
            "proceeding_status",
            "consent_level",
        ] {
            assert!(
                v.terms(name).is_some_and(|t| !t.is_empty()),
                "{name} missing"
            );
        }
    }

    #[test]
    fn codes_are_stable_identifiers_unique_in_their_vocabulary() {
        for (name, terms) in &vocab().vocabularies {
            let mut seen = HashSet::new();
            for t in terms {
                assert!(
                    !t.code.is_empty()
                        && t.code
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                    "{name}: bad code {:?}",
                    t.code
                );
                assert!(seen.insert(&t.code), "{name}: duplicate code {}", t.code);
            }
        }
    }

    #[test]
    fn every_term_names_a_known_source_and_a_real_huridocs_code() {
        let v = vocab();
        for (name, terms) in &v.vocabularies {
            for t in terms {
                assert!(
                    v.sources.contains_key(&t.source),
                    "{name}/{}: unknown source {}",
                    t.code,
                    t.source
                );
                if let Some(code) = &t.source_code {
                    assert_eq!(t.source, "huridocs", "{name}/{}", t.code);
                    assert!(
                        code.len() == 12 && code.chars().all(|c| c.is_ascii_digit()),
                        "{code}"
                    );
                }
            }
        }
        // docs/domain.md: these HURIDOCS codes must be carried.
        assert_eq!(
            v.term("incident_type", "travel_ban")
                .unwrap()
                .source_code
                .as_deref(),
            Some("050106000000")
        );
        assert_eq!(
            v.term("incident_type", "asset_freeze")
                .unwrap()
                .source_code
                .as_deref(),
            Some("130107000000")
        );
    }

    #[test]
    fn every_label_exists_in_every_language_and_arabic_is_arabic() {
        for (name, terms) in &vocab().vocabularies {
            for t in terms {
                for lang in LANGUAGES {
                    assert!(
                        !t.labels.get(lang).trim().is_empty(),
                        "{name}/{} has no {lang} label",
                        t.code
                    );
                }
                for (lang, script, range) in [
                    ("ar", "Arabic", '\u{0600}'..='\u{06FF}'),
                    ("ru", "Cyrillic", '\u{0400}'..='\u{04FF}'),
                    ("zh", "Chinese", '\u{4E00}'..='\u{9FFF}'),
                ] {
                    assert!(
                        t.labels.get(lang).chars().any(|c| range.contains(&c)),
                        "{name}/{}: the {lang} label has no {script} letter",
                        t.code
                    );
                }
            }
        }
    }

    #[test]
    fn every_incident_type_belongs_to_a_known_group_and_every_group_is_used() {
        let v = vocab();
        let groups: HashSet<&str> = v
            .terms("incident_group")
            .unwrap()
            .iter()
            .map(|t| t.code.as_str())
            .collect();
        let mut used = HashSet::new();
        for t in v.terms("incident_type").unwrap() {
            let g = t.group.as_deref().unwrap_or_default();
            assert!(groups.contains(g), "{} has unknown group {g:?}", t.code);
            used.insert(g);
        }
        assert_eq!(used, groups);
    }

    #[test]
    fn consent_levels_are_the_four_of_the_un_guidance() {
        let codes: Vec<&str> = vocab()
            .terms("consent_level")
            .unwrap()
            .iter()
            .map(|t| t.code.as_str())
            .collect();
        assert_eq!(codes, ["0", "1", "2", "3"]);
    }
}
