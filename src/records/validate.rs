//! Checks a record before it is saved. Problems block the save and say which field is wrong;
//! warnings (an incomplete case) are shown but never block: a case is often recorded in a
//! hurry and completed later.

use std::collections::{BTreeSet, HashMap, HashSet};

use super::{Actor, ActorKind, DatePrecision, Incident, NameForm, PartialDate};
use crate::vocab::Vocabularies;

pub use crate::error::Problem;

pub use crate::limits::{MAX_ITEMS, MAX_LONG, MAX_SHORT, MAX_TITLE};

pub use super::countries::{countries, is_country, Country};
pub(crate) use super::dates::{date_key, parse_date, period_end, period_end_key};
pub use super::warnings::{current_consent, warnings, Warning};

struct Checker<'a> {
    vocab: &'a Vocabularies,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn text(&mut self, path: &str, value: &str, max: usize) {
        let len = value.chars().count();
        if len > max {
            self.problems.push(
                Problem::new(
                    path,
                    "too_long",
                    format!("This text is too long ({len} characters; at most {max})."),
                )
                .with([("len", len.to_string()), ("max", max.to_string())]),
            );
        }
        if value
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
        {
            self.problems.push(Problem::new(
                path,
                "control_characters",
                "This text contains invisible control characters. Remove them and save again.",
            ));
        }
    }

    fn items(&mut self, path: &str, n: usize) {
        if n > MAX_ITEMS {
            self.problems.push(
                Problem::new(
                    path,
                    "too_many",
                    format!("This list has {n} entries; at most {MAX_ITEMS} are allowed."),
                )
                .with([("count", n.to_string()), ("max", MAX_ITEMS.to_string())]),
            );
        }
    }

    fn id(&mut self, path: &str, id: &str) {
        let ok = !id.is_empty()
            && id.len() <= 64
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !ok {
            self.problems.push(Problem::new(
                path,
                "invalid_id",
                "An identifier must be 1 to 64 letters, digits, '-' or '_'.",
            ));
        }
    }

    fn country(&mut self, path: &str, code: Option<&str>) {
        if let Some(code) = code {
            if !is_country(code) {
                self.problems.push(Problem::new(
                    path,
                    "unknown_country",
                    format!("'{code}' is not an ISO 3166-1 country code (two capital letters, such as IT or TN)."),
                ).with([("value", code.to_string())]));
            }
        }
    }

    fn term(&mut self, path: &str, vocabulary: &str, code: &str) {
        if self.vocab.term(vocabulary, code).is_none() {
            self.problems.push(
                Problem::new(
                    path,
                    "unknown_term",
                    format!("'{code}' is not a known term of the {vocabulary} list."),
                )
                .with([("value", code.to_string())]),
            );
        }
    }

    fn partial_date(&mut self, path: &str, d: &PartialDate) {
        match parse_date(&d.date) {
            None => self.problems.push(Problem::new(
                path,
                "invalid_date",
                format!("'{}' is not a date. Write YYYY-MM-DD, YYYY-MM or YYYY (between 1900 and 2100).", d.date),
            ).with([("value", d.date.clone())])),
            Some((_, found)) => {
                if d.precision != DatePrecision::Approximate && d.precision != found {
                    self.problems.push(Problem::new(
                        path,
                        "date_precision_mismatch",
                        "The date does not match its precision: a day needs YYYY-MM-DD, a month YYYY-MM, a year YYYY.",
                    ));
                }
            }
        }
    }

    fn day(&mut self, path: &str, s: Option<&str>) -> Option<time::Date> {
        let s = s?;
        match parse_date(s) {
            Some((date, DatePrecision::Day)) => Some(date),
            _ => {
                self.problems.push(
                    Problem::new(
                        path,
                        "invalid_date",
                        format!("'{s}' is not a day. Write YYYY-MM-DD."),
                    )
                    .with([("value", s.to_string())]),
                );
                None
            }
        }
    }
}

