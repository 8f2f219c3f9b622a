//! The sanitiser: the only code that turns records into something that may leave the device.
//!
//! [`SanitisedReport`] and [`CoverSheet`] can be built only here (they carry a private seal,
//! and their text is [`Clean`], which only this module can make), and every renderer takes
//! only them: no raw record can reach a file by mistake.
//!
//! Rules (docs/domain.md, "What sanitising must do"; the profile says the levels):
//! - consent gates each person: below the profile's `include_min_level` they do not appear
//!   (and a case whose victim is below it is left out); below `name_min_level` they appear as
//!   a pseudonym ("Person A") with their role only; above it they are named, and a published
//!   profile uses the form they chose (full name, initials, anonymous description);
//! - every name and other recorded spelling of anyone not named is replaced in free text too;
//! - fields flagged confidential are dropped (kept and marked only for the legal team);
//!   internal notes never leave; contact details and sources go only to the cover sheet;
//! - places and dates are made no more precise than the profile needs;
//! - only shareable images go, as metadata-free copies with neutral names.

//!
//! The work is split along its seams: [`people`] decides who appears and how (consent);
//! [`case`] writes one case from those decisions (its text, places and dates, UN links),
//! with [`people`] listing who appears and their consent and [`acts`] the acts; [`cover`] and [`attachments`] add what goes to the cover sheet and which
//! files go; [`findings`] says what changed and what is missing; [`output`] holds the types
//! the renderers receive.

mod acts;
mod attachments;
mod case;
mod cover;
mod findings;
mod output;
mod people;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde::{Serialize, Serializer};

use super::profile::{Labels, Need, Profile};
use super::redact::{is_bidi_control, Decision, NameIndex, Rules};
use super::types::{params, ExportRequest, Finding, Params, Submitter};
use crate::records::validate::countries;
use crate::records::{Actor, ActorKind, DatePrecision, PartialDate, PlacePrecision, Urgency};
use crate::vocab::Vocabularies;

pub use output::{
    ActOut, AttachmentOut, CaseOut, ConsentOut, ContactOut, CountryOut, CoverSheet, DateOut, Input,
    PersonOut, Sanitised, SanitisedReport, SourceOut, TermOut, UnLinkOut,
};

/// Text that went through the sanitiser. Only this module can make one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clean(String);

impl Clean {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Wraps text the sanitiser produced, without bidi controls (which could make a reader
    /// see something other than what is written).
    fn new(text: impl Into<String>) -> Self {
        let text: String = text.into();
        if text.chars().any(is_bidi_control) {
            Self(text.chars().filter(|c| !is_bidi_control(*c)).collect())
        } else {
            Self(text)
        }
    }
}

impl Serialize for Clean {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

/// Marks a type as built by the sanitiser (a private field: no struct literal elsewhere).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Seal;

/// How one actor appears in one case.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Shown {
    Named,
    /// Initials or anonymous description, as they chose.
    AsChosen(String),
    Pseudonym(String),
    /// Left out: why, as a code (`no_consent`, `consent_withdrawn`, `consent_level`) and the
    /// consent level where there is one.
    Removed(&'static str, Option<u8>),
}

fn precision_rank(p: PlacePrecision) -> u8 {
    match p {
        PlacePrecision::Exact => 0,
        PlacePrecision::Locality => 1,
        PlacePrecision::Region => 2,
        PlacePrecision::Country => 3,
    }
}

/// A date made no more precise than `max`.
fn coarsen_date(d: &PartialDate, max: DatePrecision) -> (DateOut, bool) {
    let keep = match max {
        DatePrecision::Day | DatePrecision::Approximate => 10,
        DatePrecision::Month => 7,
        DatePrecision::Year => 4,
    };
    let date: String = d.date.chars().take(keep).collect();
    let coarsened = date.len() < d.date.len();
    (
        DateOut {
            date,
            approximate: d.precision == DatePrecision::Approximate,
        },
        coarsened,
    )
}

fn coarsen_day(day: &str, max: DatePrecision) -> DateOut {
    coarsen_date(
        &PartialDate {
            date: day.to_owned(),
            precision: DatePrecision::Day,
        },
        max,
    )
    .0
}

fn initials(name: &str) -> String {
    name.split(|c: char| !c.is_alphanumeric())
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .map(|c| format!("{c}."))
        .collect()
}

/// "A", "B", … "Z", "AA", "AB"…
fn letters(mut n: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(char::from(b'A' + u8::try_from(n % 26).unwrap_or(0)));
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    out.iter().rev().collect()
}

fn kind_key(kind: ActorKind) -> &'static str {
    kind.code()
}

struct Ctx<'a> {
    profile: &'a Profile,
    labels: Labels,
    vocab: &'a Vocabularies,
    index: NameIndex,
    /// Actor id → index in the name index.
    actor_pos: HashMap<String, usize>,
    /// Actor id → pseudonym, for one case (or the whole report, when asked).
    pseudonyms: HashMap<String, String>,
    counters: BTreeMap<&'static str, usize>,
    /// Keep pseudonyms across cases (the request's choice).
    same_pseudonyms: bool,
    /// Whether any pseudonym was used in a written case.
    any_pseudonym: bool,
    /// Positions (in the name index) of actors named in at least one written case.
    named_anywhere: HashSet<usize>,
    withheld: String,
    identifier: String,
}

