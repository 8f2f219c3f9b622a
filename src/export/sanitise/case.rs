//! One case, written for one recipient: its text cleaned with this case's decisions, its
//! places and dates made no more precise than allowed, and its people, acts, UN links and
//! consent as the profile carries them.

use std::collections::HashMap;

use super::people::{self, only_perpetrator, Cast};
use super::{
    acts, attachments, coarsen_date, cover, findings, precision_rank, urgency_code, Clean, Ctx,
    Seal, Shown,
};
use super::{CaseOut, CoverSheet, DateOut, Input, Sanitised, UnLinkOut};
use crate::export::profile::Profile;
use crate::export::redact::{Decision, NameIndex, Rules};
use crate::export::types::{ExportRequest, LeftOut};
use crate::records::{Actor, ActorKind, DatePrecision, Incident, IncidentField, PartialDate};

/// What every part of a case is written from: the record, who appears and how, and the
/// label each appearing actor is shown by.
pub(super) struct Case<'a> {
    pub ctx: &'a Ctx<'a>,
    pub profile: &'a Profile,
    pub input: &'a Input,
    pub incident: &'a Incident,
    pub number: i64,
    pub case_no: u32,
    pub actors: HashMap<&'a str, &'a Actor>,
    pub cast: Cast<'a>,
    /// The cleaned label of each actor who appears.
    pub labels: HashMap<&'a str, Clean>,
    /// Position in the name index → actor id, for the actors of this case.
    pub by_pos: HashMap<usize, &'a str>,
}

impl Case<'_> {
    /// Whether the profile carries a field.
    pub fn carries(&self, field: &str) -> bool {
        self.profile.need(field).is_some()
    }

    /// An official: a State body, or someone involved only as an alleged perpetrator. Not
    /// gated by consent, and described by title even when not named.
    pub fn official(&self, id: &str) -> bool {
        self.actors
            .get(id)
            .is_some_and(|a| a.kind == ActorKind::StateBody)
            || only_perpetrator(&self.cast.roles, id)
    }

    /// Whether the actor appears under their own name.
    pub fn named(&self, id: &str) -> bool {
        matches!(self.cast.shown.get(id), Some(Shown::Named))
    }

    /// Victims first, then alleged perpetrators, then the others.
    pub fn rank(&self, id: &str) -> u8 {
        let r = self.cast.roles.get(id).cloned().unwrap_or_default();
        if r.contains(&"victim") {
            0
        } else if r.contains(&"alleged_perpetrator") {
            1
        } else {
            2
        }
    }

    /// A vessel or an aircraft.
    pub fn is_craft(&self, id: &str) -> bool {
        self.actors
            .get(id)
            .is_some_and(|a| matches!(a.kind, ActorKind::Vessel | ActorKind::Aircraft))
    }

    /// What the name index does with an actor's names in this case's text.
    pub fn decide(&self, pos: usize) -> Decision {
        let withheld = &self.ctx.withheld;
        let Some(id) = self.by_pos.get(&pos) else {
            return Decision::Replace(withheld.clone());
        };
        match self.cast.shown.get(id) {
            Some(Shown::Named) => Decision::Named,
            Some(Shown::AsChosen(_) | Shown::Pseudonym(_)) => Decision::Replace(
                self.labels
                    .get(id)
                    .map_or_else(|| withheld.clone(), |l| l.as_str().to_owned()),
            ),
            Some(Shown::Removed(..)) | None => Decision::Replace(withheld.clone()),
        }
    }
}

/// Cleans this case's free text, and remembers what it changed, for the notes.
pub(super) struct CaseText<'a> {
    index: &'a NameIndex,
    rules: Rules<'a>,
    cover_rules: Rules<'a>,
    mark: String,
    keep_conf: bool,
    date_precision: DatePrecision,
    /// Actors (positions in the name index) whose names were replaced in the text.
    pub in_text: Vec<usize>,
    /// Confidential fields left out.
    /// Codes of the confidential fields left out (`authority`, `place`… see [`field_words`]).
    pub removed_fields: Vec<&'static str>,
    /// What was made less precise.
    /// What was made less precise: a field code, and the precision it was given to
    /// (`month`, `year`, `day`, or `country` for a place).
    pub coarsened: Vec<(&'static str, &'static str)>,
}

impl<'a> CaseText<'a> {
    fn new(
        ctx: &'a Ctx<'a>,
        decide: &'a dyn Fn(usize) -> Decision,
        date_precision: DatePrecision,
    ) -> Self {
        let rules = Rules {
            decide,
            withheld: &ctx.withheld,
            identifier: &ctx.identifier,
            contacts_of_named: false,
        };
        let cover_rules = Rules {
            contacts_of_named: true,
            ..rules
        };
        Self {
            index: &ctx.index,
            rules,
            cover_rules,
            mark: ctx.labels.get("confidential_mark").to_owned(),
            keep_conf: ctx.profile.keep_confidential_fields,
            date_precision,
            in_text: Vec::new(),
            removed_fields: Vec::new(),
            coarsened: Vec::new(),
        }
    }

