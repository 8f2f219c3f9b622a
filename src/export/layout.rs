//! Lays a sanitised report out as lines, in the order of the UN's forms (docs/domain.md's field
//! list, numbered as there), with headings in the report language. The DOCX and PDF writers
//! and the preview all use these lines, so the preview is the document.

use super::profile::{Labels, Profile};
use super::sanitise::{CaseOut, Clean, CoverSheet, DateOut, PersonOut, SanitisedReport};
use super::types::{Block, BlockKind};

/// Whether the first letter with a direction is right-to-left (Arabic, Hebrew, Syriac…).
pub(crate) fn is_rtl(text: &str) -> bool {
    for c in text.chars() {
        let u = u32::from(c);
        if (0x0590..=0x08FF).contains(&u)
            || (0xFB1D..=0xFDFF).contains(&u)
            || (0xFE70..=0xFEFF).contains(&u)
        {
            return true;
        }
        if c.is_alphabetic() {
            return false;
        }
    }
    false
}

struct Doc<'a> {
    blocks: Vec<Block>,
    labels: &'a Labels,
}

impl Doc<'_> {
    fn push(&mut self, kind: BlockKind, label: &str, text: &str) {
        self.blocks.push(Block {
            kind,
            label: label.to_owned(),
            text: text.to_owned(),
            // A field's line starts with its label, in the report language: the label sets the
            // line's direction (an Arabic report stays right to left around a Latin value, a
            // French one left to right around an Arabic name). Other lines go by their text.
            rtl: is_rtl(if label.is_empty() { text } else { label }),
        });
    }
    fn title(&mut self, text: &str) {
        self.push(BlockKind::Title, "", text);
    }
    fn heading(&mut self, text: &str) {
        self.push(BlockKind::Heading, "", text);
    }
    fn section(&mut self, key: &str) {
        let text = self.labels.get(key).to_owned();
        self.push(BlockKind::Section, "", &text);
    }
    fn sub(&mut self, text: &str) {
        self.push(BlockKind::Subheading, "", text);
    }
    fn para(&mut self, text: &str) {
        self.push(BlockKind::Paragraph, "", text);
    }
    fn note(&mut self, key: &str) {
        let text = self.labels.get(key).to_owned();
        self.push(BlockKind::Note, "", &text);
    }
    fn field(&mut self, key: &str, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        let label = self.labels.get(key).to_owned();
        self.push(BlockKind::Field, &label, text);
    }
    fn clean(&mut self, key: &str, text: Option<&Clean>) {
        if let Some(t) = text {
            self.field(key, t.as_str());
        }
    }
    fn none(&mut self) {
        self.note("none_recorded");
    }
    fn date(&self, d: Option<&DateOut>) -> String {
        d.map(|d| {
            if d.approximate {
                format!("{} {}", self.labels.get("approximately"), d.date)
            } else {
                d.date.clone()
            }
        })
        .unwrap_or_default()
    }
    fn yes_no(&self, v: Option<bool>) -> String {
        self.labels
            .get(match v {
                Some(true) => "yes",
                Some(false) => "no",
                None => "unknown",
            })
            .to_owned()
    }
    fn person(&mut self, p: &PersonOut, with_roles: bool) {
        let roles = p
            .roles
            .iter()
            .map(|r| r.label.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        self.sub(p.label.as_str());
        self.field("kind", &p.kind.label);
        if with_roles {
            self.field("role", &roles);
        }
        self.clean("gender", p.gender.as_ref());
        if let Some(age) = p.age {
            self.field("age", &age.to_string());
        }
        if let Some(n) = &p.nationality {
            let key = if p.kind.code == "person" {
                "nationality"
            } else {
                "country"
            };
            self.field(key, &n.name);
        }
        self.clean("occupation", p.occupation.as_ref());
        if let Some(l) = &p.state_link {
            self.field("state_link", &l.label);
        }
        if let Some(f) = &p.flag_state {
            self.field("flag_state", &f.name);
        }
        self.clean("registration", p.registration.as_ref());
        self.clean("description", p.description.as_ref());
    }
}

fn has_role(p: &PersonOut, role: &str) -> bool {
    p.roles.iter().any(|r| r.code == role)
}

