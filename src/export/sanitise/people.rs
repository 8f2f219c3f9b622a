//! Who appears in a case, and how: named, as they chose (initials, a description), under a
//! pseudonym, or not at all. This is where consent decides; everything after follows it.

use std::collections::HashMap;

use super::case::{Case, CaseText};
use super::{coarsen_day, finding, initials, Ctx, Shown};
use super::{ConsentOut, CoverSheet, PersonOut, TermOut};
use crate::export::types::{params, Finding, Note, NoteKind, Params};
use crate::records::validate::current_consent;
use crate::records::{Actor, ActorField, ActorKind, DatePrecision, Incident, NameForm};

/// The people of one case and how each appears.
pub(super) struct Cast<'a> {
    /// The involved actors, in the order they were first involved.
    pub order: Vec<&'a str>,
    /// The roles of each involved actor.
    pub roles: HashMap<&'a str, Vec<&'a str>>,
    /// How each involved actor appears.
    pub shown: HashMap<&'a str, Shown>,
    /// Why the whole case is left out (a victim who may not appear), if it is.
    /// Why the case is left out (English, and the values for a translation), if it is.
    pub left_out_reason: Option<(String, Params)>,
    /// Notes for the preview, kept only if the case is written.
    pub notes: Vec<Note>,
    /// Warnings for the preview, kept only if the case is written.
    pub warnings: Vec<Finding>,
}

/// Involved only as an alleged perpetrator (an official, a unit): not gated by consent, and
/// described by title even when not named.
pub(super) fn only_perpetrator(roles: &HashMap<&str, Vec<&str>>, id: &str) -> bool {
    roles
        .get(id)
        .is_some_and(|r| r.iter().all(|r| *r == "alleged_perpetrator"))
}

/// Decides how each actor involved in `incident` appears to the profile's recipient.
pub(super) fn cast<'a>(
    ctx: &mut Ctx<'_>,
    incident: &'a Incident,
    actors: &HashMap<&'a str, &'a Actor>,
    number: i64,
    case_no: u32,
) -> Cast<'a> {
    let profile = ctx.profile;
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

    let mut shown: HashMap<&str, Shown> = HashMap::new();
    let mut left_out_reason: Option<(String, Params)> = None;
    let mut notes = Vec::new();
    let mut warnings = Vec::new();
    for id in &order {
        let Some(actor) = actors.get(id) else {
            continue;
        };
        let actor_roles = roles.get(id).cloned().unwrap_or_default();
        let is_victim = actor_roles.contains(&"victim");
        let perpetrator_only = only_perpetrator(&roles, id);
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
                None => Shown::Removed(
                    if current_consent(incident, &actor.id).is_some() {
                        "consent_withdrawn"
                    } else {
                        "no_consent"
                    },
                    None,
                ),
                Some(c) if c.level < profile.include_min_level => {
                    Shown::Removed("consent_level", Some(c.level))
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
                                )).with([("who", actor.name.clone())]));
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
                    code: "name_confidential".to_owned(),
                    params: params([("who", actor.name.clone())]),
                });
                Shown::Pseudonym(ctx.pseudonym(actor))
            }
            d => d,
        };
        match &decision {
            Shown::Removed(why_code, level) => {
                let why = match (*why_code, level) {
                    ("consent_withdrawn", _) => "consent was withdrawn".to_owned(),
                    (_, Some(level)) => format!("their consent is level {level}"),
                    _ => "no consent is recorded".to_owned(),
                };
                let values = params([
                    ("who", actor.name.clone()),
                    ("roles", actor_roles.join(",")),
                    ("why", (*why_code).to_owned()),
                    ("level", level.map(|l| l.to_string()).unwrap_or_default()),
                ]);
                if is_victim && left_out_reason.is_none() {
                    left_out_reason = Some((
                        format!(
                            "{} is a victim and {why}: the case is not sent to this recipient.",
                            actor.name
                        ),
                        values.clone(),
                    ));
                }
                notes.push(Note {
                    case: Some(case_no),
                    kind: NoteKind::Removed,
                    shown_as: ctx.withheld.clone(),
                    detail: format!("{} ({role_words}) does not appear: {why}.", actor.name),
                    code: "person_removed".to_owned(),
                    params: values.clone(),
                });
                if !is_victim {
                    warnings.push(finding(case_no, number, "person_left_out", format!(
                        "{} ({role_words}) does not appear because {why}. If they agreed to more, record it on the Consent step.",
                        actor.name
                    )).with_params(values));
                }
            }
            Shown::Pseudonym(p) => {
                let level = current_consent(incident, &actor.id).map_or(0, |c| c.level);
                let (detail, code) = if perpetrator_only {
                    (
                        format!(
                            "{} — individual alleged perpetrators are not named to this recipient",
                            actor.name
                        ),
                        "perpetrator_not_named",
                    )
                } else {
                    (
                        format!("{} — name withheld: consent level {level}", actor.name),
                        "pseudonymised",
                    )
                };
                notes.push(Note {
                    case: Some(case_no),
                    kind: NoteKind::Pseudonymised,
                    shown_as: p.clone(),
                    detail,
                    code: code.to_owned(),
                    params: params([("who", actor.name.clone()), ("level", level.to_string())]),
                });
            }
            Shown::AsChosen(label) => notes.push(Note {
                case: Some(case_no),
                kind: NoteKind::NamedAsChosen,
                shown_as: label.clone(),
                detail: format!("{} — named as they chose for publication", actor.name),
                code: "named_as_chosen".to_owned(),
                params: params([("who", actor.name.clone())]),
            }),
            Shown::Named => {}
        }
        shown.insert(id, decision);
    }
    Cast {
        order,
        roles,
        shown,
        left_out_reason,
        notes,
        warnings,
    }
}

