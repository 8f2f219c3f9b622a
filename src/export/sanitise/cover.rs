//! The confidential cover sheet's part of a case: its sources (the contacts of named people
//! are added with the people, in `case`).

use super::case::{Case, CaseText};
use super::{reliability_code, source_code, CoverSheet, SourceOut};

/// Adds the case's sources to the cover sheet (when the profile has one). A source who does
/// not appear in the report is not on its cover sheet either. Returns how many were left out.
pub(super) fn sources(case: &Case<'_>, text: &CaseText<'_>, cover: &mut CoverSheet) -> usize {
    let mut left_out = 0_usize;
    if !case.profile.cover_sheet {
        return left_out;
    }
    let labels = &case.ctx.labels;
    for s in &case.incident.sources {
        if s.actor_id
            .as_deref()
            .is_some_and(|a| !case.labels.contains_key(a))
        {
            left_out += 1;
            continue;
        }
        let description = if s.description.trim().is_empty() {
            None
        } else {
            Some(text.for_cover_sheet(&s.description))
        };
        cover.sources.push(SourceOut {
            case: case.case_no,
            kind: labels
                .get(&format!("source_{}", source_code(s.kind)))
                .to_owned(),
            reliability: labels
                .get(&format!("reliability_{}", reliability_code(s.reliability)))
                .to_owned(),
            description,
            obtained_on: s.obtained_on.clone(),
        });
    }
    left_out
}
