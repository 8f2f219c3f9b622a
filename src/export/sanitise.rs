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

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde::{Serialize, Serializer};

use super::profile::{Labels, Need, Profile};
use super::redact::{is_bidi_control, Decision, NameIndex, Rules};
use super::types::{ExportRequest, Finding, LeftOut, Note, NoteKind, ReportingPeriod, Submitter};
use crate::evidence::Attachment;
use crate::records::validate::{countries, current_consent};
use crate::records::{
    ActField, Actor, ActorField, ActorKind, DatePrecision, Incident, IncidentField, IncidentView,
    NameForm, PartialDate, PlacePrecision, Urgency,
};
use crate::vocab::Vocabularies;

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

/// A country, with its English name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CountryOut {
    /// ISO 3166-1 alpha-2.
    pub code: String,
    /// Its name.
    pub name: String,
}

/// A date, no more precise than the recipient needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateOut {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    /// Whether it is an estimate.
    pub approximate: bool,
}

/// A vocabulary term in the report language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TermOut {
    /// The stable code.
    pub code: String,
    /// Its label in the report language.
    pub label: String,
    /// The code of the source taxonomy (HURIDOCS), when there is one.
    pub source_code: Option<String>,
}

/// A person, organisation, vessel, aircraft or State body as the recipient sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonOut {
    /// How the report refers to them: their name, initials, description or pseudonym.
    pub label: Clean,
    /// Whether `label` is their name (or the form of it they chose).
    pub named: bool,
    /// Person, organisation…
    pub kind: TermOut,
    /// Their roles in the case.
    pub roles: Vec<TermOut>,
    /// Gender (named people only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gender: Option<Clean>,
    /// Age when it happened (named people only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age: Option<u16>,
    /// Nationality (named people only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nationality: Option<CountryOut>,
    /// Occupation or title (named people only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub occupation: Option<Clean>,
    /// Their human-rights or solidarity work (named people only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub work: Option<Clean>,
    /// What they did or suffered in this case.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Clean>,
    /// An alleged perpetrator's link to the State.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state_link: Option<TermOut>,
    /// A vessel's or aircraft's flag State.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flag_state: Option<CountryOut>,
    /// Registration (named vessels, aircraft and organisations only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registration: Option<Clean>,
}

/// One act.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActOut {
    /// The act type.
    pub act_type: TermOut,
    /// The victim's label.
    pub victim: Clean,
    /// The alleged perpetrators' labels.
    pub perpetrators: Vec<Clean>,
    /// When.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<DateOut>,
    /// What happened.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Clean>,
    /// Law, charges or administrative basis.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legal_basis: Option<Clean>,
    /// The authority that decided.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authority: Option<Clean>,
    /// Case or decision number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub case_number: Option<Clean>,
    /// Where the person or vessel is held.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detention_place: Option<Clean>,
    /// Access to a lawyer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lawyer_access: Option<String>,
    /// Criminal or administrative.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proceeding_type: Option<TermOut>,
    /// Where the proceeding stands.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proceeding_status: Option<TermOut>,
    /// Fines.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fine: Option<Clean>,
    /// Days a vessel or aircraft was held.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vessel_detention_days: Option<u32>,
}

/// The cooperation with the UN the reprisal answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnLinkOut {
    /// The mechanism.
    pub mechanism: TermOut,
    /// Which body or session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<Clean>,
    /// The form of cooperation.
    pub form: TermOut,
    /// When.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<DateOut>,
    /// Its reference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<Clean>,
}

/// A consent decision, by the label of the person it covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConsentOut {
    /// The person's label in the report.
    pub person: Clean,
    /// 1 to 3.
    pub level: u8,
    /// The level in words.
    pub level_label: String,
    /// Who gave it, in words.
    pub given_by: String,
    /// Whether the risks were explained first.
    pub risks_explained: bool,
    /// When.
    pub date: DateOut,
    /// Oral or written, in words.
    pub method: String,
}

/// One case of the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseOut {
    /// Its number in this report (1-based).
    pub number: u32,
    /// Its title.
    pub title: Clean,
    /// Incident types.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub types: Vec<TermOut>,
    /// When it started.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<DateOut>,
    /// When it ended.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<DateOut>,
    /// Whether it is still going on.
    pub ongoing: bool,
    /// The place, when the recipient may have it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<Clean>,
    /// The country.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryOut>,
    /// The chronological account.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub narrative: Option<Clean>,
    /// The situation now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_situation: Option<Clean>,
    /// Domestic remedies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domestic_remedies: Option<Clean>,
    /// Urgency, as a code (`routine`, `high`, `urgent`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub urgency: Option<String>,
    /// Victims first, then alleged perpetrators, then others.
    pub people: Vec<PersonOut>,
    /// Acts.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub acts: Vec<ActOut>,
    /// Links to UN cooperation.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub un_links: Vec<UnLinkOut>,
    /// Whether the UN already raised it (unknown when absent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub un_raised: Option<bool>,
    /// That UN reference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub un_raised_reference: Option<Clean>,
    /// Consent of the people who appear.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub consent: Vec<ConsentOut>,
    #[serde(skip)]
    seal: Seal,
}