/// Checks an actor on its own.
pub(crate) fn check_actor(vocab: &Vocabularies, actor: &Actor, path: &str) -> Vec<Problem> {
    let mut c = Checker {
        vocab,
        problems: Vec::new(),
    };
    c.id(&format!("{path}.id"), &actor.id);
    if actor.name.trim().is_empty() {
        c.problems.push(Problem::new(
            format!("{path}.name"),
            "required",
            "A name is needed. For someone whose name you do not know, write a description such as \"unidentified officer\".",
        ));
    }
    c.text(&format!("{path}.name"), &actor.name, MAX_SHORT);
    c.items(&format!("{path}.other_names"), actor.other_names.len());
    for (i, n) in actor.other_names.iter().enumerate() {
        c.text(&format!("{path}.other_names[{i}]"), n, MAX_SHORT);
    }
    c.items(&format!("{path}.identifiers"), actor.identifiers.len());
    for (i, n) in actor.identifiers.iter().enumerate() {
        c.text(&format!("{path}.identifiers[{i}]"), n, MAX_SHORT);
    }
    for (field, value, max) in [
        ("gender", &actor.gender, MAX_SHORT),
        ("occupation", &actor.occupation, MAX_SHORT),
        ("work", &actor.work, MAX_LONG),
        ("registration", &actor.registration, MAX_SHORT),
        ("contact", &actor.contact, MAX_LONG),
    ] {
        c.text(&format!("{path}.{field}"), value, max);
    }
    c.country(&format!("{path}.nationality"), actor.nationality.as_deref());
    c.country(&format!("{path}.flag_state"), actor.flag_state.as_deref());
    if actor.flag_state.is_some() && !matches!(actor.kind, ActorKind::Vessel | ActorKind::Aircraft)
    {
        c.problems.push(Problem::new(
            format!("{path}.flag_state"),
            "not_applicable",
            "Only a vessel or an aircraft has a flag State.",
        ));
    }
    if actor.kind == ActorKind::Person {
        if let Some(age) = actor.age {
            if age > 130 {
                c.problems.push(Problem::new(
                    format!("{path}.age"),
                    "out_of_range",
                    "An age must be between 0 and 130.",
                ));
            }
        }
        if let Some(y) = actor.birth_year {
            if !(1890..=2100).contains(&y) {
                c.problems.push(Problem::new(
                    format!("{path}.birth_year"),
                    "out_of_range",
                    "A birth year must be between 1890 and 2100.",
                ));
            }
        }
    } else if actor.age.is_some() || actor.birth_year.is_some() || !actor.gender.is_empty() {
        c.problems.push(Problem::new(
            format!("{path}.kind"),
            "not_applicable",
            "Age, birth year and gender are for persons only.",
        ));
    }
    c.problems
}