impl Ctx<'_> {
    fn term(&self, vocabulary: &str, code: &str) -> TermOut {
        let term = self.vocab.term(vocabulary, code);
        TermOut {
            code: code.to_owned(),
            label: term.map_or_else(
                || code.to_owned(),
                |t| t.labels.get(self.labels.language()).to_owned(),
            ),
            source_code: term.and_then(|t| t.source_code.clone()),
        }
    }

    fn kind_term(&self, kind: ActorKind) -> TermOut {
        TermOut {
            code: kind.code().to_owned(),
            label: self.labels.get(kind_key(kind)).to_owned(),
            source_code: None,
        }
    }

    /// A country by its code, named in the report's language (CLDR's name; English, from
    /// `data/countries.json`, for an English report or a name CLDR lacks).
    fn country(&self, code: Option<&str>) -> Option<CountryOut> {
        let code = code?;
        let english = || {
            countries()
                .iter()
                .find(|c| c.code == code)
                .map_or_else(|| code.to_owned(), |c| c.name.clone())
        };
        Some(CountryOut {
            code: code.to_owned(),
            name: country_names()
                .get(self.labels.language())
                .and_then(|names| names.get(code))
                .cloned()
                .unwrap_or_else(english),
        })
    }

    fn pseudonym(&mut self, actor: &Actor) -> String {
        if let Some(p) = self.pseudonyms.get(&actor.id) {
            return p.clone();
        }
        let key = kind_key(actor.kind);
        let n = self.counters.entry(key).or_insert(0);
        let label = format!("{} {}", self.labels.get(key), letters(*n));
        *n += 1;
        self.pseudonyms.insert(actor.id.clone(), label.clone());
        label
    }
}

/// What the report needs from the request, checked.
fn check_request(request: &ExportRequest) -> crate::Result<()> {
    use crate::VaultError;
    if !crate::export::profile::REPORT_LANGUAGES.contains(&request.language.as_str()) {
        return Err(VaultError::refused(
            "unknown_language",
            format!(
                "A report can be written in {}; '{}' is not one of them.",
                crate::export::profile::REPORT_LANGUAGES.join(", "),
                request.language
            ),
            [("language", request.language.clone())],
        ));
    }
    if request.incident_ids.is_empty() {
        return Err(VaultError::refused(
            "no_incident_chosen",
            "Choose at least one incident to export.",
            [],
        ));
    }
    if let Some(p) = &request.reporting_period {
        let ok = |d: &str| {
            time::Date::parse(d, time::macros::format_description!("[year]-[month]-[day]")).is_ok()
        };
        if !ok(&p.from) || !ok(&p.to) || p.from > p.to {
            return Err(VaultError::refused(
                "bad_period",
                "The reporting period needs two dates (YYYY-MM-DD), the first before the second.",
                [],
            ));
        }
    }
    Ok(())
}