/// The people of the case, victims first, and their order. A kind of person the profile
/// does not carry is not in the report at all. Contacts of named people go to the cover
/// sheet.
pub(super) fn people_out<'a>(
    case: &Case<'a>,
    text: &mut CaseText<'_>,
    cover: &mut CoverSheet,
) -> (Vec<PersonOut>, Vec<&'a str>) {
    let ctx = case.ctx;
    let incident = case.incident;
    let mut people_order: Vec<&str> = case
        .cast
        .order
        .iter()
        .copied()
        .filter(|id| case.labels.contains_key(id))
        .filter(|id| match case.rank(id) {
            0 => case.carries("victims"),
            1 => case.carries("perpetrators"),
            _ => !case.is_craft(id) || case.carries("sea_rescue"),
        })
        .collect();
    people_order.sort_by_key(|id| case.rank(id));
    let keep_conf = case.profile.keep_confidential_fields;
    let mut people = Vec::new();
    for id in &people_order {
        let (Some(actor), Some(label)) = (case.actors.get(id), case.labels.get(id)) else {
            continue;
        };
        let named = case.named(id);
        // Someone shown by pseudonym appears with their role only: what they did, their
        // title or their work could point to them. An unnamed official is still described
        // ("police commander"): that is what the UN needs to know about a perpetrator.
        let official = case.official(id);
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
            .filter(|_| case.carries("perpetrators"))
            .map(|c| ctx.term("state_link", c));
        let person_roles: Vec<TermOut> = case
            .cast
            .roles
            .get(id)
            .cloned()
            .unwrap_or_default()
            .iter()
            .map(|r| ctx.term("role", r))
            .collect();
        let label_clean = if named {
            text.conf(af(ActorField::Name), "name", Some(label.clone()))
                .unwrap_or_else(|| label.clone())
        } else {
            label.clone()
        };
        let detail = named;
        let craft = case.carries("sea_rescue");
        let gender = if detail {
            let g = text.clean(&actor.gender);
            text.conf(af(ActorField::Gender), "gender", g)
        } else {
            None
        };
        let occupation = if detail || official {
            let o = text.clean(&actor.occupation);
            text.conf(af(ActorField::Occupation), "occupation", o)
        } else {
            None
        };
        let work = if detail && case.carries("victim_work") {
            let w = text.clean(&actor.work);
            text.conf(af(ActorField::Work), "work", w)
        } else {
            None
        };
        let description = if detail || official {
            text.clean(&descriptions.join("\n"))
        } else {
            None
        };
        // A vessel's flag and registration narrow down which ship it is: only for named
        // ones, and only to recipients that take the sea-rescue details.
        let registration = if detail && craft {
            let r = text.clean(&actor.registration);
            text.conf(af(ActorField::Registration), "registration", r)
        } else {
            None
        };
        people.push(PersonOut {
            label: label_clean,
            named,
            kind: ctx.kind_term(actor.kind),
            roles: person_roles,
            gender,
            age: if detail && (!af(ActorField::Age) || keep_conf) {
                actor.age
            } else {
                None
            },
            nationality: if detail && (!af(ActorField::Nationality) || keep_conf) {
                ctx.country(actor.nationality.as_deref())
            } else {
                None
            },
            occupation,
            work,
            description,
            state_link,
            flag_state: if detail && craft {
                ctx.country(actor.flag_state.as_deref())
            } else {
                None
            },
            registration,
        });
        if detail
            && case.profile.cover_sheet
            && !actor.contact.trim().is_empty()
            && actor.kind != ActorKind::StateBody
        {
            cover.contacts.push(super::ContactOut {
                case: case.case_no,
                person: label.clone(),
                contact: text.for_cover_sheet(&actor.contact),
            });
        }
    }
    (people, people_order)
}

/// The consent in force of each person who appears (when the profile carries it), with its
/// date no more precise than the case's dates.
pub(super) fn consent_out(
    case: &Case<'_>,
    people_order: &[&str],
    date_precision: DatePrecision,
) -> Vec<ConsentOut> {
    let ctx = case.ctx;
    let mut consent = Vec::new();
    for id in people_order.iter().filter(|_| case.carries("consent")) {
        let Some(c) = current_consent(case.incident, id).filter(|c| c.revoked_at.is_none()) else {
            continue;
        };
        let Some(label) = case.labels.get(id) else {
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
    consent
}
