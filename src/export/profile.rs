//! Recipient profiles: who a report is for and what each may receive, as data
//! (`data/export/profiles.json`, with the source of each rule), and the report's headings in
//! English, French and Spanish (`data/export/labels.json`).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::records::{DatePrecision, PlacePrecision};
use crate::{Result, VaultError};

/// How much a profile needs a field of the UN submission (docs/domain.md's field list).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Need {
    /// Missing it blocks the export.
    Required,
    /// Missing it is a warning.
    Recommended,
    /// Needed when it applies (detention, vessels).
    Conditional,
}

/// A name in the three report languages.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Names {
    /// English.
    pub en: String,
    /// French.
    pub fr: String,
    /// Spanish.
    pub es: String,
}

impl Names {
    /// The name in `language`; English for any other.
    pub fn get(&self, language: &str) -> &str {
        match language {
            "fr" => &self.fr,
            "es" => &self.es,
            _ => &self.en,
        }
    }
}

/// What one recipient may receive.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// The id used on the command line.
    pub id: String,
    /// Its name.
    pub name: Names,
    /// Where submissions go, when there is one address.
    pub address: String,
    /// What it receives, in plain words.
    pub about: String,
    /// The key of the source this profile follows (see `sources`).
    pub source: String,
    /// Report languages accepted.
    pub languages: Vec<String>,
    /// A person below this consent level does not appear at all (and a case whose victim is
    /// below it is left out).
    pub include_min_level: u8,
    /// A person at or above this level is named; between the two levels, a pseudonym.
    pub name_min_level: u8,
    /// Published: a named person appears in the form they chose (full name, initials,
    /// anonymous description).
    pub public: bool,
    /// Whether fields flagged confidential are kept (and marked) — only inside the
    /// organisation.
    pub keep_confidential_fields: bool,
    /// Whether individual alleged perpetrators (persons) are named.
    pub name_individual_perpetrators: bool,
    /// The most precise place it may receive.
    pub place_precision: PlacePrecision,
    /// The most precise date it may receive.
    pub date_precision: DatePrecision,
    /// In a published report, the most precise place of a case in which someone is not
    /// named (a town and a day can identify a pseudonymised person).
    #[serde(default)]
    pub unnamed_place_precision: Option<PlacePrecision>,
    /// In a published report, the most precise date of a case in which someone is not named.
    #[serde(default)]
    pub unnamed_date_precision: Option<DatePrecision>,
    /// Whether a separate confidential cover sheet is written.
    pub cover_sheet: bool,
    /// Whether shareable attachments go with it (as metadata-free copies).
    pub attachments: bool,
    /// Whether it asks for the reporting period.
    pub reporting_period: bool,
    /// Whether it asks for the Special Procedures mandates addressed.
    pub mandates: bool,
    /// The fields of the submission it carries, and how much it needs each.
    pub fields: BTreeMap<String, Need>,
}

impl Profile {
    /// How much the profile needs `field` (None: not carried).
    pub fn need(&self, field: &str) -> Option<Need> {
        self.fields.get(field).copied()
    }