/// Sanitises `inputs` for `profile`. `all_actors` is every actor of the vault: the names of
/// anyone not named in a case are replaced in its free text, even people recorded only in
/// other cases.
pub fn sanitise(
    profile: &Profile,
    request: &ExportRequest,
    inputs: &[Input],
    all_actors: &[Actor],
    vocab: &Vocabularies,
) -> crate::Result<Sanitised> {
    check_request(request)?;
    let labels = Labels::new(&request.language)?;
    let refs: Vec<&Actor> = all_actors.iter().collect();
    let index = NameIndex::new(&refs);
    if index.is_broken() {
        return Err(crate::VaultError::InvalidInput(
            "Tadamun could not prepare the list of names to withhold, so nothing was exported."
                .to_owned(),
        ));
    }
    let actor_pos = all_actors
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.clone(), i))
        .collect();
    let withheld = labels.get("withheld").to_owned();
    let identifier = labels.get("identifier_withheld").to_owned();
    let mut ctx = Ctx {
        profile,
        labels,
        vocab,
        index,
        actor_pos,
        pseudonyms: HashMap::new(),
        counters: BTreeMap::new(),
        same_pseudonyms: request.same_pseudonym_across_cases,
        any_pseudonym: false,
        named_anywhere: HashSet::new(),
        withheld,
        identifier,
    };
    let mut out = Sanitised {
        report: SanitisedReport {
            format: "tadamun-submission",
            version: 2,
            recipient: profile.id.clone(),
            recipient_name: profile.name.get(&request.language).to_owned(),
            recipient_address: profile.address.clone(),
            language: request.language.clone(),
            fields: profile.fields.keys().cloned().collect(),
            mandates: Vec::new(),
            reporting_period: if profile.reporting_period
                && profile.need("reporting_period").is_some()
            {
                request.reporting_period.clone()
            } else {
                None
            },
            confidential_fields_kept: profile.keep_confidential_fields,
            pseudonyms_used: false,
            has_cover_sheet: profile.cover_sheet,
            cases: Vec::new(),
            attachments: Vec::new(),
            seal: Seal,
        },
        cover_sheet: None,
        notes: Vec::new(),
        blockers: Vec::new(),
        warnings: Vec::new(),
        left_out: Vec::new(),
        incident_ids: Vec::new(),
    };
    let mut cover = CoverSheet {
        format: "tadamun-cover-sheet",
        version: 1,
        recipient_name: out.report.recipient_name.clone(),
        language: request.language.clone(),
        submitter: None,
        contacts: Vec::new(),
        sources: Vec::new(),
        seal: Seal,
    };
    for input in inputs {
        if !ctx.same_pseudonyms {
            ctx.pseudonyms.clear();
            ctx.counters.clear();
        }
        case::sanitise_case(&mut ctx, &mut out, &mut cover, input, request);
    }
    // What the preparer typed for this export goes through the same check: a name may
    // appear only if someone of that name is named in the report.
    let named = ctx.named_anywhere.clone();
    let withheld = ctx.withheld.clone();
    let decide = |pos: usize| {
        if named.contains(&pos) {
            Decision::Named
        } else {
            Decision::Replace(withheld.clone())
        }
    };
    let typed = |text: &str, cover: bool| -> String {
        let rules = Rules {
            decide: &decide,
            withheld: &ctx.withheld,
            identifier: &ctx.identifier,
            contacts_of_named: cover,
        };
        Clean::new(ctx.index.redact(text.trim(), &rules).0).0
    };
    if profile.cover_sheet && profile.need("submitter").is_some() {
        cover.submitter = request
            .submitter
            .clone()
            .filter(|s| !s.is_blank())
            .map(|s| Submitter {
                name: typed(&s.name, true),
                organisation: typed(&s.organisation, true),
                contact: typed(&s.contact, true),
                relation: typed(&s.relation, true),
            });
    }
    if profile.mandates {
        for m in request
            .mandates
            .iter()
            .map(|m| m.trim())
            .filter(|m| !m.is_empty())
        {
            out.report.mandates.push(Clean::new(typed(m, false)));
        }
        if out.report.mandates.is_empty() {
            out.warnings.push(Finding {
                case: None,
                incident_number: None,
                code: "no_mandate".to_owned(),
                message: "No Special Procedures mandate is named. Name the mandate(s) you are writing to (for example, the Special Rapporteur on the situation of human rights defenders).".to_owned(),
                params: Params::new(),
            });
        }
    }
    if !profile.languages.contains(&request.language) {
        out.warnings.push(Finding {
            case: None,
            incident_number: None,
            code: "not_a_working_language".to_owned(),
            message: format!(
                "{} works in {}. A report in another language may wait for translation: write it in one of those if you can.",
                profile.name.en,
                profile.languages.join(", ")
            ),
            params: params([
                ("recipient", profile.id.clone()),
                ("languages", profile.languages.join(",")),
            ]),
        });
    }
    if profile.cover_sheet && cover.submitter.is_none() {
        let finding = Finding {
            case: None,
            incident_number: None,
            code: "no_submitter".to_owned(),
            message: "The submitter is not filled in. UN mechanisms do not consider anonymous communications: give a name and a secure contact for the confidential cover sheet.".to_owned(),
            params: Params::new(),
        };
        if profile.need("submitter") == Some(Need::Required) {
            out.blockers.push(finding);
        } else {
            out.warnings.push(finding);
        }
    }
    if out.report.cases.is_empty() {
        out.blockers.push(Finding {
            case: None,
            incident_number: None,
            code: "nothing_to_export".to_owned(),
            message: "No case can be exported to this recipient: every chosen case was left out (the reason for each is listed with it).".to_owned(),
            params: Params::new(),
        });
    }
    out.report.pseudonyms_used = ctx.any_pseudonym;
    if profile.cover_sheet {
        out.cover_sheet = Some(cover);
    }
    Ok(out)
}