    /// Free text with every name of anyone not named replaced; `None` when empty.
    pub fn clean(&mut self, text: &str) -> Option<Clean> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        let (cleaned, replaced) = self.index.redact(text, &self.rules);
        for r in replaced {
            if !self.in_text.contains(&r.actor) {
                self.in_text.push(r.actor);
            }
        }
        Some(Clean::new(cleaned))
    }

    /// Text for the confidential cover sheet, where the contacts of named people may stay.
    pub fn for_cover_sheet(&self, text: &str) -> Clean {
        Clean::new(self.index.redact(text.trim(), &self.cover_rules).0)
    }

    /// A confidential field: dropped, or kept with a mark for the legal team.
    pub fn conf(
        &mut self,
        flagged: bool,
        what: &'static str,
        value: Option<Clean>,
    ) -> Option<Clean> {
        match (flagged, value) {
            (_, None) => None,
            (false, v) => v,
            (true, Some(v)) if self.keep_conf => Some(Clean::new(format!("{} {}", self.mark, v.0))),
            (true, Some(_)) => {
                self.removed_fields.push(what);
                None
            }
        }
    }

    /// A date made no more precise than allowed in this case.
    pub fn date(&mut self, d: &Option<PartialDate>, what: &'static str) -> Option<DateOut> {
        let (out, was) = coarsen_date(d.as_ref()?, self.date_precision);
        if was {
            self.coarsened.push((
                what,
                match self.date_precision {
                    DatePrecision::Month => "month",
                    DatePrecision::Year => "year",
                    _ => "day",
                },
            ));
        }
        Some(out)
    }
}

/// The label of each actor who appears, cleaned. An anonymous description is typed text and
/// may name someone else: it is cleaned with every other label shown as "[name withheld]",
/// so no typed label can bring a name back in.
fn clean_labels<'a>(
    ctx: &Ctx<'_>,
    cast: &Cast<'a>,
    actors: &HashMap<&'a str, &'a Actor>,
    by_pos: &HashMap<usize, &'a str>,
) -> HashMap<&'a str, Clean> {
    let label_decide = |pos: usize| -> Decision {
        match by_pos.get(&pos).and_then(|id| cast.shown.get(id)) {
            Some(Shown::Named) => Decision::Named,
            _ => Decision::Replace(ctx.withheld.clone()),
        }
    };
    let label_rules = Rules {
        decide: &label_decide,
        withheld: &ctx.withheld,
        identifier: &ctx.identifier,
        contacts_of_named: false,
    };
    let mut labels = HashMap::new();
    for id in &cast.order {
        let label = match cast.shown.get(id) {
            Some(Shown::Named) => actors.get(id).map(|a| a.name.clone()),
            Some(Shown::AsChosen(l) | Shown::Pseudonym(l)) => Some(l.clone()),
            Some(Shown::Removed(..)) | None => None,
        };
        if let Some(l) = label {
            let (cleaned, _) = ctx.index.redact(&l, &label_rules);
            labels.insert(*id, Clean::new(cleaned));
        }
    }
    labels
}