/// The report, line by line.
pub(crate) fn report_blocks(
    report: &SanitisedReport,
    profile: &Profile,
) -> crate::Result<Vec<Block>> {
    let labels = Labels::new(&report.language)?;
    let mut d = Doc {
        blocks: Vec::new(),
        labels: &labels,
    };
    d.title(&format!(
        "{} — {}",
        labels.get("report_title"),
        report.recipient_name
    ));
    if report.pseudonyms_used {
        d.note("pseudonym_note");
    }
    d.note(if report.confidential_fields_kept {
        "confidential_kept"
    } else {
        "confidential_removed"
    });
    d.section("recipient");
    d.para(&report.recipient_name);
    d.field("address", &report.recipient_address);
    if !report.mandates.is_empty() {
        let m: Vec<&str> = report.mandates.iter().map(Clean::as_str).collect();
        d.field("mandates", &m.join("; "));
    }
    if profile.need("submitter").is_some() {
        d.section("submitter");
        d.para(labels.get(if report.has_cover_sheet {
            "submitter_body"
        } else {
            "submitter_none"
        }));
    }
    d.section("language");
    d.para(super::profile::language_name(&report.language));
    if let Some(p) = &report.reporting_period {
        d.section("reporting_period");
        d.para(&labels.format("period_from_to", &[("from", &p.from), ("to", &p.to)]));
    }
    for case in &report.cases {
        case_blocks(&mut d, case, profile);
    }
    if profile.need("supporting_documents").is_some() {
        d.section("supporting_documents");
        if report.attachments.is_empty() {
            d.none();
        }
        for a in &report.attachments {
            let text = format!(
                "{} ({} {}){}",
                a.file,
                labels.get("case"),
                a.case,
                a.description
                    .as_ref()
                    .map(|t| format!(": {}", t.as_str()))
                    .unwrap_or_default()
            );
            d.para(&text);
        }
    }
    Ok(d.blocks)
}

#[allow(clippy::too_many_lines)]
fn case_blocks(d: &mut Doc<'_>, case: &CaseOut, profile: &Profile) {
    let labels = d.labels;
    d.heading(&format!(
        "{} {}: {}",
        labels.get("case"),
        case.number,
        case.title.as_str()
    ));
    let carries = |f: &str| profile.need(f).is_some();
    if carries("victims") {
        d.section("victims");
        let victims: Vec<&PersonOut> = case
            .people
            .iter()
            .filter(|p| has_role(p, "victim"))
            .collect();
        if victims.is_empty() {
            d.none();
        }
        for p in &victims {
            d.person(p, false);
        }
    }
    if carries("victim_work") {
        d.section("victim_work");
        let mut any = false;
        for p in case.people.iter().filter(|p| has_role(p, "victim")) {
            if let Some(w) = &p.work {
                d.field("work", &format!("{} — {}", p.label.as_str(), w.as_str()));
                any = true;
            }
        }
        if !any {
            d.none();
        }
    }
    if carries("un_link") {
        d.section("un_link");
        if case.un_links.is_empty() {
            d.none();
        }
        for l in &case.un_links {
            d.sub(&l.mechanism.label);
            d.clean("body", l.body.as_ref());
            d.field("form", &l.form.label);
            let date = d.date(l.date.as_ref());
            d.field("start", &date);
            d.clean("reference", l.reference.as_ref());
        }
    }
    d.section("facts");
    let start = d.date(case.start.as_ref());
    d.field("start", &start);
    let end = d.date(case.end.as_ref());
    d.field("end", &end);
    if case.ongoing {
        let yes = labels.get("yes").to_owned();
        d.field("ongoing", &yes);
    }
    d.clean("place", case.place.as_ref());
    if let Some(c) = &case.country {
        d.field("country", &c.name);
    }
    if let Some(n) = &case.narrative {
        d.sub(labels.get("account"));
        d.para(n.as_str());
    }
    d.clean("current_situation", case.current_situation.as_ref());
    if carries("act_types") {
        d.section("act_types");
        let types: Vec<String> = case
            .types
            .iter()
            .map(|t| match &t.source_code {
                Some(code) => format!("{} (HURIDOCS {code})", t.label),
                None => t.label.clone(),
            })
            .collect();
        if types.is_empty() && case.acts.is_empty() {
            d.none();
        }
        if !types.is_empty() {
            d.para(&types.join("; "));
        }
        for a in &case.acts {
            d.sub(&format!("{} — {}", a.act_type.label, a.victim.as_str()));
            let date = d.date(a.date.as_ref());
            d.field("start", &date);
            d.clean("description", a.description.as_ref());
            let perps: Vec<&str> = a.perpetrators.iter().map(Clean::as_str).collect();
            d.field("act_perpetrators", &perps.join("; "));
        }
    }
    if carries("perpetrators") {
        d.section("perpetrators");
        let perps: Vec<&PersonOut> = case
            .people
            .iter()
            .filter(|p| has_role(p, "alleged_perpetrator"))
            .collect();
        if perps.is_empty() {
            d.none();
        }
        for p in perps {
            d.person(p, false);
        }
    }
    if carries("legal_basis") {
        d.section("legal_basis");
        let mut any = false;
        for a in &case.acts {
            if a.legal_basis.is_none()
                && a.authority.is_none()
                && a.case_number.is_none()
                && a.proceeding_type.is_none()
            {
                continue;
            }
            any = true;
            d.sub(&format!("{} — {}", a.act_type.label, a.victim.as_str()));
            d.clean("legal_basis_field", a.legal_basis.as_ref());
            d.clean("authority", a.authority.as_ref());
            d.clean("case_number", a.case_number.as_ref());
            if let Some(t) = &a.proceeding_type {
                d.field("proceeding_type", &t.label);
            }
            if let Some(s) = &a.proceeding_status {
                d.field("proceeding_status", &s.label);
            }
        }
        if !any {
            d.none();
        }
    }
    if carries("detention") {
        let held: Vec<_> = case
            .acts
            .iter()
            .filter(|a| a.detention_place.is_some() || a.lawyer_access.is_some())
            .collect();
        if !held.is_empty() {
            d.section("detention");
            for a in held {
                d.sub(&format!("{} — {}", a.act_type.label, a.victim.as_str()));
                d.clean("detention_place", a.detention_place.as_ref());
                if let Some(l) = &a.lawyer_access {
                    d.field("lawyer_access", l);
                }
            }
        }
    }
    if carries("domestic_remedies") {
        d.section("domestic_remedies");
        match &case.domestic_remedies {
            Some(t) => d.para(t.as_str()),
            None => d.none(),
        }
    }
    if carries("consent") {
        d.section("consent");
        if case.consent.is_empty() {
            d.none();
        }
        for c in &case.consent {
            d.sub(c.person.as_str());
            d.field("consent_level", &c.level_label);
            d.field("given_by", &c.given_by);
            let risks = d.yes_no(Some(c.risks_explained));
            d.field("risks_explained", &risks);
            d.field("consent_date", &c.date.date);
            d.field("method", &c.method);
        }
    }
    if carries("already_raised") {
        d.section("already_raised");
        let v = d.yes_no(case.un_raised);
        d.para(&v);
        d.clean("reference", case.un_raised_reference.as_ref());
    }
    if let (true, Some(urgency)) = (carries("urgency"), &case.urgency) {
        d.section("urgency");
        let u = labels.get(&format!("urgency_{urgency}")).to_owned();
        d.para(&u);
    }
    if carries("sea_rescue") {
        let craft: Vec<&PersonOut> = case
            .people
            .iter()
            .filter(|p| p.kind.code == "vessel" || p.kind.code == "aircraft")
            .collect();
        let held: Vec<_> = case
            .acts
            .iter()
            .filter(|a| a.fine.is_some() || a.vessel_detention_days.is_some())
            .collect();
        if !craft.is_empty() || !held.is_empty() {
            d.section("sea_rescue");
            for p in craft {
                d.person(p, true);
            }
            for a in held {
                d.sub(&format!("{} — {}", a.act_type.label, a.victim.as_str()));
                d.clean("fine", a.fine.as_ref());
                if let Some(n) = a.vessel_detention_days {
                    d.field("vessel_detention_days", &n.to_string());
                }
            }
        }
    }
    let others: Vec<&PersonOut> = case
        .people
        .iter()
        .filter(|p| {
            !has_role(p, "victim")
                && !has_role(p, "alleged_perpetrator")
                && p.kind.code != "vessel"
                && p.kind.code != "aircraft"
        })
        .collect();
    if !others.is_empty() {
        d.push(BlockKind::Section, "", labels.get("others"));
        for p in others {
            d.person(p, true);
        }
    }
}