/// Country names in the report languages other than English (`data/export/country-names.json`,
/// from the Unicode CLDR by `ui/scripts/country-names.mjs`), by language and code.
fn country_names() -> &'static BTreeMap<String, BTreeMap<String, String>> {
    #[derive(serde::Deserialize)]
    struct File {
        names: BTreeMap<String, BTreeMap<String, String>>,
    }
    static NAMES: std::sync::LazyLock<BTreeMap<String, BTreeMap<String, String>>> =
        std::sync::LazyLock::new(|| {
            serde_json::from_str::<File>(include_str!("../../../data/export/country-names.json"))
                .map(|f| f.names)
                .unwrap_or_default()
        });
    &NAMES
}

/// Every code a [`Finding`] of the preview can have (each has words in the app).
pub const FINDING_CODES: &[&str] = &[
    "no_victim",
    "no_victim_work",
    "no_un_link",
    "no_date",
    "no_country",
    "no_account",
    "date_year_only",
    "un_raised_unknown",
    "no_perpetrator",
    "risks_not_explained",
    "outside_period",
    "no_mandate",
    "no_submitter",
    "nothing_to_export",
    "not_a_working_language",
    "name_script_missing",
    "named_at_level_1",
    "no_name_form",
    "person_left_out",
];

/// Every code a note of the preview can have (each has words in the app).
pub const NOTE_CODES: &[&str] = &[
    "name_in_text",
    "name_in_text_other_case",
    "confidential_field",
    "coarsened",
    "acts_left_out",
    "identifying_act_details_left_out",
    "sources_left_out",
    "attachment_not_for_recipient",
    "attachment_not_shareable",
    "attachment_not_cleanable",
    "internal_notes_left_out",
    "name_confidential",
    "person_removed",
    "perpetrator_not_named",
    "pseudonymised",
    "named_as_chosen",
];

fn finding(case: u32, number: i64, code: &str, message: String) -> Finding {
    Finding {
        case: Some(case),
        incident_number: Some(number),
        code: code.to_owned(),
        message,
        params: Params::new(),
    }
}

impl Finding {
    /// The same finding with these values for a translated message.
    pub(crate) fn with<const N: usize>(self, pairs: [(&str, String); N]) -> Self {
        self.with_params(params(pairs))
    }

    /// The same finding with these values for a translated message.
    pub(crate) fn with_params(mut self, values: Params) -> Self {
        self.params = values;
        self
    }
}

/// The scripts a text is written in (those a name can be spelled in).
fn scripts(text: &str) -> BTreeSet<&'static str> {
    text.chars()
        .filter(|c| c.is_alphabetic())
        .filter_map(|c| match u32::from(c) {
            0x0041..=0x024F | 0x1E00..=0x1EFF => Some("Latin"),
            0x0370..=0x03FF | 0x1F00..=0x1FFF => Some("Greek"),
            0x0400..=0x052F => Some("Cyrillic"),
            0x0530..=0x058F => Some("Armenian"),
            0x0590..=0x05FF => Some("Hebrew"),
            0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFEFF => Some("Arabic"),
            0x0900..=0x097F => Some("Devanagari"),
            0x10A0..=0x10FF => Some("Georgian"),
            0x1100..=0x11FF | 0xAC00..=0xD7AF => Some("Hangul"),
            0x3040..=0x30FF => Some("Japanese kana"),
            0x4E00..=0x9FFF | 0x3400..=0x4DBF => Some("Chinese"),
            0x1200..=0x137F => Some("Ethiopic"),
            0x0E00..=0x0E7F => Some("Thai"),
            _ => None,
        })
        .collect()
}

fn urgency_code(u: Urgency) -> &'static str {
    u.code()
}

fn source_code(k: crate::records::SourceKind) -> &'static str {
    use crate::records::SourceKind as K;
    match k {
        K::VictimTestimony => "victim_testimony",
        K::WitnessTestimony => "witness_testimony",
        K::Document => "document",
        K::Media => "media",
        K::SocialMedia => "social_media",
        K::PartnerOrganisation => "partner_organisation",
        K::Other => "other",
    }
}

fn reliability_code(r: crate::records::Reliability) -> &'static str {
    use crate::records::Reliability as R;
    match r {
        R::High => "high",
        R::Medium => "medium",
        R::Low => "low",
        R::Unknown => "unknown",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudonym_letters_go_on_after_z() {
        assert_eq!(letters(0), "A");
        assert_eq!(letters(25), "Z");
        assert_eq!(letters(26), "AA");
        assert_eq!(letters(27), "AB");
    }

    #[test]
    fn dates_are_cut_to_the_profile_precision() {
        let d = PartialDate {
            date: "2024-03-15".to_owned(),
            precision: DatePrecision::Day,
        };
        assert_eq!(coarsen_date(&d, DatePrecision::Month).0.date, "2024-03");
        assert!(coarsen_date(&d, DatePrecision::Month).1);
        assert_eq!(coarsen_date(&d, DatePrecision::Day).0.date, "2024-03-15");
        assert_eq!(initials("Amira bint Haddad"), "A.B.H.");
    }
}
