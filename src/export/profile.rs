//! Recipient profiles: who a report is for and what each may receive, as data
//! (`data/export/profiles.json`, with the source of each rule), and the report's headings in
//! the six official UN languages (Fluent catalogues, `data/export/locales/*.ftl`: the same
//! format as the app's own, so one translator's tool serves both).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::Deserialize;
use unic_langid::LanguageIdentifier;

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

/// A name in the six report languages.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Names {
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

impl Names {
    /// The name in `language`; English for any other.
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

/// The languages a report can be written in: the six official languages of the United Nations.
pub const REPORT_LANGUAGES: [&str; 6] = ["en", "fr", "es", "ar", "ru", "zh"];

/// Each report language's name in itself, as the report's "Language" section states it.
pub(crate) fn language_name(language: &str) -> &'static str {
    match language {
        "fr" => "Français",
        "es" => "Español",
        "ar" => "العربية",
        "ru" => "Русский",
        "zh" => "中文",
        _ => "English",
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
    /// The recipient's working languages: a report in another of the six UN languages is
    /// written, with a warning that it may wait for translation.
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

/// The Fluent catalogue of report labels in `language`.
fn catalogue(language: &str) -> Option<&'static str> {
    Some(match language {
        "en" => include_str!("../../data/export/locales/en.ftl"),
        "fr" => include_str!("../../data/export/locales/fr.ftl"),
        "es" => include_str!("../../data/export/locales/es.ftl"),
        "ar" => include_str!("../../data/export/locales/ar.ftl"),
        "ru" => include_str!("../../data/export/locales/ru.ftl"),
        "zh" => include_str!("../../data/export/locales/zh.ftl"),
        _ => return None,
    })
}

/// One language's labels: every message formatted once (they take no arguments, bar the few
/// formatted on demand by [`Labels::format`]), and the bundle for those.
struct Catalogue {
    texts: BTreeMap<String, String>,
    bundle: FluentBundle<FluentResource>,
}

fn load_catalogue(language: &str) -> std::result::Result<Catalogue, String> {
    let source = catalogue(language).ok_or_else(|| format!("no catalogue for {language}"))?;
    let resource = FluentResource::try_new(source.to_owned())
        .map_err(|(_, errors)| format!("{language}.ftl: {} syntax error(s)", errors.len()))?;
    let id: LanguageIdentifier = language.parse().map_err(|e| format!("{language}: {e}"))?;
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks around inserted values would end up in the PDF's text layer; the
    // values put in report labels are dates and numbers, which need none.
    bundle.set_use_isolating(false);
    let ids: Vec<String> = resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect();
    bundle
        .add_resource(resource)
        .map_err(|e| format!("{language}.ftl: {} duplicate message(s)", e.len()))?;
    let mut texts = BTreeMap::new();
    for id in ids {
        let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned();
        texts.insert(id, text);
    }
    Ok(Catalogue { texts, bundle })
}

fn catalogues() -> &'static BTreeMap<&'static str, std::result::Result<Catalogue, String>> {
    static CELL: OnceLock<BTreeMap<&'static str, std::result::Result<Catalogue, String>>> =
        OnceLock::new();
    CELL.get_or_init(|| {
        REPORT_LANGUAGES
            .iter()
            .map(|&l| (l, load_catalogue(l)))
            .collect()
    })
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

/// The report headings and words, by key, in one language (English for any it lacks).
pub(crate) struct Labels {
    own: &'static Catalogue,
    english: &'static Catalogue,
    language: String,
}

impl Labels {
    /// The labels in `language` (one of [`REPORT_LANGUAGES`]; English for any other).
    pub(crate) fn new(language: &str) -> Result<Self> {
        let all = catalogues();
        let load = |l: &str| match all.get(l) {
            Some(Ok(c)) => Ok(c),
            Some(Err(e)) => Err(internal("report label", e)),
            None => Err(internal("report label", &format!("no {l} catalogue"))),
        };
        let english = load("en")?;
        let own = if REPORT_LANGUAGES.contains(&language) {
            load(language)?
        } else {
            english
        };
        Ok(Self {
            own,
            english,
            language: language.to_owned(),
        })
    }

    /// The label for `key`; English when this language lacks it, and the key itself when
    /// English does too (a test checks none is missing).
    pub(crate) fn get<'s>(&'s self, key: &'s str) -> &'s str {
        self.own
            .texts
            .get(key)
            .or_else(|| self.english.texts.get(key))
            .map_or(key, String::as_str)
    }

    /// The label for `key` with its `{ $name }` arguments filled in.
    pub(crate) fn format(&self, key: &str, args: &[(&str, &str)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, *value);
        }
        for catalogue in [self.own, self.english] {
            if let Some(pattern) = catalogue.bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return catalogue
                    .bundle
                    .format_pattern(pattern, Some(&fluent_args), &mut errors)
                    .into_owned();
            }
        }
        key.to_owned()
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
            assert!(labels.own.texts.contains_key(&key), "no label for {key}");
        }
    }

    #[test]
    fn every_language_has_every_label_and_the_right_script() {
        let english = Labels::new("en").ok();
        let Some(english) = english else {
            panic!("the English labels load");
        };
        for language in REPORT_LANGUAGES {
            let labels = Labels::new(language).ok();
            let Some(labels) = labels else {
                panic!("the {language} labels load");
            };
            for key in english.own.texts.keys() {
                let text = labels.own.texts.get(key).map(String::as_str).unwrap_or("");
                assert!(!text.trim().is_empty(), "{language} has no {key}");
            }
            assert_eq!(
                labels.own.texts.len(),
                english.own.texts.len(),
                "{language} has labels English does not"
            );
            let script = |c: char| match language {
                "ar" => ('\u{0600}'..='\u{06FF}').contains(&c),
                "ru" => ('\u{0400}'..='\u{04FF}').contains(&c),
                "zh" => ('\u{4E00}'..='\u{9FFF}').contains(&c),
                _ => c.is_alphabetic(),
            };
            assert!(
                labels.get("consent").chars().any(script),
                "{language}: {}",
                labels.get("consent")
            );
        }
        let period = Labels::new("ru")
            .map(|l| l.format("period_from_to", &[("from", "2024-01"), ("to", "2024-06")]))
            .unwrap_or_default();
        assert!(
            period.contains("2024-01") && period.contains("2024-06"),
            "{period}"
        );
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