/// An attachment that goes with the report, as a metadata-free copy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AttachmentOut {
    /// Its neutral file name (`attachments/attachment-01.jpg`).
    pub file: String,
    /// The case it belongs to.
    pub case: u32,
    /// Its description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Clean>,
    /// The attachment in the vault (used only to make the copy; never written).
    #[serde(skip)]
    pub(crate) source: String,
    /// The media type of the vault copy.
    #[serde(skip)]
    pub(crate) media_type: String,
}

/// A report that may leave the device. Built only by [`sanitise`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SanitisedReport {
    /// `tadamun-submission`.
    pub format: &'static str,
    /// The version of this format.
    pub version: u32,
    /// The recipient profile's id.
    pub recipient: String,
    /// The recipient's name in the report language.
    pub recipient_name: String,
    /// Where it goes, when there is one address.
    pub recipient_address: String,
    /// The report language.
    pub language: String,
    /// The fields of the UN submission this report carries (the profile's list; anything
    /// else does not exist in any of its files).
    pub fields: Vec<String>,
    /// Special Procedures mandates addressed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub mandates: Vec<Clean>,
    /// The reporting period (Secretary-General's report).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reporting_period: Option<ReportingPeriod>,
    /// Whether confidential fields were kept (marked) rather than left out.
    pub confidential_fields_kept: bool,
    /// Whether any pseudonym is used.
    pub pseudonyms_used: bool,
    /// Whether a confidential cover sheet goes with it.
    pub has_cover_sheet: bool,
    /// The cases.
    pub cases: Vec<CaseOut>,
    /// Attachments that go with it.
    pub attachments: Vec<AttachmentOut>,
    #[serde(skip)]
    seal: Seal,
}

/// A contact on the cover sheet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContactOut {
    /// The case.
    pub case: u32,
    /// The person's label in the report.
    pub person: Clean,
    /// How to reach them.
    pub contact: Clean,
}

/// A source on the cover sheet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceOut {
    /// The case.
    pub case: u32,
    /// Its kind, in words.
    pub kind: String,
    /// Its reliability, in words.
    pub reliability: String,
    /// What it is.
    pub description: Option<Clean>,
    /// When it was obtained.
    pub obtained_on: Option<String>,
}

/// The confidential cover sheet: who submits and how to reach people. A separate file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CoverSheet {
    /// `tadamun-cover-sheet`.
    pub format: &'static str,
    /// The version of this format.
    pub version: u32,
    /// The recipient's name.
    pub recipient_name: String,
    /// The report language.
    pub language: String,
    /// The submitter, as entered for this export.
    pub submitter: Option<Submitter>,
    /// How to reach the people named in the report.
    pub contacts: Vec<ContactOut>,
    /// Where the information came from.
    pub sources: Vec<SourceOut>,
    #[serde(skip)]
    seal: Seal,
}

/// Everything the sanitiser produces.
#[derive(Debug, Clone)]
pub struct Sanitised {
    /// The report.
    pub report: SanitisedReport,
    /// The cover sheet, when the profile has one.
    pub cover_sheet: Option<CoverSheet>,
    /// What changed, for the preparer.
    pub notes: Vec<Note>,
    /// What must be fixed first.
    pub blockers: Vec<Finding>,
    /// What to know.
    pub warnings: Vec<Finding>,
    /// Incidents left out.
    pub left_out: Vec<LeftOut>,
    /// For each case of the report: the vault's incident id.
    pub incident_ids: Vec<String>,
}

/// An incident as loaded for export: the record, its actors, its number, its attachments.
pub struct Input {
    /// The incident and its actors.
    pub view: IncidentView,
    /// Its attachments.
    pub attachments: Vec<Attachment>,
}

