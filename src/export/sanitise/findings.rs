//! What the preview says about a written case: what was changed or left out (notes), what
//! the preparer should check (warnings), and what the recipient needs that is missing
//! (blockers or warnings, as the profile says).

use std::collections::BTreeSet;

use super::case::field_words;
use super::case::{Case, CaseText};
use super::{finding, scripts, PersonOut, Sanitised, Shown};
use crate::export::profile::Need;
use crate::export::redact::Decision;
use crate::export::types::{params, ExportRequest, Note, NoteKind, Params};
use crate::records::validate::current_consent;
use crate::records::{ActorKind, DatePrecision};

/// How many of each kind of thing were left out of a case.
pub(super) struct LeftOutCounts {
    /// Acts done to or by someone who does not appear.
    pub acts: usize,
    /// Acts whose case number or place of detention was dropped.
    pub pointing: usize,
    /// Sources who do not appear.
    pub sources: usize,
}

fn note(case_no: u32, kind: NoteKind, detail: String, code: &str, params: Params) -> Note {
    Note {
        case: Some(case_no),
        kind,
        shown_as: String::new(),
        detail,
        code: code.to_owned(),
        params,
    }
}

/// The notes on what changed in the text and fields, and the warnings about names the
/// sanitiser may not be able to find.
pub(super) fn notes_and_warnings(
    case: &Case<'_>,
    text: &CaseText<'_>,
    out: &mut Sanitised,
    left_out: &LeftOutCounts,
    people_order: &[&str],
    attachment_notes: Vec<(&'static str, &'static str)>,
) {
    let case_no = case.case_no;
    let number = case.number;
    let incident = case.incident;
    for pos in &text.in_text {
        let who = case
            .by_pos
            .get(pos)
            .and_then(|id| case.actors.get(id))
            .map(|a| a.name.clone());
        let shown_as = match case.decide(*pos) {
            Decision::Replace(l) => l,
            Decision::Named => continue,
        };
        let (code, params) = match &who {
            Some(name) => ("name_in_text", params([("who", name.clone())])),
            None => ("name_in_text_other_case", Params::new()),
        };
        out.notes.push(Note {
            case: Some(case_no),
            kind: NoteKind::NameInText,
            shown_as,
            detail: format!(
                "{}: name replaced in the text",
                who.as_deref().unwrap_or("someone recorded in another case")
            ),
            code: code.to_owned(),
            params,
        });
    }
    for what in &text.removed_fields {
        out.notes.push(note(
            case_no,
            NoteKind::FieldRemoved,
            format!("Left out, marked confidential: {}", field_words(what)),
            "confidential_field",
            params([("field", (*what).to_owned())]),
        ));
    }
    for (what, precision) in &text.coarsened {
        let detail = if *precision == "country" {
            "Made less precise: the place (recorded more precisely than this recipient may receive; only the country is given)".to_owned()
        } else {
            format!(
                "Made less precise: {} (given to the {precision})",
                field_words(what)
            )
        };
        out.notes.push(note(
            case_no,
            NoteKind::Coarsened,
            detail,
            "coarsened",
            params([
                ("field", (*what).to_owned()),
                ("precision", (*precision).to_owned()),
            ]),
        ));
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
    .chain(
        case.input
            .attachments
            .iter()
            .map(|a| a.description.as_str()),
    )
    .collect::<Vec<&str>>()
    .join("\n");
    let text_scripts = scripts(&case_text);
    for id in &case.cast.order {
        let (Some(how), Some(actor)) = (case.cast.shown.get(id), case.actors.get(id)) else {
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
            )).with([
                ("scripts", missing.iter().map(|s| script_code(s)).collect::<Vec<_>>().join(",")),
                ("who", actor.name.clone()),
            ]));
        }
    }
    let counted = [
        (
            left_out.acts,
            NoteKind::Removed,
            "act(s) done to or by someone who does not appear, with all their details (date, description, authority, case number, place)",
            "Left out:",
            "acts_left_out",
        ),
        (
            left_out.pointing,
            NoteKind::FieldRemoved,
            "act(s) concerning someone who is not named (they would identify them)",
            "Left out: the case number and place of detention of",
            "identifying_act_details_left_out",
        ),
        (
            left_out.sources,
            NoteKind::Removed,
            "source(s) who do not appear in the report",
            "Left out of the cover sheet:",
            "sources_left_out",
        ),
    ];
    for (count, kind, what, lead, code) in counted {
        if count > 0 {
            out.notes.push(note(
                case_no,
                kind,
                format!("{lead} {count} {what}"),
                code,
                params([("count", count.to_string())]),
            ));
        }
    }
    if case.profile.keep_confidential_fields {
        // The legal-team profile names people who agreed only to de-identified use by the UN:
        // the file is for the organisation's own lawyers and must not go further.
        for id in people_order {
            if let (Some(Shown::Named), Some(c), Some(a)) = (
                case.cast.shown.get(id),
                current_consent(incident, id),
                case.actors.get(id),
            ) {
                if c.level == 1 {
                    out.warnings.push(finding(case_no, number, "named_at_level_1", format!(
                        "{} agreed only to de-identified use by the UN (level 1). This file names them because it is for your own legal team: keep it inside your organisation and send it encrypted.",
                        a.name
                    )).with([("who", a.name.clone())]));
                }
            }
        }
    }
    for (code, what) in attachment_notes {
        out.notes.push(note(
            case_no,
            NoteKind::Attachment,
            format!("Left out: {what}"),
            code,
            Params::new(),
        ));
    }
    if !incident.internal_notes.trim().is_empty() {
        out.notes.push(note(
            case_no,
            NoteKind::FieldRemoved,
            "Left out: internal notes (never exported)".to_owned(),
            "internal_notes_left_out",
            Params::new(),
        ));
    }
}

/// What the recipient needs that the case lacks: a blocker when the profile requires it, a
/// warning when it only asks for it.
pub(super) fn what_the_profile_needs(
    case: &Case<'_>,
    out: &mut Sanitised,
    people: &[PersonOut],
    people_order: &[&str],
    request: &ExportRequest,
) {
    let profile = case.profile;
    let incident = case.incident;
    let (case_no, number) = (case.case_no, case.number);
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
            && case
                .actors
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
        for id in people_order {
            if case.rank(id) == 0 {
                if let Some(c) = current_consent(incident, id) {
                    if !c.risks_explained {
                        let who = case.actors.get(id).map_or("A victim", |a| a.name.as_str());
                        out.blockers.push(finding(case_no, number, "risks_not_explained", format!(
                            "{who}'s consent was recorded without the risks being explained. The Secretary-General's report needs consent given after the risks were explained."
                        )).with([("who", who.to_owned())]));
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
}

/// The ISO 15924 code of a script named by [`super::scripts`] (a screen names it in its own
/// language from the code).
fn script_code(name: &str) -> &'static str {
    match name {
        "Latin" => "Latn",
        "Greek" => "Grek",
        "Cyrillic" => "Cyrl",
        "Armenian" => "Armn",
        "Hebrew" => "Hebr",
        "Arabic" => "Arab",
        "Devanagari" => "Deva",
        "Georgian" => "Geor",
        "Hangul" => "Hang",
        "Japanese kana" => "Kana",
        "Chinese" => "Hani",
        "Ethiopic" => "Ethi",
        "Thai" => "Thai",
        _ => "Zyyy",
    }
}
