//! Warnings: what a case still lacks (never blocking a save), and whose consent is in force.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::{Actor, ActorKind, DatePrecision, Incident};
use crate::vocab::Vocabularies;

/// A reason a case is not yet complete enough for a UN submission. Never blocks a save.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Warning {
    /// A stable code the UI translates (`no_un_link`, `no_consent`…).
    pub code: String,
    /// The explanation in plain English.
    pub message: String,
    /// The actor concerned, when there is one.
    pub actor_id: Option<String>,
    /// The values in the explanation (`who`: the actor's name), for a screen that says it in
    /// its own language.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(type = "Record<string, string>"))]
    pub params: std::collections::BTreeMap<String, String>,
}

/// Incident types that make a case a reprisal for cooperation (group A).
fn is_reprisal_type(vocab: &Vocabularies, code: &str) -> bool {
    vocab
        .term("incident_type", code)
        .and_then(|t| t.group.as_deref())
        == Some("reprisal_intimidation")
}

/// The consent record in force for an actor: their latest by date, if any.
pub fn current_consent<'a>(
    incident: &'a Incident,
    actor_id: &str,
) -> Option<&'a super::ConsentRecord> {
    // The latest by date, not the last in the list (an imported or hand-edited history may
    // be out of order); on the same day the one recorded later wins. Consent that arrived in
    // a file for a person this vault already knew counts only once confirmed here.
    incident
        .consent
        .iter()
        .enumerate()
        .filter(|(_, r)| r.actor_id == actor_id && !r.unconfirmed_import)
        .max_by(|(i, a), (j, b)| a.date.cmp(&b.date).then(i.cmp(j)))
        .map(|(_, r)| r)
}

/// What is still missing for a UN submission.
pub fn warnings(
    vocab: &Vocabularies,
    incident: &Incident,
    actors: &HashMap<String, Actor>,
) -> Vec<Warning> {
    let mut out = Vec::new();
    let mut warn = |code: &str, message: String, actor_id: Option<&str>| {
        let params = actor_id
            .and_then(|id| actors.get(id))
            .map(|a| [("who".to_owned(), a.name.clone())].into_iter().collect())
            .unwrap_or_default();
        out.push(Warning {
            code: code.to_owned(),
            message,
            actor_id: actor_id.map(str::to_owned),
            params,
        });
    };
    let reprisal = incident.types.iter().any(|t| is_reprisal_type(vocab, t));
    if incident.un_links.is_empty() && reprisal {
        warn(
            "no_un_link",
            "This is recorded as a reprisal, but no cooperation with the UN is linked to it. UN reprisal mechanisms need that link.".to_owned(),
            None,
        );
    }
    if incident.types.is_empty() {
        warn(
            "no_type",
            "No incident type is chosen yet.".to_owned(),
            None,
        );
    }
    match &incident.start {
        None => warn(
            "no_date",
            "No date is recorded. The UN needs at least the month and year.".to_owned(),
            None,
        ),
        Some(d) if d.precision == DatePrecision::Year => warn(
            "date_imprecise",
            "Only the year is known. The UN asks for at least the month and year.".to_owned(),
            None,
        ),
        Some(_) => {}
    }
    if incident.country.is_none() {
        warn(
            "no_country",
            "The country is not recorded.".to_owned(),
            None,
        );
    }
    if !incident
        .involvements
        .iter()
        .any(|i| i.role == "victim" || i.role == "affected_organisation")
    {
        warn(
            "no_victim",
            "No victim or affected organisation is recorded.".to_owned(),
            None,
        );
    }
    if incident.un_raised.is_none() && !incident.un_links.is_empty() {
        warn(
            "un_raised_unknown",
            "Say whether the case was already raised in an official UN document (the annual reprisals report asks).".to_owned(),
            None,
        );
    }
    let mut unconfirmed = HashSet::new();
    for r in incident.consent.iter().filter(|r| r.unconfirmed_import) {
        if let (true, Some(actor)) = (
            unconfirmed.insert(r.actor_id.as_str()),
            actors.get(&r.actor_id),
        ) {
            warn(
                "consent_unconfirmed",
                format!("Consent for {} came in an imported file, and this vault already knew them: it does not count until you confirm it on the Consent step.", actor.name),
                Some(&r.actor_id),
            );
        }
    }
    let mut warned = HashSet::new();
    for inv in &incident.involvements {
        if inv.role == "alleged_perpetrator" {
            continue;
        }
        let Some(actor) = actors.get(&inv.actor_id) else {
            continue;
        };
        if actor.kind != ActorKind::Person || !warned.insert(inv.actor_id.as_str()) {
            continue;
        }
        match current_consent(incident, &inv.actor_id) {
            None => warn(
                "no_consent",
                format!("No consent is recorded for {}: nothing about them can leave the vault.", actor.name),
                Some(&inv.actor_id),
            ),
            Some(r) if r.revoked_at.is_some() => warn(
                "consent_revoked",
                format!("{} withdrew consent: nothing about them can leave the vault.", actor.name),
                Some(&inv.actor_id),
            ),
            Some(r) if !r.risks_explained => warn(
                "risks_not_explained",
                format!("The consent of {} was recorded without the risks being explained. Explain them and record consent again.", actor.name),
                Some(&inv.actor_id),
            ),
            Some(_) => {}
        }
    }
    out
}