/// How one actor appears in one case.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Shown {
    Named,
    /// Initials or anonymous description, as they chose.
    AsChosen(String),
    Pseudonym(String),
    Removed(String),
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

    fn country(code: Option<&str>) -> Option<CountryOut> {
        let code = code?;
        Some(CountryOut {
            code: code.to_owned(),
            name: countries()
                .iter()
                .find(|c| c.code == code)
                .map_or_else(|| code.to_owned(), |c| c.name.clone()),
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
fn check_request(profile: &Profile, request: &ExportRequest) -> crate::Result<()> {
    use crate::VaultError;
    if !profile.languages.contains(&request.language) {
        return Err(VaultError::InvalidInput(format!(
            "{} accepts reports in {}; '{}' is not one of them.",
            profile.name.en,
            profile.languages.join(", "),
            request.language
        )));
    }
    if request.incident_ids.is_empty() {
        return Err(VaultError::InvalidInput(
            "Choose at least one incident to export.".to_owned(),
        ));
    }
    if let Some(p) = &request.reporting_period {
        let ok = |d: &str| {
            time::Date::parse(d, time::macros::format_description!("[year]-[month]-[day]")).is_ok()
        };
        if !ok(&p.from) || !ok(&p.to) || p.from > p.to {
            return Err(VaultError::InvalidInput(
                "The reporting period needs two dates (YYYY-MM-DD), the first before the second."
                    .to_owned(),
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
    check_request(profile, request)?;
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
        sanitise_case(&mut ctx, &mut out, &mut cover, input, request);
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
            });
        }
    }
    if profile.cover_sheet && cover.submitter.is_none() {
        let finding = Finding {
            case: None,
            incident_number: None,
            code: "no_submitter".to_owned(),
            message: "The submitter is not filled in. UN mechanisms do not consider anonymous communications: give a name and a secure contact for the confidential cover sheet.".to_owned(),
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
        });
    }
    out.report.pseudonyms_used = ctx.any_pseudonym;
    if profile.cover_sheet {
        out.cover_sheet = Some(cover);
    }
    Ok(out)
}

fn finding(case: u32, number: i64, code: &str, message: String) -> Finding {
    Finding {
        case: Some(case),
        incident_number: Some(number),
        code: code.to_owned(),
        message,
    }
}

#[allow(clippy::too_many_lines)]
fn sanitise_case(
    ctx: &mut Ctx<'_>,
    out: &mut Sanitised,
    cover: &mut CoverSheet,
    input: &Input,
    request: &ExportRequest,
) {
    let profile = ctx.profile;
    let incident: &Incident = &input.view.incident;
    let number = input.view.number;
    let actors: HashMap<&str, &Actor> = input
        .view
        .actors
        .iter()
        .map(|a| (a.id.as_str(), a))
        .collect();

    // Roles of each actor, in the order they were first involved.
    let mut order: Vec<&str> = Vec::new();
    let mut roles: HashMap<&str, Vec<&str>> = HashMap::new();
    for inv in &incident.involvements {
        if !roles.contains_key(inv.actor_id.as_str()) {
            order.push(&inv.actor_id);
        }
        roles
            .entry(inv.actor_id.as_str())
            .or_default()
            .push(inv.role.as_str());
    }

    // Involved only as an alleged perpetrator (an official, a unit): not gated by consent, and
    // described by title even when not named. A State body is always such an official.
    let only_perpetrator = |id: &str| {
        roles
            .get(id)
            .is_some_and(|r| r.iter().all(|r| *r == "alleged_perpetrator"))
    };
    let official = |id: &str| {
        actors
            .get(id)
            .is_some_and(|a| a.kind == ActorKind::StateBody)
            || only_perpetrator(id)
    };

    // Decide how each involved actor appears.
    let mut shown: HashMap<&str, Shown> = HashMap::new();
    let mut left_out_reason: Option<String> = None;
    let case_no = u32::try_from(out.report.cases.len() + 1).unwrap_or(u32::MAX);
    let mut notes = Vec::new();
    let mut warnings = Vec::new();
    for id in &order {
        let Some(actor) = actors.get(id) else {
            continue;
        };
        let actor_roles = roles.get(id).cloned().unwrap_or_default();
        let is_victim = actor_roles.contains(&"victim");
        let perpetrator_only = only_perpetrator(id);
        let role_words = actor_roles
            .iter()
            .map(|r| ctx.term("role", r).label)
            .collect::<Vec<_>>()
            .join(", ");
        let name_confidential = actor.confidential.contains(&ActorField::Name);
        let decision = if actor.kind == ActorKind::StateBody {
            Shown::Named
        } else if perpetrator_only {
            if actor.kind == ActorKind::Person && !profile.name_individual_perpetrators {
                Shown::Pseudonym(ctx.pseudonym(actor))
            } else {
                Shown::Named
            }
        } else {
            let consent = current_consent(incident, &actor.id).filter(|c| c.revoked_at.is_none());
            match consent {
                None => Shown::Removed(if current_consent(incident, &actor.id).is_some() {
                    "consent was withdrawn".to_owned()
                } else {
                    "no consent is recorded".to_owned()
                }),
                Some(c) if c.level < profile.include_min_level => {
                    Shown::Removed(format!("their consent is level {}", c.level))
                }
                Some(c) if c.level < profile.name_min_level => {
                    Shown::Pseudonym(ctx.pseudonym(actor))
                }
                Some(c) => {
                    if profile.public {
                        match c.name_form {
                            Some(NameForm::FullName) => Shown::Named,
                            Some(NameForm::Initials) => Shown::AsChosen(initials(&actor.name)),
                            Some(NameForm::AnonymousDescription)
                                if !c.anonymous_description.trim().is_empty() =>
                            {
                                Shown::AsChosen(c.anonymous_description.trim().to_owned())
                            }
                            _ => {
                                warnings.push(finding(case_no, number, "no_name_form", format!(
                                    "{} agreed to publication but not how to be named (full name, initials or a description): they appear as a pseudonym.",
                                    actor.name
                                )));
                                Shown::Pseudonym(ctx.pseudonym(actor))
                            }
                        }
                    } else {
                        Shown::Named
                    }
                }
            }
        };
        // A name flagged confidential is never sent outside the organisation.
        let decision = match decision {
            Shown::Named | Shown::AsChosen(_)
                if name_confidential
                    && profile.drops_confidential()
                    && actor.kind != ActorKind::StateBody =>
            {
                notes.push(Note {
                    case: Some(case_no),
                    kind: NoteKind::FieldRemoved,
                    shown_as: String::new(),
                    detail: format!(
                        "{}'s name is marked confidential, so a pseudonym is used.",
                        actor.name
                    ),
                });
                Shown::Pseudonym(ctx.pseudonym(actor))
            }
            d => d,
        };
        match &decision {
            Shown::Removed(why) => {
                if is_victim && left_out_reason.is_none() {
                    left_out_reason = Some(format!(
                        "{} is a victim and {why}: the case is not sent to this recipient.",
                        actor.name
                    ));
                }
                notes.push(Note {
                    case: Some(case_no),
                    kind: NoteKind::Removed,
                    shown_as: ctx.withheld.clone(),
                    detail: format!("{} ({role_words}) does not appear: {why}.", actor.name),
                });
                if !is_victim {
                    warnings.push(finding(case_no, number, "person_left_out", format!(
                        "{} ({role_words}) does not appear because {why}. If they agreed to more, record it on the Consent step.",
                        actor.name
                    )));
                }
            }
            Shown::Pseudonym(p) => notes.push(Note {
                case: Some(case_no),
                kind: NoteKind::Pseudonymised,
                shown_as: p.clone(),
                detail: if perpetrator_only {
                    format!(
                        "{} — individual alleged perpetrators are not named to this recipient",
                        actor.name
                    )
                } else {
                    let level = current_consent(incident, &actor.id).map_or(0, |c| c.level);
                    format!("{} — name withheld: consent level {level}", actor.name)
                },
            }),
            Shown::AsChosen(label) => notes.push(Note {
                case: Some(case_no),
                kind: NoteKind::NamedAsChosen,
                shown_as: label.clone(),
                detail: format!("{} — named as they chose for publication", actor.name),
            }),
            Shown::Named => {}
        }
        shown.insert(id, decision);
    }

    if let Some(reason) = left_out_reason {
        out.left_out.push(LeftOut {
            incident_id: incident.id.clone(),
            number,
            title: incident.title.clone(),
            reason,
        });
        // Its notes and warnings are about a case that will not be written. Pseudonyms it
        // reserved stay reserved: a later case uses the same one for the same actor.
        return;
    }
    out.notes.append(&mut notes);
    out.warnings.append(&mut warnings);
    for (id, how) in &shown {
        match how {
            Shown::Named => {
                if let Some(pos) = ctx.actor_pos.get(*id) {
                    ctx.named_anywhere.insert(*pos);
                }
            }
            Shown::Pseudonym(_) => ctx.any_pseudonym = true,
            Shown::AsChosen(_) | Shown::Removed(_) => {}
        }
    }
    let carries = |f: &str| profile.need(f).is_some();
    // A published report must not let an unnamed person be recognised by where and when:
    // if anyone in the case is not named, places and dates are coarsened further.
    let unnamed_here = shown
        .values()
        .any(|s| matches!(s, Shown::Pseudonym(_) | Shown::AsChosen(_)));
    let (place_precision, date_precision) = if profile.public && unnamed_here {
        (
            profile
                .unnamed_place_precision
                .unwrap_or(profile.place_precision),
            profile
                .unnamed_date_precision
                .unwrap_or(profile.date_precision),
        )
    } else {
        (profile.place_precision, profile.date_precision)
    };

    // The label of an actor in this case, and the decision for the name index.
    let label_of = |id: &str| -> Option<String> {
        match shown.get(id)? {
            Shown::Named => actors.get(id).map(|a| a.name.clone()),
            Shown::AsChosen(l) | Shown::Pseudonym(l) => Some(l.clone()),
            Shown::Removed(_) => None,
        }
    };
    let by_pos: HashMap<usize, &str> = order
        .iter()
        .filter_map(|id| ctx.actor_pos.get(*id).map(|p| (*p, *id)))
        .collect();
    let withheld = ctx.withheld.clone();
    let index = &ctx.index;
    // Labels first. An anonymous description is typed text and may name someone else: it
    // is cleaned with every other label shown as "[name withheld]", so no typed label can
    // bring a name back in.
    let label_decide = |pos: usize| -> Decision {
        match by_pos.get(&pos).and_then(|id| shown.get(id)) {
            Some(Shown::Named) => Decision::Named,
            _ => Decision::Replace(withheld.clone()),
        }
    };
    let label_rules = Rules {
        decide: &label_decide,
        withheld: &ctx.withheld,
        identifier: &ctx.identifier,
        contacts_of_named: false,
    };
    let mut label_map: HashMap<&str, Clean> = HashMap::new();
    for id in &order {
        if let Some(l) = label_of(id) {
            let (cleaned, _) = index.redact(&l, &label_rules);
            label_map.insert(id, Clean::new(cleaned));
        }
    }
    let decide = |pos: usize| -> Decision {
        let Some(id) = by_pos.get(&pos) else {
            return Decision::Replace(withheld.clone());
        };
        match shown.get(id) {
            Some(Shown::Named) => Decision::Named,
            Some(Shown::AsChosen(_) | Shown::Pseudonym(_)) => Decision::Replace(
                label_map
                    .get(id)
                    .map_or_else(|| withheld.clone(), |l| l.as_str().to_owned()),
            ),
            Some(Shown::Removed(_)) | None => Decision::Replace(withheld.clone()),
        }
    };
    let rules = Rules {
        decide: &decide,
        withheld: &ctx.withheld,
        identifier: &ctx.identifier,
        contacts_of_named: false,
    };
    let cover_rules = Rules {
        contacts_of_named: true,
        ..rules
    };
    let mut in_text: Vec<usize> = Vec::new();
    let mut clean = |text: &str| -> Option<Clean> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        let (cleaned, replaced) = index.redact(text, &rules);
        for r in replaced {
            if !in_text.contains(&r.actor) {
                in_text.push(r.actor);
            }
        }
        Some(Clean::new(cleaned))
    };
    let mark = ctx.labels.get("confidential_mark").to_owned();
    let keep_conf = profile.keep_confidential_fields;
    // A confidential field: dropped, or kept with a mark for the legal team.
    let mut removed_fields: Vec<&'static str> = Vec::new();
    let mut conf = |flagged: bool, what: &'static str, value: Option<Clean>| -> Option<Clean> {
        match (flagged, value) {
            (_, None) => None,
            (false, v) => v,
            (true, Some(v)) if keep_conf => Some(Clean::new(format!("{mark} {}", v.0))),
            (true, Some(_)) => {
                removed_fields.push(what);
                None
            }
        }
    };

    let flagged = |f: IncidentField| incident.confidential.contains(&f);
    let title = clean(&incident.title).unwrap_or_else(|| Clean::new(String::new()));
    let narrative = conf(
        flagged(IncidentField::Narrative),
        "account",
        clean(&incident.narrative),
    );
    let current_situation = conf(
        flagged(IncidentField::CurrentSituation),
        "current situation",
        clean(&incident.current_situation),
    );
    let domestic_remedies = conf(
        flagged(IncidentField::DomesticRemedies),
        "domestic remedies",
        clean(&incident.domestic_remedies),
    );
    let mut coarsened: Vec<String> = Vec::new();
    let place = match &incident.place {
        Some(p) if precision_rank(p.precision) < precision_rank(place_precision) => {
            coarsened.push("the place (recorded more precisely than this recipient may receive; only the country is given)".to_owned());
            None
        }
        Some(p) => conf(flagged(IncidentField::Place), "place", clean(&p.name)),
        None => None,
    };
    let mut date = |d: &Option<PartialDate>, what: &str| -> Option<DateOut> {
        let (out, was) = coarsen_date(d.as_ref()?, date_precision);
        if was {
            coarsened.push(format!(
                "{what} (given to the {})",
                match date_precision {
                    DatePrecision::Month => "month",
                    DatePrecision::Year => "year",
                    _ => "day",
                }
            ));
        }
        Some(out)
    };
    let start = date(&incident.start, "the start date");
    let end = date(&incident.end, "the end date");

    // People: victims, then alleged perpetrators, then the others. A kind of person the
    // profile does not carry is not in the report at all.
    let rank = |id: &str| {
        let r = roles.get(id).cloned().unwrap_or_default();
        if r.contains(&"victim") {
            0
        } else if r.contains(&"alleged_perpetrator") {
            1
        } else {
            2
        }
    };
    let is_craft = |id: &str| {
        actors
            .get(id)
            .is_some_and(|a| matches!(a.kind, ActorKind::Vessel | ActorKind::Aircraft))
    };
    let mut people_order: Vec<&str> = order
        .iter()
        .copied()
        .filter(|id| label_map.contains_key(id))
        .filter(|id| match rank(id) {
            0 => carries("victims"),
            1 => carries("perpetrators"),
            _ => !is_craft(id) || carries("sea_rescue"),
        })
        .collect();
    people_order.sort_by_key(|id| rank(id));
    let mut people = Vec::new();
    for id in &people_order {
        let (Some(actor), Some(label)) = (actors.get(id), label_map.get(id)) else {
            continue;
        };
        let named = matches!(shown.get(id), Some(Shown::Named));
        // Someone shown by pseudonym appears with their role only: what they did, their
        // title or their work could point to them. An unnamed official is still described
        // ("police commander"): that is what the UN needs to know about a perpetrator.
        let official = official(id);
        let af = |f: ActorField| actor.confidential.contains(&f);
        let descriptions: Vec<String> = incident
            .involvements
            .iter()
            .filter(|i| i.actor_id == *id && !i.description.trim().is_empty())
            .map(|i| i.description.trim().to_owned())
            .collect();
        let state_link = incident
            .involvements
            .iter()
            .filter(|i| i.actor_id == *id)
            .find_map(|i| i.state_link.as_deref())
            .filter(|_| carries("perpetrators"))
            .map(|c| ctx.term("state_link", c));
        let person_roles: Vec<TermOut> = roles
            .get(id)
            .cloned()
            .unwrap_or_default()
            .iter()
            .map(|r| ctx.term("role", r))
            .collect();
        let label_clean = if named {
            conf(af(ActorField::Name), "a name", Some(label.clone()))
                .unwrap_or_else(|| label.clone())
        } else {
            label.clone()
        };
        let detail = named;
        let craft = carries("sea_rescue");
        people.push(PersonOut {
            label: label_clean,
            named,
            kind: ctx.kind_term(actor.kind),
            roles: person_roles,
            gender: if detail {
                conf(af(ActorField::Gender), "gender", clean(&actor.gender))
            } else {
                None
            },
            age: if detail && (!af(ActorField::Age) || keep_conf) {
                actor.age
            } else {
                None
            },
            nationality: if detail && (!af(ActorField::Nationality) || keep_conf) {
                Ctx::country(actor.nationality.as_deref())
            } else {
                None
            },
            occupation: if detail || official {
                conf(
                    af(ActorField::Occupation),
                    "occupation",
                    clean(&actor.occupation),
                )
            } else {
                None
            },
            work: if detail && carries("victim_work") {
                conf(af(ActorField::Work), "work", clean(&actor.work))
            } else {
                None
            },
            description: if detail || official {
                clean(&descriptions.join("\n"))
            } else {
                None
            },
            state_link,
            // A vessel's flag and registration narrow down which ship it is: only for named
            // ones, and only to recipients that take the sea-rescue details.
            flag_state: if detail && craft {
                Ctx::country(actor.flag_state.as_deref())
            } else {
                None
            },
            registration: if detail && craft {
                conf(
                    af(ActorField::Registration),
                    "registration",
                    clean(&actor.registration),
                )
            } else {
                None
            },
        });
        if detail
            && profile.cover_sheet
            && !actor.contact.trim().is_empty()
            && actor.kind != ActorKind::StateBody
        {
            let (contact, _) = index.redact(actor.contact.trim(), &cover_rules);
            cover.contacts.push(ContactOut {
                case: case_no,
                person: label.clone(),
                contact: Clean::new(contact),
            });
        }
    }

    // Acts. An act done to or by someone who does not appear is left out whole: its date,
    // authority, case number or place would point to them.
    let mut acts = Vec::new();
    let mut acts_left_out = 0_usize;
    let mut pointing_left_out = 0_usize;
    if carries("act_types") {
        for act in &incident.acts {
            let f = |x: ActField| act.confidential.contains(&x);
            let (Some(victim), Some(perpetrators)) = (
                label_map.get(act.victim_id.as_str()),
                act.perpetrator_ids
                    .iter()
                    .map(|p| label_map.get(p.as_str()).cloned())
                    .collect::<Option<Vec<Clean>>>(),
            ) else {
                acts_left_out += 1;
                continue;
            };
            let legal = carries("legal_basis");
            let detention = carries("detention");
            let sea = carries("sea_rescue");
            // A case number or a place of detention identifies a person to the State as surely
            // as their name: only with people who are named (or for the legal team).
            let all_named = std::iter::once(&act.victim_id)
                .chain(&act.perpetrator_ids)
                .all(|p| matches!(shown.get(p.as_str()), Some(Shown::Named)) || official(p));
            let pointing = keep_conf || all_named;
            if !pointing
                && (!act.case_number.trim().is_empty() || !act.detention_place.trim().is_empty())
            {
                pointing_left_out += 1;
            }
            acts.push(ActOut {
                act_type: ctx.term("incident_type", &act.act_type),
                victim: victim.clone(),
                perpetrators: if carries("perpetrators") {
                    perpetrators
                } else {
                    Vec::new()
                },
                date: date(&act.date, "an act's date"),
                description: conf(
                    f(ActField::Description),
                    "an act's description",
                    clean(&act.description),
                ),
                legal_basis: if legal { clean(&act.legal_basis) } else { None },
                authority: if legal {
                    conf(
                        f(ActField::Authority),
                        "an authority",
                        clean(&act.authority),
                    )
                } else {
                    None
                },
                case_number: if legal && pointing {
                    conf(
                        f(ActField::CaseNumber),
                        "a case number",
                        clean(&act.case_number),
                    )
                } else {
                    None
                },
                detention_place: if detention && pointing {
                    conf(
                        f(ActField::DetentionPlace),
                        "a place of detention",
                        clean(&act.detention_place),
                    )
                } else {
                    None
                },
                lawyer_access: act.lawyer_access.filter(|_| detention).map(|l| {
                    ctx.labels
                        .get(match l {
                            crate::records::LawyerAccess::Yes => "lawyer_yes",
                            crate::records::LawyerAccess::No => "lawyer_no",
                            crate::records::LawyerAccess::Unknown => "lawyer_unknown",
                        })
                        .to_owned()
                }),
                proceeding_type: act
                    .proceeding_type
                    .as_deref()
                    .filter(|_| legal)
                    .map(|c| ctx.term("proceeding_type", c)),
                proceeding_status: act
                    .proceeding_status
                    .as_deref()
                    .filter(|_| legal)
                    .map(|c| ctx.term("proceeding_status", c)),
                fine: if sea { clean(&act.fine) } else { None },
                vessel_detention_days: act.vessel_detention_days.filter(|_| sea),
            });
        }
    }
    let mut un_links = Vec::new();
    if carries("un_link") {
        for link in &incident.un_links {
            un_links.push(UnLinkOut {
                mechanism: ctx.term("un_mechanism", &link.mechanism),
                body: clean(&link.body),
                form: ctx.term("cooperation_form", &link.form),
                date: date(&link.date, "a UN cooperation date"),
                reference: clean(&link.reference),
            });
        }
    }
    let mut consent = Vec::new();
    for id in people_order.iter().filter(|_| carries("consent")) {
        let Some(c) = current_consent(incident, id).filter(|c| c.revoked_at.is_none()) else {
            continue;
        };
        let Some(label) = label_map.get(id) else {
            continue;
        };
        consent.push(ConsentOut {
            person: label.clone(),
            level: c.level,
            level_label: ctx.labels.get(&format!("level_{}", c.level)).to_owned(),
            given_by: ctx
                .labels
                .get(match c.given_by {
                    crate::records::ConsentGiver::Person => "given_by_person",
                    crate::records::ConsentGiver::Family => "given_by_family",
                    crate::records::ConsentGiver::LegalRepresentative => {
                        "given_by_legal_representative"
                    }
                })
                .to_owned(),
            risks_explained: c.risks_explained,
            date: coarsen_day(&c.date, date_precision),
            method: ctx
                .labels
                .get(match c.method {
                    crate::records::ConsentMethod::Oral => "method_oral",
                    crate::records::ConsentMethod::Written => "method_written",
                })
                .to_owned(),
        });
    }
    let mut sources_left_out = 0_usize;
    if profile.cover_sheet {
        for s in &incident.sources {
            // A source who does not appear in the report is not on its cover sheet either.
            if s.actor_id
                .as_deref()
                .is_some_and(|a| !label_map.contains_key(a))
            {
                sources_left_out += 1;
                continue;
            }
            let description = if s.description.trim().is_empty() {
                None
            } else {
                Some(Clean::new(
                    index.redact(s.description.trim(), &cover_rules).0,
                ))
            };
            cover.sources.push(SourceOut {
                case: case_no,
                kind: ctx
                    .labels
                    .get(&format!("source_{}", source_code(s.kind)))
                    .to_owned(),
                reliability: ctx
                    .labels
                    .get(&format!("reliability_{}", reliability_code(s.reliability)))
                    .to_owned(),
                description,
                obtained_on: s.obtained_on.clone(),
            });
        }
    }
    let un_raised_reference = if carries("already_raised") {
        clean(&incident.un_raised_reference)
    } else {
        None
    };
    let mut attachment_notes = Vec::new();
    for a in &input.attachments {
        let allowed = profile.attachments
            && carries("supporting_documents")
            && a.shareable
            && crate::evidence::sanitise::is_supported_image(&a.media_type);
        if !allowed {
            attachment_notes.push(
                if !profile.attachments || !carries("supporting_documents") {
                    "an attachment (this recipient gets no attachments)"
                } else if !a.shareable {
                    "an attachment not marked shareable"
                } else {
                    "an attachment that cannot be cleaned of metadata"
                },
            );
            continue;
        }
        let n = out.report.attachments.len() + 1;
        let ext = if a.media_type == "image/jpeg" {
            "jpg"
        } else {
            "png"
        };
        let description = clean(&a.description);
        out.report.attachments.push(AttachmentOut {
            file: format!("attachments/attachment-{n:02}.{ext}"),
            case: case_no,
            description,
            source: a.id.clone(),
            media_type: a.media_type.clone(),
        });
    }

    // Notes on what changed in text and fields.
    for pos in in_text {
        let who = by_pos
            .get(&pos)
            .and_then(|id| actors.get(id))
            .map(|a| a.name.clone())
            .unwrap_or_else(|| "someone recorded in another case".to_owned());
        let shown_as = match decide(pos) {
            Decision::Replace(l) => l,
            Decision::Named => continue,
        };
        out.notes.push(Note {
            case: Some(case_no),
            kind: NoteKind::NameInText,
            shown_as,
            detail: format!("{who}: name replaced in the text"),
        });
    }
    for what in removed_fields {
        out.notes.push(Note {
            case: Some(case_no),
            kind: NoteKind::FieldRemoved,
            shown_as: String::new(),
            detail: format!("Left out, marked confidential: {what}"),
        });
    }
    for what in coarsened {
        out.notes.push(Note {
            case: Some(case_no),
            kind: NoteKind::Coarsened,
            shown_as: String::new(),
            detail: format!("Made less precise: {what}"),
        });
    }
    // A name written in a script the record has no spelling for cannot be found: say so.
    let case_text: String = [
        incident.title.as_str(),
        &incident.narrative,
        &incident.current_situation,
        &incident.domestic_remedies,
        &incident.un_raised_reference,
    ]
    .into_iter()
    .chain(incident.acts.iter().flat_map(|a| {
        [
            a.description.as_str(),
            &a.legal_basis,
            &a.authority,
            &a.detention_place,
            &a.case_number,
            &a.fine,
        ]
    }))
    .chain(incident.involvements.iter().map(|i| i.description.as_str()))
    .chain(incident.sources.iter().map(|s| s.description.as_str()))
    .chain(input.attachments.iter().map(|a| a.description.as_str()))
    .collect::<Vec<&str>>()
    .join("\n");
    let text_scripts = scripts(&case_text);
    for id in &order {
        let (Some(how), Some(actor)) = (shown.get(id), actors.get(id)) else {
            continue;
        };
        if matches!(how, Shown::Named) || actor.kind == ActorKind::StateBody {
            continue;
        }
        let spelled: BTreeSet<&str> = std::iter::once(&actor.name)
            .chain(&actor.other_names)
            .flat_map(|n| scripts(n))
            .collect();
        let missing: Vec<&str> = text_scripts.difference(&spelled).copied().collect();
        if !missing.is_empty() {
            out.warnings.push(finding(case_no, number, "name_script_missing", format!(
                "The text of this case is partly in {} script, but {} has no spelling in it. Tadamun can only withhold spellings it knows: add theirs under \"Other names\" (People step), or check the preview line by line.",
                missing.join(" and "),
                actor.name
            )));
        }
    }
    if acts_left_out > 0 {
        out.notes.push(Note {
            case: Some(case_no),
            kind: NoteKind::Removed,
            shown_as: String::new(),
            detail: format!(
                "Left out: {acts_left_out} act(s) done to or by someone who does not appear, with all their details (date, description, authority, case number, place)"
            ),
        });
    }
    if pointing_left_out > 0 {
        out.notes.push(Note {
            case: Some(case_no),
            kind: NoteKind::FieldRemoved,
            shown_as: String::new(),
            detail: format!(
                "Left out: the case number and place of detention of {pointing_left_out} act(s) concerning someone who is not named (they would identify them)"
            ),
        });
    }
    if sources_left_out > 0 {
        out.notes.push(Note {
            case: Some(case_no),
            kind: NoteKind::Removed,
            shown_as: String::new(),
            detail: format!(
                "Left out of the cover sheet: {sources_left_out} source(s) who do not appear in the report"
            ),
        });
    }
    if profile.keep_confidential_fields {
        // The legal-team profile names people who agreed only to de-identified use by the UN:
        // the file is for the organisation's own lawyers and must not go further.
        for id in &people_order {
            if let (Some(Shown::Named), Some(c), Some(a)) =
                (shown.get(id), current_consent(incident, id), actors.get(id))
            {
                if c.level == 1 {
                    out.warnings.push(finding(case_no, number, "named_at_level_1", format!(
                        "{} agreed only to de-identified use by the UN (level 1). This file names them because it is for your own legal team: keep it inside your organisation and send it encrypted.",
                        a.name
                    )));
                }
            }
        }
    }
    for what in attachment_notes {
        out.notes.push(Note {
            case: Some(case_no),
            kind: NoteKind::Attachment,
            shown_as: String::new(),
            detail: format!("Left out: {what}"),
        });
    }
    if !incident.internal_notes.trim().is_empty() {
        out.notes.push(Note {
            case: Some(case_no),
            kind: NoteKind::FieldRemoved,
            shown_as: String::new(),
            detail: "Left out: internal notes (never exported)".to_owned(),
        });
    }

    // What the profile needs.
    let need = |out: &mut Sanitised, field: &str, missing: bool, code: &str, message: String| {
        if !missing {
            return;
        }
        let f = finding(case_no, number, code, message);
        match profile.need(field) {
            Some(Need::Required) => out.blockers.push(f),
            Some(_) => out.warnings.push(f),
            None => {}
        }
    };
    let has_victim = people
        .iter()
        .any(|p| p.roles.iter().any(|r| r.code == "victim"));
    need(
        out,
        "victims",
        !has_victim,
        "no_victim",
        "No victim is recorded. Add the person or organisation targeted, on the People step."
            .to_owned(),
    );
    let victim_work = incident.involvements.iter().any(|i| {
        i.role == "victim"
            && actors
                .get(i.actor_id.as_str())
                .is_some_and(|a| !a.work.trim().is_empty())
    });
    if !victim_work {
        out.warnings.push(finding(case_no, number, "no_victim_work", "The victim's human-rights or solidarity work is not described (People step, \"Their work\"). UN mechanisms ask how it connects to what happened.".to_owned()));
    }
    need(out, "un_link", incident.un_links.is_empty(), "no_un_link", "No cooperation with the UN is linked. Reprisal mechanisms act on reprisals for cooperation with the UN: add the link on the UN step.".to_owned());
    need(
        out,
        "dates_place_account",
        incident.start.is_none(),
        "no_date",
        "No date is recorded. Give at least the month and year.".to_owned(),
    );
    need(
        out,
        "dates_place_account",
        incident.country.is_none(),
        "no_country",
        "No country is recorded.".to_owned(),
    );
    need(
        out,
        "dates_place_account",
        incident.narrative.trim().is_empty(),
        "no_account",
        "The account of what happened is empty.".to_owned(),
    );
    if incident
        .start
        .as_ref()
        .is_some_and(|d| d.precision == DatePrecision::Year)
    {
        out.warnings.push(finding(
            case_no,
            number,
            "date_year_only",
            "The date is known only to the year; UN mechanisms ask for at least the month."
                .to_owned(),
        ));
    }
    need(
        out,
        "already_raised",
        incident.un_raised.is_none(),
        "un_raised_unknown",
        "Say whether the UN already raised this case in an official document (UN step).".to_owned(),
    );
    let perps = incident
        .involvements
        .iter()
        .any(|i| i.role == "alleged_perpetrator");
    if !perps && profile.need("perpetrators").is_some() {
        out.warnings.push(finding(
            case_no,
            number,
            "no_perpetrator",
            "No alleged perpetrator is recorded. Name the institution or unit where it is known."
                .to_owned(),
        ));
    }
    if profile.id == "sg-report" {
        for id in &people_order {
            if rank(id) == 0 {
                if let Some(c) = current_consent(incident, id) {
                    if !c.risks_explained {
                        let who = actors.get(id).map_or("A victim", |a| a.name.as_str());
                        out.blockers.push(finding(case_no, number, "risks_not_explained", format!(
                            "{who}'s consent was recorded without the risks being explained. The Secretary-General's report needs consent given after the risks were explained."
                        )));
                    }
                }
            }
        }
        if let (Some(period), Some(start)) = (&request.reporting_period, &incident.start) {
            let day = match start.date.len() {
                4 => format!("{}-12-31", start.date),
                7 => format!("{}-31", start.date),
                _ => start.date.clone(),
            };
            if day < period.from || start.date.as_str() > period.to.as_str() {
                out.warnings.push(finding(case_no, number, "outside_period", "This case started outside the reporting period. It may still be included if it continued into the period; say so in the account.".to_owned()));
            }
        }
    }

    out.report.cases.push(CaseOut {
        number: case_no,
        title,
        types: incident
            .types
            .iter()
            .filter(|_| carries("act_types"))
            .map(|t| ctx.term("incident_type", t))
            .collect(),
        start,
        end,
        ongoing: incident.ongoing,
        place,
        country: Ctx::country(incident.country.as_deref()),
        narrative,
        current_situation,
        domestic_remedies: domestic_remedies.filter(|_| carries("domestic_remedies")),
        urgency: carries("urgency").then(|| urgency_code(incident.urgency).to_owned()),
        people,
        acts,
        un_links,
        un_raised: incident.un_raised.filter(|_| carries("already_raised")),
        un_raised_reference,
        consent,
        seal: Seal,
    });
    out.incident_ids.push(incident.id.clone());
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
