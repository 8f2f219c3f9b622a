//! The record types: what a case is made of, after the HURIDOCS Events Standard Formats
//! ("who did what to whom"), with the fields UN reprisal submissions ask for (docs/domain.md).
//!
//! These types are also the JSON interchange format (see [`super::interchange`]): every field is
//! (de)serialised as written here, unknown fields are refused so a typo in an imported file is
//! an error rather than silently lost data, and optional fields may be left out.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::actor_model::ConsentRecord;

/// Reads a list of a record, refusing it while it is read once it holds more entries than a
/// record may ever have ([`super::validate::MAX_ITEMS`]): a hostile file of millions of tiny
/// entries must not fill the memory before validation can refuse it.
pub(super) fn capped_list<'de, D, T>(deserializer: D) -> std::result::Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    crate::records::interchange::capped::<D, T, { super::validate::MAX_ITEMS }>(deserializer)
}
/// A date known to some precision: `2024`, `2024-03` or `2024-03-15`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct PartialDate {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, matching `precision` (any of them when approximate).
    pub date: String,
    /// How precisely the date is known.
    pub precision: DatePrecision,
}

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    /// The exact day.
    Day,
    /// The month.
    Month,
    /// The year.
    Year,
    /// An estimate.
    Approximate,
}

/// Where an incident happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// The place as written by the person recording it (an address, a port, a town).
    pub name: String,
    /// How precise `name` is.
    pub precision: PlacePrecision,
}

/// How precise a place is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum PlacePrecision {
    /// An exact address or spot.
    Exact,
    /// A town or city.
    Locality,
    /// A region or province.
    Region,
    /// Only the country.
    Country,
}

/// Where a case stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Being written; facts not yet checked.
    Draft,
    /// Facts checked against sources.
    Verified,
    /// Sent to at least one recipient.
    Submitted,
    /// No further action planned.
    Closed,
}

impl Status {
    /// The stable code stored and used in filters.
    pub fn code(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Verified => "verified",
            Self::Submitted => "submitted",
            Self::Closed => "closed",
        }
    }
}

/// How urgently a case needs action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    /// No harm ongoing or imminent.
    Routine,
    /// Needs attention soon.
    High,
    /// Ongoing or imminent harm: calls for an urgent appeal.
    Urgent,
}

impl Urgency {
    /// The stable code stored and used in filters.
    pub fn code(self) -> &'static str {
        match self {
            Self::Routine => "routine",
            Self::High => "high",
            Self::Urgent => "urgent",
        }
    }
}

/// Incident fields that can be flagged confidential ("do not transmit", "do not publish").
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum IncidentField {
    /// The chronological account.
    Narrative,
    /// The place.
    Place,
    /// The current situation.
    CurrentSituation,
    /// Domestic remedies tried.
    DomesticRemedies,
}