/// Writes one case into `out` (and its contacts and sources into `cover`), or records why it
/// is left out.
pub(super) fn sanitise_case(
    ctx: &mut Ctx<'_>,
    out: &mut Sanitised,
    cover: &mut CoverSheet,
    input: &Input,
    request: &ExportRequest,
) {
    let incident: &Incident = &input.view.incident;
    let number = input.view.number;
    let actors: HashMap<&str, &Actor> = input
        .view
        .actors
        .iter()
        .map(|a| (a.id.as_str(), a))
        .collect();
    let case_no = u32::try_from(out.report.cases.len() + 1).unwrap_or(u32::MAX);

    let mut cast = people::cast(ctx, incident, &actors, number, case_no);
    if let Some((reason, params)) = cast.left_out_reason.take() {
        out.left_out.push(LeftOut {
            incident_id: incident.id.clone(),
            number,
            title: incident.title.clone(),
            reason,
            reason_code: "victim_left_out".to_owned(),
            params,
        });
        // Its notes and warnings are about a case that will not be written. Pseudonyms it
        // reserved stay reserved: a later case uses the same one for the same actor.
        return;
    }
    out.notes.append(&mut cast.notes);
    out.warnings.append(&mut cast.warnings);
    for (id, how) in &cast.shown {
        match how {
            Shown::Named => {
                if let Some(pos) = ctx.actor_pos.get(*id) {
                    ctx.named_anywhere.insert(*pos);
                }
            }
            Shown::Pseudonym(_) => ctx.any_pseudonym = true,
            Shown::AsChosen(_) | Shown::Removed(..) => {}
        }
    }
    let ctx: &Ctx<'_> = ctx;
    let profile = ctx.profile;
    // A published report must not let an unnamed person be recognised by where and when:
    // if anyone in the case is not named, places and dates are coarsened further.
    let unnamed_here = cast
        .shown
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
    let by_pos: HashMap<usize, &str> = cast
        .order
        .iter()
        .filter_map(|id| ctx.actor_pos.get(*id).map(|p| (*p, *id)))
        .collect();
    let labels = clean_labels(ctx, &cast, &actors, &by_pos);
    let case = Case {
        ctx,
        profile,
        input,
        incident,
        number,
        case_no,
        actors,
        cast,
        labels,
        by_pos,
    };
    let decide = |pos: usize| case.decide(pos);
    let mut text = CaseText::new(ctx, &decide, date_precision);

    let flagged = |f: IncidentField| incident.confidential.contains(&f);
    let title = text
        .clean(&incident.title)
        .unwrap_or_else(|| Clean::new(String::new()));
    let narrative = text.clean(&incident.narrative);
    let narrative = text.conf(flagged(IncidentField::Narrative), "account", narrative);
    let current_situation = text.clean(&incident.current_situation);
    let current_situation = text.conf(
        flagged(IncidentField::CurrentSituation),
        "current_situation",
        current_situation,
    );
    let domestic_remedies = text.clean(&incident.domestic_remedies);
    let domestic_remedies = text.conf(
        flagged(IncidentField::DomesticRemedies),
        "domestic_remedies",
        domestic_remedies,
    );
    let place = match &incident.place {
        Some(p) if precision_rank(p.precision) < precision_rank(place_precision) => {
            text.coarsened.push(("place", "country"));
            None
        }
        Some(p) => {
            let name = text.clean(&p.name);
            text.conf(flagged(IncidentField::Place), "place", name)
        }
        None => None,
    };
    let start = text.date(&incident.start, "start_date");
    let end = text.date(&incident.end, "end_date");

    let (people, people_order) = people::people_out(&case, &mut text, cover);
    let (acts, acts_left_out, pointing_left_out) = acts::acts_out(&case, &mut text);
    let mut un_links = Vec::new();
    if case.carries("un_link") {
        for link in &incident.un_links {
            un_links.push(UnLinkOut {
                mechanism: ctx.term("un_mechanism", &link.mechanism),
                body: text.clean(&link.body),
                form: ctx.term("cooperation_form", &link.form),
                date: text.date(&link.date, "un_cooperation_date"),
                reference: text.clean(&link.reference),
            });
        }
    }
    let consent = people::consent_out(&case, &people_order, date_precision);
    let sources_left_out = cover::sources(&case, &text, cover);
    let un_raised_reference = if case.carries("already_raised") {
        text.clean(&incident.un_raised_reference)
    } else {
        None
    };
    let attachment_notes = attachments::select(&case, &mut text, out);

    findings::notes_and_warnings(
        &case,
        &text,
        out,
        &findings::LeftOutCounts {
            acts: acts_left_out,
            pointing: pointing_left_out,
            sources: sources_left_out,
        },
        &people_order,
        attachment_notes,
    );
    findings::what_the_profile_needs(&case, out, &people, &people_order, request);

    out.report.cases.push(CaseOut {
        number: case_no,
        title,
        types: incident
            .types
            .iter()
            .filter(|_| case.carries("act_types"))
            .map(|t| ctx.term("incident_type", t))
            .collect(),
        start,
        end,
        ongoing: incident.ongoing,
        place,
        country: ctx.country(incident.country.as_deref()),
        narrative,
        current_situation,
        domestic_remedies: domestic_remedies.filter(|_| case.carries("domestic_remedies")),
        urgency: case
            .carries("urgency")
            .then(|| urgency_code(incident.urgency).to_owned()),
        people,
        acts,
        un_links,
        un_raised: incident
            .un_raised
            .filter(|_| case.carries("already_raised")),
        un_raised_reference,
        consent,
        seal: Seal,
    });
    out.incident_ids.push(incident.id.clone());
}

/// A field code of the notes in English words (the CLI's and the JSON preview's wording; the
/// app translates the code itself).
pub(crate) fn field_words(code: &str) -> &'static str {
    match code {
        "act_date" => "an act's date",
        "act_description" => "an act's description",
        "authority" => "an authority",
        "case_number" => "a case number",
        "detention_place" => "a place of detention",
        "account" => "account",
        "current_situation" => "current situation",
        "domestic_remedies" => "domestic remedies",
        "place" => "place",
        "start_date" => "the start date",
        "end_date" => "the end date",
        "un_cooperation_date" => "a UN cooperation date",
        "name" => "a name",
        "gender" => "gender",
        "occupation" => "occupation",
        "work" => "work",
        "registration" => "registration",
        _ => "a field",
    }
}
