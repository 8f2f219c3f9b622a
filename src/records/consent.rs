//! Where a case stands on consent: whether everyone it names has agreed to be named, and to whom.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::*;

/// Whether the people involved have given consent, as the list shows and filters it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ConsentState {
    /// No person (other than alleged perpetrators) is recorded.
    NoPeople,
    /// Someone has no consent recorded, or withdrew it.
    Missing,
    /// Everyone has consent recorded, but someone only for internal use (level 0).
    InternalOnly,
    /// Everyone allows at least de-identified use by the UN (level 1 or more).
    Complete,
}

impl ConsentState {
    /// The stable code stored and used in filters.
    pub fn code(self) -> &'static str {
        match self {
            Self::NoPeople => "no_people",
            Self::Missing => "missing",
            Self::InternalOnly => "internal_only",
            Self::Complete => "complete",
        }
    }

    fn from_code(code: &str) -> Self {
        match code {
            "missing" => Self::Missing,
            "internal_only" => Self::InternalOnly,
            "complete" => Self::Complete,
            _ => Self::NoPeople,
        }
    }
}

/// The consent state of an incident.
pub fn consent_state(incident: &Incident, actors: &HashMap<String, Actor>) -> ConsentState {
    let mut people = 0;
    let mut any_internal = false;
    let mut seen = HashSet::new();
    for inv in &incident.involvements {
        if inv.role == "alleged_perpetrator" || !seen.insert(inv.actor_id.as_str()) {
            continue;
        }
        if actors.get(&inv.actor_id).map(|a| a.kind) != Some(ActorKind::Person) {
            continue;
        }
        people += 1;
        match validate::current_consent(incident, &inv.actor_id) {
            None => return ConsentState::Missing,
            Some(r) if r.revoked_at.is_some() => return ConsentState::Missing,
            Some(r) if r.level == 0 => any_internal = true,
            Some(_) => {}
        }
    }
    match (people, any_internal) {
        (0, _) => ConsentState::NoPeople,
        (_, true) => ConsentState::InternalOnly,
        _ => ConsentState::Complete,
    }
}

pub(crate) fn consent_state_from_code(code: &str) -> ConsentState {
    ConsentState::from_code(code)
}
