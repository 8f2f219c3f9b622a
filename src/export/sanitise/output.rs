//! What the sanitiser produces: the report, the cover sheet and the review findings. Every
//! text in them is [`Clean`], and the report and cover sheet carry a seal only the sanitiser
//! can make.

use serde::Serialize;

use super::{Clean, Seal};
use crate::evidence::Attachment;
use crate::export::types::{Finding, LeftOut, Note, ReportingPeriod, Submitter};
use crate::records::IncidentView;

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
    pub(super) seal: Seal,
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
    pub(super) seal: Seal,
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
    pub(super) seal: Seal,
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
