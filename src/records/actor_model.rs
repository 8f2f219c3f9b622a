//! The record types for who is involved: actors (people, organisations, vessels, aircraft,
//! State bodies) and the consent each person gave. Part of the interchange format, like
//! [`super::model`].

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::model::capped_list;

/// What kind of actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A person.
    Person,
    /// An association, NGO, company or group.
    Organisation,
    /// A ship.
    Vessel,
    /// An aeroplane (a reconnaissance aircraft, for example).
    Aircraft,
    /// A State institution: a ministry, a police unit, a court, a port authority.
    StateBody,
}

impl ActorKind {
    /// The stable code stored.
    pub fn code(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Organisation => "organisation",
            Self::Vessel => "vessel",
            Self::Aircraft => "aircraft",
            Self::StateBody => "state_body",
        }
    }
}

/// Actor fields that can be flagged confidential. Contact details are always confidential.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ActorField {
    /// The name.
    Name,
    /// Other names and spellings.
    OtherNames,
    /// Gender.
    Gender,
    /// Age or birth year.
    Age,
    /// Nationality.
    Nationality,
    /// Occupation or title.
    Occupation,
    /// Their human-rights or solidarity work.
    Work,
    /// Registration (vessel, aircraft, organisation).
    Registration,
}

/// A person, organisation, vessel, aircraft or State body. One actor can appear in many
/// incidents; names are the most sensitive data in the vault.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// Stable identifier (a random UUID when created here).
    pub id: String,
    /// What kind of actor.
    pub kind: ActorKind,
    /// The name (a person's full name, a ship's name, a unit's name).
    pub name: String,
    /// Other names, spellings and transliterations (also replaced when sanitising).
    #[serde(default, deserialize_with = "capped_list")]
    pub other_names: Vec<String>,
    /// A person's gender, as they describe it.
    #[serde(default)]
    pub gender: String,
    /// A person's age when the incident happened.
    #[serde(default)]
    pub age: Option<u16>,
    /// A person's birth year.
    #[serde(default)]
    pub birth_year: Option<u16>,
    /// Nationality (persons) or country (organisations, State bodies): ISO 3166-1 alpha-2.
    #[serde(default)]
    pub nationality: Option<String>,
    /// Occupation, function or title (captain, lawyer, director; a State agent's rank).
    #[serde(default)]
    pub occupation: String,
    /// The human-rights or solidarity work they do; for an organisation, its nature and scope.
    #[serde(default)]
    pub work: String,
    /// A vessel's or aircraft's flag State: ISO 3166-1 alpha-2.
    #[serde(default)]
    pub flag_state: Option<String>,
    /// Registration: IMO number, call sign, aircraft registration, organisation number.
    #[serde(default)]
    pub registration: String,
    /// How to reach them safely. Always confidential: never leaves the vault except on a
    /// cover sheet the user asks for.
    #[serde(default)]
    pub contact: String,
    /// Other things that identify them: licence plates, addresses, workplaces, nicknames,
    /// account handles. Never exported as fields; withheld from free text like their names.
    #[serde(default, deserialize_with = "capped_list")]
    pub identifiers: Vec<String>,
    /// Fields flagged confidential.
    #[serde(default, deserialize_with = "capped_list")]
    pub confidential: Vec<ActorField>,
    /// When the record was created (RFC 3339, UTC).
    #[serde(default)]
    pub created_at: String,
    /// When the record was last saved (RFC 3339, UTC).
    #[serde(default)]
    pub updated_at: String,
}

impl Actor {
    /// An actor with only an identifier, a kind and a name.
    pub fn new(id: impl Into<String>, kind: ActorKind, name: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            kind,
            name: name.into(),
            other_names: Vec::new(),
            gender: String::new(),
            age: None,
            birth_year: None,
            nationality: None,
            occupation: String::new(),
            work: String::new(),
            flag_state: None,
            registration: String::new(),
            contact: String::new(),
            identifiers: Vec::new(),
            confidential: Vec::new(),
            created_at: String::new(),
            updated_at: String::new(),
        }
    }
}

/// How a person consenting at level 3 wants to be named in public.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum NameForm {
    /// Their full name.
    FullName,
    /// Their initials.
    Initials,
    /// A description that does not identify them ("a woman human rights defender").
    AnonymousDescription,
}

/// Who gave consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ConsentGiver {
    /// The person themself.
    Person,
    /// Their family.
    Family,
    /// Their legal representative.
    LegalRepresentative,
}

/// How consent was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ConsentMethod {
    /// Spoken.
    Oral,
    /// In writing.
    Written,
}

/// One consent decision, dated and revocable. Levels are cumulative:
/// 0 internal only · 1 UN, de-identified · 2 UN may name the person to the Government ·
/// 3 UN may publish (as `name_form`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ConsentRecord {
    /// The person (or organisation) consenting: an actor involved in the incident.
    pub actor_id: String,
    /// 0 to 3.
    pub level: u8,
    /// For level 3: how the person chose to be named in public.
    #[serde(default)]
    pub name_form: Option<NameForm>,
    /// For `anonymous_description`: the description to use.
    #[serde(default)]
    pub anonymous_description: String,
    /// Who consented.
    pub given_by: ConsentGiver,
    /// Whether the risks were explained before consent was given.
    pub risks_explained: bool,
    /// When (YYYY-MM-DD).
    pub date: String,
    /// Oral or written.
    pub method: ConsentMethod,
    /// Who recorded it.
    #[serde(default)]
    pub recorded_by: String,
    /// The use it covers, in the person's words if possible.
    #[serde(default)]
    pub purpose: String,
    /// When it was withdrawn (YYYY-MM-DD); from then on nothing about the person leaves.
    #[serde(default)]
    pub revoked_at: Option<String>,
    /// Arrived in a file from another vault for a person this vault already knew: it does
    /// not count until someone confirms it here (a file must not be able to raise the
    /// consent of a person this vault documents).
    #[serde(default)]
    pub unconfirmed_import: bool,
}