/// One case: something done to someone because of their solidarity or their cooperation with
/// the UN. Internal notes never leave the vault.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Incident {
    /// Stable identifier (a random UUID when created here).
    pub id: String,
    /// A short title.
    pub title: String,
    /// The chronological account of what happened.
    #[serde(default)]
    pub narrative: String,
    /// When it started.
    #[serde(default)]
    pub start: Option<PartialDate>,
    /// When it ended; absent when unknown or ongoing.
    #[serde(default)]
    pub end: Option<PartialDate>,
    /// Still going on (a detention, a ban, a frozen account).
    #[serde(default)]
    pub ongoing: bool,
    /// Where it happened.
    #[serde(default)]
    pub place: Option<Place>,
    /// ISO 3166-1 alpha-2 code of the country where it happened.
    #[serde(default)]
    pub country: Option<String>,
    /// Where the case stands.
    pub status: Status,
    /// How urgently it needs action.
    pub urgency: Urgency,
    /// Incident types (codes of the `incident_type` vocabulary).
    #[serde(default, deserialize_with = "capped_list")]
    pub types: Vec<String>,
    /// Free tags for the team's own grouping.
    #[serde(default, deserialize_with = "capped_list")]
    pub tags: Vec<String>,
    /// The situation now (still detained, account still frozen…).
    #[serde(default)]
    pub current_situation: String,
    /// Domestic remedies tried and their results, or why they were impossible.
    #[serde(default)]
    pub domestic_remedies: String,
    /// Notes for the team. Never exported, whatever the recipient.
    #[serde(default)]
    pub internal_notes: String,
    /// The people, organisations, vessels and State bodies involved, with their role.
    #[serde(default, deserialize_with = "capped_list")]
    pub involvements: Vec<Involvement>,
    /// What was done to whom.
    #[serde(default, deserialize_with = "capped_list")]
    pub acts: Vec<Act>,
    /// The cooperation with the UN that the reprisal answers.
    #[serde(default, deserialize_with = "capped_list")]
    pub un_links: Vec<UnLink>,
    /// Whether the case was already raised in an official UN document (unknown when absent).
    #[serde(default)]
    pub un_raised: Option<bool>,
    /// The reference of that UN document or communication.
    #[serde(default)]
    pub un_raised_reference: String,
    /// Consent decisions of the people involved, oldest first. For each person, their last
    /// record is the one in force; earlier ones are the history.
    #[serde(default, deserialize_with = "capped_list")]
    pub consent: Vec<ConsentRecord>,
    /// How the information was obtained.
    #[serde(default, deserialize_with = "capped_list")]
    pub sources: Vec<Source>,
    /// Where the case was sent and what followed.
    #[serde(default, deserialize_with = "capped_list")]
    pub submissions: Vec<Submission>,
    /// Fields flagged confidential.
    #[serde(default, deserialize_with = "capped_list")]
    pub confidential: Vec<IncidentField>,
    /// When the record was created (RFC 3339, UTC).
    #[serde(default)]
    pub created_at: String,
    /// When the record was last saved (RFC 3339, UTC).
    #[serde(default)]
    pub updated_at: String,
}

impl Incident {
    /// The identifiers of the actors it involves or names as a source, in that order (an
    /// actor may come more than once).
    pub fn actor_ids(&self) -> impl Iterator<Item = &String> {
        self.involvements
            .iter()
            .map(|i| &i.actor_id)
            .chain(self.sources.iter().filter_map(|s| s.actor_id.as_ref()))
    }

    /// An empty draft with this identifier and title: routine urgency, everything else blank.
    pub fn new(id: impl Into<String>, title: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            title: title.into(),
            narrative: String::new(),
            start: None,
            end: None,
            ongoing: false,
            place: None,
            country: None,
            status: Status::Draft,
            urgency: Urgency::Routine,
            types: Vec::new(),
            tags: Vec::new(),
            current_situation: String::new(),
            domestic_remedies: String::new(),
            internal_notes: String::new(),
            involvements: Vec::new(),
            acts: Vec::new(),
            un_links: Vec::new(),
            un_raised: None,
            un_raised_reference: String::new(),
            consent: Vec::new(),
            sources: Vec::new(),
            submissions: Vec::new(),
            confidential: Vec::new(),
            created_at: String::new(),
            updated_at: String::new(),
        }
    }
}

/// An actor's part in an incident.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Involvement {
    /// The actor (its `id`).
    pub actor_id: String,
    /// Their role: a code of the `role` vocabulary (victim, alleged_perpetrator, witness…).
    pub role: String,
    /// For an alleged perpetrator, the link to the State (`state_link` vocabulary).
    #[serde(default)]
    pub state_link: Option<String>,
    /// What they did or suffered, or why a perpetrator is believed responsible.
    #[serde(default)]
    pub description: String,
}

/// Whether a detained person had access to a lawyer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum LawyerAccess {
    /// Yes.
    Yes,
    /// No.
    No,
    /// Not known.
    Unknown,
}

/// Act fields that can be flagged confidential.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ActField {
    /// The description.
    Description,
    /// The case or decision number.
    CaseNumber,
    /// The place of detention.
    DetentionPlace,
    /// The authority that acted.
    Authority,
}