/// Checks an incident together with the actors it involves (`actors`, by id: those being
/// saved with it and those already stored). Returns every problem found.
pub(crate) fn check_incident(
    vocab: &Vocabularies,
    incident: &Incident,
    actors: &HashMap<String, ActorKind>,
) -> Vec<Problem> {
    let mut c = Checker {
        vocab,
        problems: Vec::new(),
    };
    c.id("id", &incident.id);
    if incident.title.trim().is_empty() {
        c.problems.push(Problem::new(
            "title",
            "required",
            "Give the incident a short title.",
        ));
    }
    c.text("title", &incident.title, MAX_TITLE);
    for (field, value) in [
        ("narrative", &incident.narrative),
        ("current_situation", &incident.current_situation),
        ("domestic_remedies", &incident.domestic_remedies),
        ("internal_notes", &incident.internal_notes),
    ] {
        c.text(field, value, MAX_LONG);
    }
    c.text(
        "un_raised_reference",
        &incident.un_raised_reference,
        MAX_SHORT,
    );
    if let Some(start) = &incident.start {
        c.partial_date("start", start);
    }
    if let Some(end) = &incident.end {
        c.partial_date("end", end);
        if incident.ongoing {
            c.problems.push(Problem::new(
                "end",
                "ongoing_with_end",
                "An ongoing incident has no end date yet. Remove the end date or untick \"ongoing\".",
            ));
        }
        if let Some(start) = &incident.start {
            if let (Some(s), Some(e)) = (parse_date(&start.date), period_end(end)) {
                if e < s.0 {
                    c.problems.push(Problem::new(
                        "end",
                        "end_before_start",
                        "The end date is before the start date.",
                    ));
                }
            }
        }
    }
    if let Some(place) = &incident.place {
        c.text("place.name", &place.name, MAX_SHORT);
    }
    c.country("country", incident.country.as_deref());
    c.items("types", incident.types.len());
    let mut seen = HashSet::new();
    for (i, t) in incident.types.iter().enumerate() {
        c.term(&format!("types[{i}]"), "incident_type", t);
        if !seen.insert(t) {
            c.problems.push(Problem::new(
                format!("types[{i}]"),
                "duplicate",
                "This type is listed twice.",
            ));
        }
    }
    c.items("tags", incident.tags.len());
    for (i, t) in incident.tags.iter().enumerate() {
        if t.trim().is_empty() {
            c.problems.push(Problem::new(
                format!("tags[{i}]"),
                "required",
                "A tag cannot be empty.",
            ));
        }
        c.text(&format!("tags[{i}]"), t, 100);
    }

    // Involvements.
    c.items("involvements", incident.involvements.len());
    let mut involved: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    for (i, inv) in incident.involvements.iter().enumerate() {
        let p = format!("involvements[{i}]");
        if !actors.contains_key(&inv.actor_id) {
            c.problems.push(Problem::new(
                format!("{p}.actor_id"),
                "unknown_actor",
                "This person or organisation is not in the vault.",
            ));
        }
        c.term(&format!("{p}.role"), "role", &inv.role);
        if !involved
            .entry(inv.actor_id.as_str())
            .or_default()
            .insert(inv.role.as_str())
        {
            c.problems.push(Problem::new(
                format!("{p}.role"),
                "duplicate",
                "This actor already has this role in the incident.",
            ));
        }
        match (&inv.state_link, inv.role.as_str()) {
            (Some(link), "alleged_perpetrator") => {
                c.term(&format!("{p}.state_link"), "state_link", link);
            }
            (Some(_), _) => c.problems.push(Problem::new(
                format!("{p}.state_link"),
                "not_applicable",
                "A link to the State is recorded only for an alleged perpetrator.",
            )),
            (None, _) => {}
        }
        c.text(&format!("{p}.description"), &inv.description, MAX_LONG);
    }

    // Consent.
    c.items("consent", incident.consent.len());
    for (j, rec) in incident.consent.iter().enumerate() {
        let q = format!("consent[{j}]");
        if !involved.contains_key(rec.actor_id.as_str()) {
            c.problems.push(Problem::new(
                format!("{q}.actor_id"),
                "not_involved",
                "Consent can be recorded only for someone involved in this incident.",
            ));
        }
        if rec.level > 3 {
            c.problems.push(Problem::new(
                format!("{q}.level"),
                "out_of_range",
                "Consent levels are 0, 1, 2 and 3.",
            ));
        }
        match (rec.level, rec.name_form) {
                (3, None) => c.problems.push(Problem::new(
                    format!("{q}.name_form"),
                    "required",
                    "At level 3, record how the person chose to be named in public: full name, initials or an anonymous description.",
                )),
                (0..=2, Some(_)) => c.problems.push(Problem::new(
                    format!("{q}.name_form"),
                    "not_applicable",
                    "How to be named in public applies only at level 3.",
                )),
                _ => {}
            }
        if rec.name_form == Some(NameForm::AnonymousDescription)
            && rec.anonymous_description.trim().is_empty()
        {
            c.problems.push(Problem::new(
                format!("{q}.anonymous_description"),
                "required",
                "Write the anonymous description the person agreed to.",
            ));
        }
        c.text(
            &format!("{q}.anonymous_description"),
            &rec.anonymous_description,
            MAX_SHORT,
        );
        c.text(&format!("{q}.recorded_by"), &rec.recorded_by, MAX_SHORT);
        c.text(&format!("{q}.purpose"), &rec.purpose, MAX_SHORT);
        let given = c.day(&format!("{q}.date"), Some(&rec.date));
        let revoked = c.day(&format!("{q}.revoked_at"), rec.revoked_at.as_deref());
        if let (Some(g), Some(r)) = (given, revoked) {
            if r < g {
                c.problems.push(Problem::new(
                    format!("{q}.revoked_at"),
                    "end_before_start",
                    "Consent cannot be withdrawn before it was given.",
                ));
            }
        }
    }

    // Acts.
    c.items("acts", incident.acts.len());
    let mut act_ids = HashSet::new();
    for (i, act) in incident.acts.iter().enumerate() {
        let p = format!("acts[{i}]");
        c.id(&format!("{p}.id"), &act.id);
        if !act_ids.insert(act.id.as_str()) {
            c.problems.push(Problem::new(
                format!("{p}.id"),
                "duplicate",
                "Two acts have the same identifier.",
            ));
        }
        c.term(&format!("{p}.type"), "incident_type", &act.act_type);
        if !involved.contains_key(act.victim_id.as_str()) {
            c.problems.push(Problem::new(
                format!("{p}.victim_id"),
                "not_involved",
                "The victim of an act must be one of the people or organisations in this incident.",
            ));
        }
        for (j, pid) in act.perpetrator_ids.iter().enumerate() {
            if !involved.contains_key(pid.as_str()) {
                c.problems.push(Problem::new(
                    format!("{p}.perpetrator_ids[{j}]"),
                    "not_involved",
                    "An alleged perpetrator of an act must be one of the actors in this incident.",
                ));
            }
        }
        c.items(&format!("{p}.perpetrator_ids"), act.perpetrator_ids.len());
        if let Some(d) = &act.date {
            c.partial_date(&format!("{p}.date"), d);
        }
        c.text(&format!("{p}.description"), &act.description, MAX_LONG);
        for (field, value) in [
            ("legal_basis", &act.legal_basis),
            ("authority", &act.authority),
            ("case_number", &act.case_number),
            ("detention_place", &act.detention_place),
            ("fine", &act.fine),
        ] {
            c.text(&format!("{p}.{field}"), value, MAX_SHORT);
        }
        if let Some(t) = &act.proceeding_type {
            c.term(&format!("{p}.proceeding_type"), "proceeding_type", t);
        }
        if let Some(s) = &act.proceeding_status {
            c.term(&format!("{p}.proceeding_status"), "proceeding_status", s);
        }
    }

    // UN links.
    c.items("un_links", incident.un_links.len());
    for (i, link) in incident.un_links.iter().enumerate() {
        let p = format!("un_links[{i}]");
        c.term(&format!("{p}.mechanism"), "un_mechanism", &link.mechanism);
        c.term(&format!("{p}.form"), "cooperation_form", &link.form);
        if let Some(d) = &link.date {
            c.partial_date(&format!("{p}.date"), d);
        }
        c.text(&format!("{p}.body"), &link.body, MAX_SHORT);
        c.text(&format!("{p}.reference"), &link.reference, MAX_SHORT);
    }

    // Sources.
    c.items("sources", incident.sources.len());
    let mut source_ids = HashSet::new();
    for (i, s) in incident.sources.iter().enumerate() {
        let p = format!("sources[{i}]");
        c.id(&format!("{p}.id"), &s.id);
        if !source_ids.insert(s.id.as_str()) {
            c.problems.push(Problem::new(
                format!("{p}.id"),
                "duplicate",
                "Two sources have the same identifier.",
            ));
        }
        c.text(&format!("{p}.description"), &s.description, MAX_LONG);
        if let Some(a) = &s.actor_id {
            if !actors.contains_key(a) {
                c.problems.push(Problem::new(
                    format!("{p}.actor_id"),
                    "unknown_actor",
                    "This source is not in the vault.",
                ));
            }
        }
        c.day(&format!("{p}.obtained_on"), s.obtained_on.as_deref());
    }

    // Submissions.
    c.items("submissions", incident.submissions.len());
    let mut submission_ids = HashSet::new();
    for (i, s) in incident.submissions.iter().enumerate() {
        let p = format!("submissions[{i}]");
        c.id(&format!("{p}.id"), &s.id);
        if !submission_ids.insert(s.id.as_str()) {
            c.problems.push(Problem::new(
                format!("{p}.id"),
                "duplicate",
                "Two submissions have the same identifier.",
            ));
        }
        if s.recipient.trim().is_empty() {
            c.problems.push(Problem::new(
                format!("{p}.recipient"),
                "required",
                "Say to whom the case was sent.",
            ));
        }
        for (field, value) in [
            ("recipient", &s.recipient),
            ("reference", &s.reference),
            ("next_step", &s.next_step),
        ] {
            c.text(&format!("{p}.{field}"), value, MAX_SHORT);
        }
        c.text(
            &format!("{p}.response_summary"),
            &s.response_summary,
            MAX_LONG,
        );
        let sent = c.day(&format!("{p}.date_sent"), s.date_sent.as_deref());
        let answered = c.day(
            &format!("{p}.response_received"),
            s.response_received.as_deref(),
        );
        if let (Some(a), Some(b)) = (sent, answered) {
            if b < a {
                c.problems.push(Problem::new(
                    format!("{p}.response_received"),
                    "end_before_start",
                    "The response is dated before the case was sent.",
                ));
            }
        }
        c.day(&format!("{p}.next_step_due"), s.next_step_due.as_deref());
        c.items(&format!("{p}.file_hashes"), s.file_hashes.len());
    }
    c.problems
}