    /// Whether the report is for people outside the organisation (the State may see it or
    /// it is published): then confidential fields are left out.
    pub fn drops_confidential(&self) -> bool {
        !self.keep_confidential_fields
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProfileFile {
    format: String,
    version: u32,
    #[allow(dead_code)]
    sources: BTreeMap<String, String>,
    profiles: Vec<Profile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LabelFile {
    format: String,
    version: u32,
    languages: Vec<String>,
    labels: BTreeMap<String, Names>,
}

fn load_profiles() -> std::result::Result<Vec<Profile>, String> {
    let file: ProfileFile = serde_json::from_str(include_str!("../../data/export/profiles.json"))
        .map_err(|e| e.to_string())?;
    if file.format != "tadamun-recipient-profiles" || file.version != 1 {
        return Err("unexpected profile file format".to_owned());
    }
    for p in &file.profiles {
        if p.include_min_level > p.name_min_level || p.include_min_level == 0 {
            return Err(format!("profile {}: inconsistent consent levels", p.id));
        }
    }
    Ok(file.profiles)
}

fn load_labels() -> std::result::Result<BTreeMap<String, Names>, String> {
    let file: LabelFile = serde_json::from_str(include_str!("../../data/export/labels.json"))
        .map_err(|e| e.to_string())?;
    if file.format != "tadamun-report-labels" || file.version != 1 || file.languages.len() != 3 {
        return Err("unexpected label file format".to_owned());
    }
    Ok(file.labels)
}

fn internal(what: &str, e: &str) -> VaultError {
    VaultError::InvalidInput(format!(
        "This build of Tadamun has a damaged {what} file ({e}). Reinstall Tadamun."
    ))
}

/// Every recipient profile.
pub fn profiles() -> Result<&'static [Profile]> {
    static CELL: OnceLock<std::result::Result<Vec<Profile>, String>> = OnceLock::new();
    match CELL.get_or_init(load_profiles) {
        Ok(p) => Ok(p),
        Err(e) => Err(internal("recipient profile", e)),
    }
}

/// The profile with this id, or a clear error listing the ones that exist.
pub fn profile(id: &str) -> Result<&'static Profile> {
    let all = profiles()?;
    all.iter().find(|p| p.id == id.trim()).ok_or_else(|| {
        VaultError::InvalidInput(format!(
            "There is no recipient called '{}'. Choose one of: {}.",
            id.trim(),
            all.iter()
                .map(|p| p.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))
    })
}

/// The report headings and words, by key.
pub(crate) struct Labels {
    map: &'static BTreeMap<String, Names>,
    language: String,
}

impl Labels {
    /// The labels in `language` (en, fr or es).
    pub(crate) fn new(language: &str) -> Result<Self> {
        static CELL: OnceLock<std::result::Result<BTreeMap<String, Names>, String>> =
            OnceLock::new();
        match CELL.get_or_init(load_labels) {
            Ok(map) => Ok(Self {
                map,
                language: language.to_owned(),
            }),
            Err(e) => Err(internal("report label", e)),
        }
    }

    /// The label for `key`; the key itself if missing (a test checks none is).
    pub(crate) fn get<'s>(&'s self, key: &'s str) -> &'s str {
        self.map
            .get(key)
            .map_or(key, |names| names.get(&self.language))
    }

    /// The report language.
    pub(crate) fn language(&self) -> &str {
        &self.language
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_five_profiles_load_and_keep_their_promises() {
        let all = profiles().unwrap_or_default();
        let ids: Vec<&str> = all.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "ohchr-reprisals",
                "special-procedures",
                "sg-report",
                "legal-team",
                "public-summary"
            ]
        );
        let public = profile("public-summary").ok();
        assert_eq!(
            public.map(|p| (p.include_min_level, p.name_min_level)),
            Some((3, 3))
        );
        let sg = profile("sg-report").ok();
        assert_eq!(
            sg.and_then(|p| p.need("already_raised")),
            Some(Need::Required)
        );
        assert!(profile("nobody").is_err());
    }

    #[test]
    fn every_label_the_code_asks_for_exists() {
        let labels = Labels::new("es").ok();
        assert!(labels.is_some(), "the labels load");
        let Some(labels) = labels else {
            return;
        };
        let mut keys: Vec<String> = Vec::new();
        for source in [
            include_str!("layout.rs"),
            include_str!("sanitise/mod.rs"),
            include_str!("sanitise/case.rs"),
            include_str!("sanitise/people.rs"),
            include_str!("sanitise/acts.rs"),
            include_str!("sanitise/cover.rs"),
            include_str!("sanitise/attachments.rs"),
            include_str!("sanitise/findings.rs"),
        ] {
            for call in ["get(\"", "field(\"", "section(\"", "note(\"", "clean(\""] {
                for (at, _) in source.match_indices(call) {
                    let rest = &source[at + call.len()..];
                    if let Some(end) = rest.find('"') {
                        keys.push(rest[..end].to_owned());
                    }
                }
            }
        }
        for n in 0..=3 {
            keys.push(format!("level_{n}"));
        }
        for k in ["routine", "high", "urgent"] {
            keys.push(format!("urgency_{k}"));
        }
        for k in ["high", "medium", "low", "unknown"] {
            keys.push(format!("reliability_{k}"));
        }
        for k in [
            "victim_testimony",
            "witness_testimony",
            "document",
            "media",
            "social_media",
            "partner_organisation",
            "other",
        ] {
            keys.push(format!("source_{k}"));
        }
        assert!(keys.len() > 60, "found only {} keys", keys.len());
        for key in keys {
            assert!(labels.map.contains_key(&key), "no label for {key}");
        }
    }

    #[test]
    fn every_label_has_three_languages() {
        let fr = Labels::new("fr").ok();
        assert_eq!(
            fr.as_ref().map(|l| l.get("consent")),
            Some("12. Consentement")
        );
    }
}
