//! The acts of a case: each with its victim and perpetrators shown as they appear, and left
//! out whole when one of them does not.

use super::case::{Case, CaseText};
use super::{ActOut, Clean};
use crate::records::ActField;

/// The acts. An act done to or by someone who does not appear is left out whole: its date,
/// authority, case number or place would point to them. Returns the acts, how many were
/// left out, and how many lost their case number or place of detention.
pub(super) fn acts_out(case: &Case<'_>, text: &mut CaseText<'_>) -> (Vec<ActOut>, usize, usize) {
    let ctx = case.ctx;
    let keep_conf = case.profile.keep_confidential_fields;
    let mut acts = Vec::new();
    let mut acts_left_out = 0_usize;
    let mut pointing_left_out = 0_usize;
    if !case.carries("act_types") {
        return (acts, 0, 0);
    }
    for act in &case.incident.acts {
        let f = |x: ActField| act.confidential.contains(&x);
        let (Some(victim), Some(perpetrators)) = (
            case.labels.get(act.victim_id.as_str()),
            act.perpetrator_ids
                .iter()
                .map(|p| case.labels.get(p.as_str()).cloned())
                .collect::<Option<Vec<Clean>>>(),
        ) else {
            acts_left_out += 1;
            continue;
        };
        let legal = case.carries("legal_basis");
        let detention = case.carries("detention");
        let sea = case.carries("sea_rescue");
        // A case number or a place of detention identifies a person to the State as surely
        // as their name: only with people who are named (or for the legal team).
        let all_named = std::iter::once(&act.victim_id)
            .chain(&act.perpetrator_ids)
            .all(|p| case.named(p) || case.official(p));
        let pointing = keep_conf || all_named;
        if !pointing
            && (!act.case_number.trim().is_empty() || !act.detention_place.trim().is_empty())
        {
            pointing_left_out += 1;
        }
        let date = text.date(&act.date, "act_date");
        let description = text.clean(&act.description);
        let description = text.conf(f(ActField::Description), "act_description", description);
        let legal_basis = if legal {
            text.clean(&act.legal_basis)
        } else {
            None
        };
        let authority = if legal {
            let a = text.clean(&act.authority);
            text.conf(f(ActField::Authority), "authority", a)
        } else {
            None
        };
        let case_number = if legal && pointing {
            let n = text.clean(&act.case_number);
            text.conf(f(ActField::CaseNumber), "case_number", n)
        } else {
            None
        };
        let detention_place = if detention && pointing {
            let p = text.clean(&act.detention_place);
            text.conf(f(ActField::DetentionPlace), "detention_place", p)
        } else {
            None
        };
        let fine = if sea { text.clean(&act.fine) } else { None };
        acts.push(ActOut {
            act_type: ctx.term("incident_type", &act.act_type),
            victim: victim.clone(),
            perpetrators: if case.carries("perpetrators") {
                perpetrators
            } else {
                Vec::new()
            },
            date,
            description,
            legal_basis,
            authority,
            case_number,
            detention_place,
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
            fine,
            vessel_detention_days: act.vessel_detention_days.filter(|_| sea),
        });
    }
    (acts, acts_left_out, pointing_left_out)
}