/// The cover sheet, line by line.
pub(crate) fn cover_blocks(cover: &CoverSheet) -> crate::Result<Vec<Block>> {
    let labels = Labels::new(&cover.language)?;
    let mut d = Doc {
        blocks: Vec::new(),
        labels: &labels,
    };
    d.title(labels.get("cover_title"));
    d.note("cover_note");
    d.section("recipient");
    d.para(&cover.recipient_name);
    d.section("submitter");
    match &cover.submitter {
        Some(s) => {
            d.field("submitter_name", &s.name);
            d.field("submitter_organisation", &s.organisation);
            d.field("submitter_contact", &s.contact);
            d.field("submitter_relation", &s.relation);
        }
        None => d.none(),
    }
    let contacts = labels.get("contacts").to_owned();
    d.push(BlockKind::Section, "", &contacts);
    if cover.contacts.is_empty() {
        d.none();
    }
    for c in &cover.contacts {
        let label = format!("{} {} — {}", labels.get("case"), c.case, c.person.as_str());
        d.push(BlockKind::Field, &label, c.contact.as_str());
    }
    let sources = labels.get("sources").to_owned();
    d.push(BlockKind::Section, "", &sources);
    if cover.sources.is_empty() {
        d.none();
    }
    for s in &cover.sources {
        d.sub(&format!("{} {} — {}", labels.get("case"), s.case, s.kind));
        d.field("reliability", &s.reliability);
        d.field("obtained_on", s.obtained_on.as_deref().unwrap_or_default());
        d.clean("description", s.description.as_ref());
    }
    Ok(d.blocks)
}

#[cfg(test)]
mod tests {
    use super::is_rtl;

    #[test]
    fn direction_follows_the_first_strong_letter() {
        assert!(is_rtl("«أحمد» went"));
        assert!(!is_rtl("12 — Ahmad أحمد"));
        assert!(!is_rtl("2024"));
    }
}