/// One thing done to one victim by zero or more alleged perpetrators.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Act {
    /// Stable identifier within the incident.
    pub id: String,
    /// The act type: a code of the `incident_type` vocabulary.
    #[serde(rename = "type")]
    pub act_type: String,
    /// The victim (an actor involved in the incident).
    pub victim_id: String,
    /// The alleged perpetrators (actors involved in the incident).
    #[serde(default, deserialize_with = "capped_list")]
    pub perpetrator_ids: Vec<String>,
    /// When.
    #[serde(default)]
    pub date: Option<PartialDate>,
    /// What happened.
    #[serde(default)]
    pub description: String,
    /// Law, charges or administrative basis invoked.
    #[serde(default)]
    pub legal_basis: String,
    /// The authority that issued the decision.
    #[serde(default)]
    pub authority: String,
    /// Case or decision number.
    #[serde(default)]
    pub case_number: String,
    /// Where the person (or vessel) is held.
    #[serde(default)]
    pub detention_place: String,
    /// Access to a lawyer during detention.
    #[serde(default)]
    pub lawyer_access: Option<LawyerAccess>,
    /// Criminal or administrative (`proceeding_type` vocabulary).
    #[serde(default)]
    pub proceeding_type: Option<String>,
    /// Open, closed, acquitted, convicted (`proceeding_status` vocabulary).
    #[serde(default)]
    pub proceeding_status: Option<String>,
    /// Fines imposed, with currency ("€20,000").
    #[serde(default)]
    pub fine: String,
    /// How many days a vessel or aircraft was detained or blocked.
    #[serde(default)]
    pub vessel_detention_days: Option<u32>,
    /// Fields flagged confidential.
    #[serde(default, deserialize_with = "capped_list")]
    pub confidential: Vec<ActField>,
}

/// The cooperation with the UN that a reprisal answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct UnLink {
    /// The mechanism: a code of the `un_mechanism` vocabulary.
    pub mechanism: String,
    /// Which one: the HRC session, the named Special Procedure mandate, the treaty body.
    #[serde(default)]
    pub body: String,
    /// The form of cooperation: a code of the `cooperation_form` vocabulary.
    pub form: String,
    /// When.
    #[serde(default)]
    pub date: Option<PartialDate>,
    /// A reference (session number, submission title, communication reference).
    #[serde(default)]
    pub reference: String,
}

/// How information was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// Told by the victim.
    VictimTestimony,
    /// Told by a witness.
    WitnessTestimony,
    /// A document: court order, letter, decision.
    Document,
    /// Press or broadcast media.
    Media,
    /// Social media.
    SocialMedia,
    /// A partner organisation.
    PartnerOrganisation,
    /// Something else.
    Other,
}

/// How reliable a source is judged to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Reliability {
    /// Confirmed or first-hand.
    High,
    /// Plausible, partly confirmed.
    Medium,
    /// Unconfirmed.
    Low,
    /// Not assessed.
    Unknown,
}

/// Where information came from. Sources go only to a confidential cover sheet, never into a
/// report's body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Stable identifier within the incident.
    pub id: String,
    /// How the information was obtained.
    pub kind: SourceKind,
    /// What the source is and what it says.
    #[serde(default)]
    pub description: String,
    /// The actor who is the source, when one is recorded.
    #[serde(default)]
    pub actor_id: Option<String>,
    /// How reliable it is judged to be.
    pub reliability: Reliability,
    /// When it was obtained (YYYY-MM-DD).
    #[serde(default)]
    pub obtained_on: Option<String>,
}

/// Where the case was sent, and what followed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Submission {
    /// Stable identifier within the incident.
    pub id: String,
    /// To whom (OHCHR reprisals team, a Special Procedure mandate…).
    pub recipient: String,
    /// When it was sent (YYYY-MM-DD).
    #[serde(default)]
    pub date_sent: Option<String>,
    /// Reference given by the recipient or used in the letter.
    #[serde(default)]
    pub reference: String,
    /// When a response was received (YYYY-MM-DD).
    #[serde(default)]
    pub response_received: Option<String>,
    /// What the response said.
    #[serde(default)]
    pub response_summary: String,
    /// What to do next.
    #[serde(default)]
    pub next_step: String,
    /// When the next step is due (YYYY-MM-DD).
    #[serde(default)]
    pub next_step_due: Option<String>,
    /// SHA-256 of the files sent, when the export was made by Tadamun.
    #[serde(default, deserialize_with = "capped_list")]
    pub file_hashes: Vec<String>,
}
