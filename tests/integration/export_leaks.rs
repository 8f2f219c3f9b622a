//! One test for each way the review of the sanitiser found a person without consent could be
//! identified in an export (the property test in `export.rs` throws all of them at every
//! profile at once; these pin each one down by itself).

use tadamun::export::{self, Format};
use tadamun::records::{
    self, interchange, Act, Actor, ActorKind, DatePrecision, NameForm, PartialDate, Place,
    PlacePrecision, Reliability, Source, SourceKind,
};

use crate::export::{readable, request, un_link, ALL};
use crate::support::{consent, incident, involve, new_vault, person};

/// Every readable text of every file an export to `profile` would write.
fn all_outputs(
    session: &tadamun::vault::Session,
    profile: &str,
    id: &str,
) -> Vec<(String, String)> {
    let conn = session.connection().unwrap();
    let (sanitised, prof) =
        export::prepare(conn, &request(profile, &[id.to_owned()], &ALL)).unwrap();
    let mut out = Vec::new();
    for f in ALL {
        let bytes = export::render(&sanitised, prof, f).unwrap();
        for t in readable(&format!("x.{}", f.cli_name()), &bytes) {
            out.push((format!("report.{}", f.cli_name()), t));
        }
    }
    for f in [Format::Docx, Format::Pdf, Format::Json] {
        if let Some(bytes) = export::render_cover(&sanitised, f).unwrap() {
            for t in readable(&format!("x.{}", f.cli_name()), &bytes) {
                out.push((format!("cover.{}", f.cli_name()), t));
            }
        }
    }
    out
}

fn act(id: &str, victim: &Actor, perpetrators: &[&Actor]) -> Act {
    Act {
        id: id.to_owned(),
        act_type: "travel_ban".to_owned(),
        victim_id: victim.id.clone(),
        perpetrator_ids: perpetrators.iter().map(|a| a.id.clone()).collect(),
        date: Some(PartialDate {
            date: "2025-02-03".to_owned(),
            precision: DatePrecision::Day,
        }),
        description: String::new(),
        legal_basis: String::new(),
        authority: String::new(),
        case_number: String::new(),
        detention_place: String::new(),
        lawyer_access: None,
        proceeding_type: None,
        proceeding_status: None,
        fine: String::new(),
        vessel_detention_days: None,
        confidential: Vec::new(),
    }
}

#[test]
fn an_act_done_to_a_person_who_does_not_appear_is_left_out_with_all_its_fields() {
    let (_v, session) = new_vault();
    let conn = session.connection().unwrap();
    let victim = person("Samia Rahal");
    let witness = person("Karim Bensaid");
    let mut inc = incident(
        "Samia Rahal barred from travel",
        "Samia was stopped at the airport.",
    );
    involve(&mut inc, &victim, "victim");
    involve(&mut inc, &witness, "witness");
    inc.consent = vec![consent(&victim, 2), consent(&witness, 0)];
    inc.un_links = vec![un_link()];
    inc.un_raised = Some(false);
    let mut threatened = act("act-w", &witness, &[]);
    threatened.description = "WITNESS-SUMMONED to the station".to_owned();
    threatened.legal_basis = "WITNESS-LAW article 9".to_owned();
    threatened.authority = "WITNESS-AUTHORITY prefecture".to_owned();
    threatened.case_number = "WITNESS-CASE 44/2025".to_owned();
    threatened.detention_place = "WITNESS-PLACE cell 3".to_owned();
    threatened.fine = "WITNESS-FINE 3000 EUR".to_owned();
    let mut ban = act("act-v", &victim, &[]);
    ban.case_number = "VICTIM-CASE 12/2025".to_owned();
    inc.acts = vec![threatened, ban];
    records::save_incident(conn, inc.clone(), &[victim, witness], None).unwrap();
    for profile in ["ohchr-reprisals", "legal-team", "special-procedures"] {
        let outputs = all_outputs(&session, profile, &inc.id);
        for (file, text) in &outputs {
            assert!(
                !text.contains("WITNESS-"),
                "an act of the witness reached {file} ({profile})"
            );
        }
        if profile != "public-summary" {
            assert!(
                outputs.iter().any(|(_, t)| t.contains("VICTIM-CASE")),
                "the victim's own act is kept ({profile})"
            );
        }
        let preview =
            export::preview(conn, &request(profile, &[inc.id.clone()], &[Format::Json])).unwrap();
        assert!(
            preview.notes.iter().any(|n| n.detail.contains("1 act(s)")),
            "the preview says an act was left out: {:?}",
            preview.notes
        );
    }
}

#[test]
fn identifiers_of_withheld_people_and_vessels_never_pass_through_free_text() {
    let (_v, session) = new_vault();
    let conn = session.connection().unwrap();
    let mut victim = person("Leila Mansour");
    victim.contact = "+961 70 123456".to_owned();
    victim.identifiers = vec!["Hotel Lamartine".to_owned(), "plate 123-TU-45".to_owned()];
    let mut ship = Actor::new(records::new_id(), ActorKind::Vessel, "Aurora Borealis");
    ship.registration = "IMO 9876543".to_owned();
    let mut org = Actor::new(
        records::new_id(),
        ActorKind::Organisation,
        "Harbour Friends",
    );
    org.registration = "RNA W751234567".to_owned();
    let mut inc = incident(
        "Crew fined",
        "Call her on 0096170123456 or 70-123-456. She works at the HOTEL LAMARTINE; car 123 TU 45. \
         The ship (IMO 9876543, imo9876543) and the association (W751234567) were fined.",
    );
    involve(&mut inc, &victim, "victim");
    involve(&mut inc, &ship, "affected_organisation");
    involve(&mut inc, &org, "affected_organisation");
    inc.consent = vec![consent(&victim, 1), consent(&ship, 1), consent(&org, 1)];
    inc.un_links = vec![un_link()];
    inc.un_raised = Some(false);
    records::save_incident(conn, inc.clone(), &[victim, ship, org], None).unwrap();
    for (file, text) in all_outputs(&session, "ohchr-reprisals", &inc.id) {
        let folded = export::fold_for_matching(&text);
        for needle in ["0123456", "lamartine", "123tu45", "9876543", "751234567"] {
            assert!(!folded.contains(needle), "{needle} reached {file}");
        }
    }
}

#[test]
fn json_csv_and_uwazi_carry_exactly_the_fields_the_profile_lists_and_the_preview_says_so() {
    let (_v, session) = new_vault();
    let conn = session.connection().unwrap();
    let v = person("Rania Aziz");
    let mut ship = Actor::new(records::new_id(), ActorKind::Vessel, "Open Arms");
    ship.flag_state = Some("ES".to_owned());
    ship.registration = "IMO 1234567".to_owned();
    let mut inc = incident("Rania Aziz fined", "Rania Aziz was fined after the rescue.");
    involve(&mut inc, &v, "victim");
    involve(&mut inc, &ship, "affected_organisation");
    let mut c = consent(&v, 3);
    c.name_form = Some(NameForm::FullName);
    let mut cs = consent(&ship, 3);
    cs.name_form = Some(NameForm::FullName);
    inc.consent = vec![c, cs];
    inc.un_links = vec![un_link()];
    inc.un_raised = Some(true);
    inc.un_raised_reference = "A/HRC/57/XX".to_owned();
    inc.domestic_remedies = "Appeal lodged".to_owned();
    let mut fine = act("a1", &v, &[]);
    fine.legal_basis = "Decree 1/2023".to_owned();
    fine.case_number = "RG 77/2024".to_owned();
    fine.detention_place = "Port of Catania".to_owned();
    fine.fine = "10000 EUR".to_owned();
    fine.vessel_detention_days = Some(20);
    inc.acts = vec![fine];
    records::save_incident(conn, inc.clone(), &[v, ship], None).unwrap();
    // The JSON key of each field, and text only that field holds.
    let by_field: &[(&str, &str, &str)] = &[
        ("legal_basis", "\"legal_basis\"", "Decree 1/2023"),
        ("legal_basis", "\"case_number\"", "RG 77/2024"),
        ("detention", "\"detention_place\"", "Port of Catania"),
        (
            "domestic_remedies",
            "\"domestic_remedies\"",
            "Appeal lodged",
        ),
        ("already_raised", "\"un_raised_reference\"", "A/HRC/57/XX"),
        ("urgency", "\"urgency\"", "\"routine\""),
        ("sea_rescue", "\"fine\"", "10000 EUR"),
        ("sea_rescue", "\"flag_state\"", "\"ES\""),
    ];
    for profile in [
        "ohchr-reprisals",
        "sg-report",
        "legal-team",
        "public-summary",
    ] {
        let prof = export::profile::profile(profile).unwrap();
        let (sanitised, _) =
            export::prepare(conn, &request(profile, &[inc.id.clone()], &ALL)).unwrap();
        let json =
            String::from_utf8(export::render(&sanitised, prof, Format::Json).unwrap()).unwrap();
        let csv =
            String::from_utf8(export::render(&sanitised, prof, Format::Csv).unwrap()).unwrap();
        let uwazi =
            String::from_utf8(export::render(&sanitised, prof, Format::UwaziCsv).unwrap()).unwrap();
        for (field, key, value) in by_field {
            let carried = prof.need(field).is_some();
            assert_eq!(json.contains(key), carried, "{profile}: {key} in JSON");
            assert_eq!(json.contains(value), carried, "{profile}: {value} in JSON");
            for (name, text) in [("CSV", &csv), ("Uwazi CSV", &uwazi)] {
                if !carried && !value.starts_with('"') {
                    assert!(
                        !text.contains(value.trim_matches('"')),
                        "{profile}: {value} in {name}"
                    );
                }
            }
        }
        // The header is exactly the columns the preview lists.
        let preview = export::preview(conn, &request(profile, &[inc.id.clone()], &ALL)).unwrap();
        for (file, text) in [("submission.csv", &csv), ("submission-uwazi.csv", &uwazi)] {
            let planned = preview.files.iter().find(|f| f.name == file).unwrap();
            let header = text
                .trim_start_matches('\u{feff}')
                .lines()
                .next()
                .unwrap_or_default();
            assert_eq!(header, planned.contents.join(","), "{profile} {file}");
        }
        let planned = preview
            .files
            .iter()
            .find(|f| f.name == "submission.json")
            .unwrap();
        assert_eq!(
            planned
                .contents
                .iter()
                .any(|c| c.contains("domestic remedies")),
            prof.need("domestic_remedies").is_some(),
            "{profile}: {:?}",
            planned.contents
        );
        let fields: serde_json::Value = serde_json::from_str(&json).unwrap();
        let listed: Vec<&str> = fields["fields"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|f| f.as_str())
            .collect();
        let expected: Vec<&str> = prof.fields.keys().map(String::as_str).collect();
        assert_eq!(listed, expected, "{profile}");
    }
}

#[test]
fn the_consent_in_force_is_the_latest_by_date_whatever_the_order_of_the_list() {
    let (_v, session) = new_vault();
    let conn = session.connection().unwrap();
    let v = person("Omar Farouk");
    let mut inc = incident("Omar Farouk threatened", "Omar Farouk was threatened.");
    involve(&mut inc, &v, "victim");
    let mut newer = consent(&v, 1);
    newer.date = "2025-06-01".to_owned();
    let mut older = consent(&v, 3);
    older.name_form = Some(NameForm::FullName);
    older.date = "2024-01-10".to_owned();
    // The later decision (level 1) is listed first.
    inc.consent = vec![newer, older];
    inc.un_links = vec![un_link()];
    records::save_incident(conn, inc.clone(), &[v], None).unwrap();
    let preview = export::preview(
        conn,
        &request("ohchr-reprisals", &[inc.id.clone()], &[Format::Json]),
    )
    .unwrap();
    assert!(
        preview.document.iter().all(|b| !b.text.contains("Farouk")),
        "level 1 must not be named"
    );
}

#[test]
fn a_published_report_coarsens_place_and_date_when_someone_is_not_named() {
    let (_v, session) = new_vault();
    let conn = session.connection().unwrap();
    let v = person("Nadia Selim");
    let mut inc = incident("Arrest", "Nadia Selim was arrested.");
    involve(&mut inc, &v, "victim");
    inc.consent = vec![consent(&v, 1)];
    inc.un_links = vec![un_link()];
    inc.un_raised = Some(false);
    inc.place = Some(Place {
        name: "Zarzis".to_owned(),
        precision: PlacePrecision::Locality,
    });
    records::save_incident(conn, inc.clone(), std::slice::from_ref(&v), None).unwrap();
    let (sanitised, _) =
        export::prepare(conn, &request("sg-report", &[inc.id.clone()], &ALL)).unwrap();
    let case = &sanitised.report.cases[0];
    assert_eq!(
        case.start.as_ref().map(|d| d.date.as_str()),
        Some("2025-03")
    );
    assert!(case.place.is_none());
    // The same case with the victim named keeps the town and the day.
    let mut named = inc.clone();
    let mut c = consent(&v, 3);
    c.name_form = Some(NameForm::FullName);
    named.consent = vec![c];
    records::save_incident(conn, named, &[v], None).unwrap();
    let (sanitised, _) =
        export::prepare(conn, &request("sg-report", &[inc.id.clone()], &ALL)).unwrap();
    let case = &sanitised.report.cases[0];
    assert_eq!(
        case.start.as_ref().map(|d| d.date.as_str()),
        Some("2025-03-14")
    );
    assert_eq!(
        case.place
            .as_ref()
            .map(tadamun::export::sanitise::Clean::as_str),
        Some("Zarzis")
    );
}

#[test]
fn every_pdf_has_its_own_document_id() {
    let (_v, session) = new_vault();
    let conn = session.connection().unwrap();
    let v = person("Hana Saad");
    let mut inc = incident("Hana Saad", "Hana Saad was questioned.");
    involve(&mut inc, &v, "victim");
    inc.consent = vec![consent(&v, 2)];
    inc.un_links = vec![un_link()];
    records::save_incident(conn, inc.clone(), &[v], None).unwrap();
    let (sanitised, prof) =
        export::prepare(conn, &request("ohchr-reprisals", &[inc.id.clone()], &ALL)).unwrap();
    let id_of = |bytes: &[u8]| {
        let text = String::from_utf8_lossy(bytes).into_owned();
        let at = text.find("/ID").unwrap_or(0);
        text[at..].chars().take(80).collect::<String>()
    };
    let a = export::render(&sanitised, prof, Format::Pdf).unwrap();
    let b = export::render(&sanitised, prof, Format::Pdf).unwrap();
    let cover = export::render_cover(&sanitised, Format::Pdf)
        .unwrap()
        .unwrap();
    assert!(String::from_utf8_lossy(&a).contains("/ID"));
    assert_ne!(id_of(&a), id_of(&b));
    assert_ne!(id_of(&a), id_of(&cover));
    assert!(!String::from_utf8_lossy(&a).contains("tadamun-report"));
}

#[test]
fn pseudonyms_start_again_in_each_case_unless_asked_to_link_them() {
    let (_v, session) = new_vault();
    let conn = session.connection().unwrap();
    let x = person("Tariq Hamdan");
    let y = person("Salma Idris");
    let mut first = incident("First", "Salma Idris and Tariq Hamdan were stopped.");
    involve(&mut first, &y, "victim");
    involve(&mut first, &x, "victim");
    first.consent = vec![consent(&y, 1), consent(&x, 1)];
    first.un_links = vec![un_link()];
    let mut second = incident("Second", "Tariq Hamdan was stopped again.");
    involve(&mut second, &x, "victim");
    second.consent = vec![consent(&x, 1)];
    second.un_links = vec![un_link()];
    records::save_incident(conn, first.clone(), &[x.clone(), y], None).unwrap();
    records::save_incident(conn, second.clone(), &[x], None).unwrap();
    let ids = [first.id.clone(), second.id.clone()];
    let label = |same: bool, case: usize| {
        let mut req = request("ohchr-reprisals", &ids, &[Format::Json]);
        req.same_pseudonym_across_cases = same;
        let (s, _) = export::prepare(conn, &req).unwrap();
        s.report.cases[case]
            .narrative
            .as_ref()
            .map(|n| n.as_str().to_owned())
            .unwrap_or_default()
    };
    assert_eq!(label(false, 0), "Person A and Person B were stopped.");
    assert_eq!(label(false, 1), "Person A was stopped again.");
    assert_eq!(label(true, 1), "Person B was stopped again.");
}

#[test]
fn typed_export_details_anonymous_descriptions_and_bidi_controls_are_cleaned() {
    let (_v, session) = new_vault();
    let conn = session.connection().unwrap();
    let v = person("Yara Khoury");
    let other = person("Bassam Nader");
    let mut inc = incident("Case \u{202E}reversed", "Yara Khoury was threatened.");
    involve(&mut inc, &v, "victim");
    involve(&mut inc, &other, "witness");
    let mut c = consent(&v, 3);
    c.name_form = Some(NameForm::AnonymousDescription);
    c.anonymous_description = "the sister of Bassam Nader".to_owned();
    inc.consent = vec![c, consent(&other, 1)];
    inc.un_links = vec![un_link()];
    inc.un_raised = Some(false);
    inc.sources = vec![Source {
        id: "s".to_owned(),
        kind: SourceKind::Document,
        description: "Letter".to_owned(),
        actor_id: Some(other.id.clone()),
        reliability: Reliability::High,
        obtained_on: None,
    }];
    records::save_incident(conn, inc.clone(), &[v, other], None).unwrap();
    let mut req = request("sg-report", &[inc.id.clone()], &ALL);
    req.mandates = vec!["Rapporteur, re Bassam Nader".to_owned()];
    if let Some(s) = req.submitter.as_mut() {
        s.relation = "colleague of Bassam Nader".to_owned();
    }
    let (sanitised, prof) = export::prepare(conn, &req).unwrap();
    let mut texts = Vec::new();
    for f in ALL {
        texts.extend(readable(
            &format!("x.{}", f.cli_name()),
            &export::render(&sanitised, prof, f).unwrap(),
        ));
    }
    for f in [Format::Docx, Format::Pdf, Format::Json] {
        if let Some(b) = export::render_cover(&sanitised, f).unwrap() {
            texts.extend(readable(&format!("x.{}", f.cli_name()), &b));
        }
    }
    for t in &texts {
        assert!(
            !t.contains("Bassam") && !t.contains("Nader"),
            "a typed text named the witness"
        );
        assert!(!t.contains('\u{202E}'), "a bidi override reached an export");
    }
}

#[test]
fn imported_consent_for_a_known_person_waits_for_confirmation_and_duplicate_actors_are_refused() {
    let (_v, session) = new_vault();
    let conn = session.connection().unwrap();
    // The vault already documents Hadi Salem, who agreed to nothing.
    let hadi = person("Hadi Salem");
    let mut mine = incident("Hadi Salem, first case", "Hadi Salem was summoned.");
    involve(&mut mine, &hadi, "victim");
    mine.consent = vec![consent(&hadi, 0)];
    records::save_incident(conn, mine, std::slice::from_ref(&hadi), None).unwrap();
    // A file arrives claiming he agreed to publication, in a new case.
    let mut theirs = incident("Hadi Salem, second case", "Hadi Salem was detained.");
    involve(&mut theirs, &hadi, "victim");
    let mut claimed = consent(&hadi, 3);
    claimed.name_form = Some(NameForm::FullName);
    theirs.consent = vec![claimed];
    theirs.un_links = vec![un_link()];
    let file = interchange::Bundle {
        format: interchange::FORMAT.to_owned(),
        version: interchange::VERSION,
        actors: vec![hadi.clone()],
        incidents: vec![theirs.clone()],
    };
    // The same actor twice is refused whole.
    let mut twice = file.clone();
    twice.actors.push(hadi.clone());
    let err = interchange::import(conn, twice).unwrap_err().to_string();
    assert!(
        err.contains("same identifier") || err.contains("actors[1].id"),
        "{err}"
    );
    interchange::import(conn, file).unwrap();
    let view = records::get_incident(conn, &theirs.id).unwrap();
    assert!(view.incident.consent.iter().all(|c| c.unconfirmed_import));
    let preview = export::preview(
        conn,
        &request("public-summary", &[theirs.id.clone()], &[Format::Json]),
    )
    .unwrap();
    assert_eq!(preview.cases, 0, "unconfirmed imported consent counted");
    assert!(preview.document.iter().all(|b| !b.text.contains("Hadi")));
    // Confirmed here, it counts.
    let mut confirmed = view.incident.clone();
    for c in &mut confirmed.consent {
        c.unconfirmed_import = false;
    }
    records::save_incident(conn, confirmed, &[hadi], None).unwrap();
    let preview = export::preview(
        conn,
        &request("public-summary", &[theirs.id.clone()], &[Format::Json]),
    )
    .unwrap();
    assert_eq!(preview.cases, 1);
}

#[test]
fn the_preview_warns_when_the_text_uses_a_script_a_withheld_person_has_no_spelling_in() {
    let (_v, session) = new_vault();
    let conn = session.connection().unwrap();
    let v = person("Karima Benali");
    let mut inc = incident(
        "Karima Benali questioned",
        "Karima Benali was questioned. وقالت كريمة بن علي إنها خافت.",
    );
    involve(&mut inc, &v, "victim");
    inc.consent = vec![consent(&v, 1)];
    inc.un_links = vec![un_link()];
    records::save_incident(conn, inc.clone(), std::slice::from_ref(&v), None).unwrap();
    let req = request("ohchr-reprisals", &[inc.id.clone()], &[Format::Json]);
    let warned = |p: &tadamun::export::Preview| {
        p.warnings
            .iter()
            .any(|w| w.code == "name_script_missing" && w.message.contains("Arabic"))
    };
    assert!(warned(&export::preview(conn, &req).unwrap()));
    // With her Arabic spelling recorded, the warning goes, and so does the name.
    let mut spelled = v;
    spelled.other_names = vec!["كريمة بن علي".to_owned()];
    records::save_incident(conn, inc, &[spelled], None).unwrap();
    let preview = export::preview(conn, &req).unwrap();
    assert!(!warned(&preview));
    assert!(preview.document.iter().all(|b| !b.text.contains("كريمة")));
}

// ---------------------------------------------------------------------------------------
// Findings of a second, adversarial review.

/// A case with these people (actor, role, consent level) and this account.
fn case_of(
    s: &tadamun::vault::Session,
    people: &[(&Actor, &str, u8)],
    text: &str,
    edit: impl FnOnce(&mut records::Incident),
) -> String {
    let mut inc = incident("Case", text);
    for (a, role, level) in people {
        involve(&mut inc, a, role);
        inc.consent.push(consent(a, *level));
    }
    inc.un_links = vec![un_link()];
    inc.un_raised = Some(false);
    edit(&mut inc);
    let actors: Vec<Actor> = people.iter().map(|(a, ..)| (*a).clone()).collect();
    records::save_incident(s.connection().unwrap(), inc.clone(), &actors, None).unwrap();
    inc.id
}

/// Which of `needles` occur in any output (as written, or folded as whole words), raw PDF
/// bytes aside.
fn leaked(s: &tadamun::vault::Session, profile: &str, id: &str, needles: &[&str]) -> Vec<String> {
    all_outputs(s, profile, id)
        .into_iter()
        .filter(|(_, t)| !t.starts_with("%PDF"))
        .flat_map(|(f, t)| {
            let words = export::fold_words_for_matching(&t);
            needles
                .iter()
                .filter(|n| t.contains(**n) || words.contains(&export::fold_words_for_matching(n)))
                .map(|n| format!("{n} in {f}"))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn a_case_number_or_place_of_detention_never_goes_out_next_to_a_pseudonym() {
    let (_v, s) = new_vault();
    let v = person("Samir Tahan");
    let id = case_of(&s, &[(&v, "victim", 1)], "Samir Tahan was detained.", |i| {
        let mut a = act("a", &v, &[]);
        a.case_number = "RG 77/2024".into();
        a.detention_place = "Via Roma barracks".into();
        i.acts = vec![a];
    });
    for p in ["ohchr-reprisals", "sg-report", "special-procedures"] {
        let found = leaked(&s, p, &id, &["RG 77/2024", "Via Roma barracks"]);
        assert!(found.is_empty(), "{p}: {found:?}");
    }
    // The legal team keeps them.
    assert!(!leaked(&s, "legal-team", &id, &["RG 77/2024"]).is_empty());
}

#[test]
fn numbers_in_other_digit_systems_and_short_groups_are_the_same_number() {
    let (_v, s) = new_vault();
    let mut v = person("Rima Khalil");
    v.contact = "+961 70 123456; WhatsApp +33 6 98 76 54 32 evenings".to_owned();
    let id = case_of(
        &s,
        &[(&v, "victim", 1)],
        "اتصلوا بها على ٧٠١٢٣٤٥٦ أو ۷۰۱۲۳۴۵۶. Call her on 06 98 76 54 32.",
        |_| {},
    );
    let found = leaked(
        &s,
        "ohchr-reprisals",
        &id,
        &["٧٠١٢٣٤٥٦", "۷۰۱۲۳۴۵۶", "06 98 76 54 32"],
    );
    assert!(found.is_empty(), "{found:?}");
    for (file, text) in all_outputs(&s, "ohchr-reprisals", &id) {
        let folded = export::fold_for_matching(&text);
        for digits in ["70123456", "98765432"] {
            assert!(!folded.contains(digits), "{digits} in {file}");
        }
    }
}

#[test]
fn transliteration_apostrophes_particles_at_the_ends_and_names_without_spaces() {
    for (name, text, needle) in [
        ("Mohammed Sa'id", "Mr Said was arrested.", "Said"),
        ("Su'ad Nasser", "Suad was arrested.", "Suad"),
        ("Saʿid Mansur", "Sa'id was arrested.", "Sa'id"),
        ("Rahul Das", "Mr Das was arrested.", "Das"),
        ("Lê Đình Lượng", "Ông Lê bị bắt.", "Lê"),
        ("山田 太郎", "山田太郎は逮捕された。", "山田太郎"),
        ("王 小明", "王小明被捕。", "王小明"),
    ] {
        let (_v, s) = new_vault();
        let v = person(name);
        let id = case_of(&s, &[(&v, "victim", 1)], text, |_| {});
        let found = leaked(&s, "ohchr-reprisals", &id, &[needle]);
        assert!(found.is_empty(), "{name}: {found:?}");
    }
}

#[test]
fn a_pseudonymised_person_appears_with_the_role_only() {
    let (_v, s) = new_vault();
    let v = person("Nabil Fares");
    let mut w = person("Hisham Qadri");
    w.occupation = "pharmacist".to_owned();
    let id = case_of(
        &s,
        &[(&v, "victim", 2), (&w, "witness", 1)],
        "Nabil Fares was stopped.",
        |i| i.involvements[1].description = "the only pharmacist in Zuwara".to_owned(),
    );
    let found = leaked(
        &s,
        "ohchr-reprisals",
        &id,
        &["only pharmacist", "pharmacist"],
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn identifiers_after_a_label_e_mail_names_and_phone_numbers_of_named_people() {
    let (_v, s) = new_vault();
    let mut v = person("Yasmin Saleh");
    v.contact = "lion.of.zuwara@proton.me".to_owned();
    v.identifiers = vec![
        "Workplace: Hotel Lamar".to_owned(),
        "+961 3 456 789".to_owned(),
    ];
    let text = "She works at the Hotel Lamar; on Telegram she is lion.of.zuwara; call 03 456 789.";
    let id = case_of(&s, &[(&v, "victim", 1)], text, |_| {});
    let found = leaked(
        &s,
        "ohchr-reprisals",
        &id,
        &["Hotel Lamar", "lion.of.zuwara", "456 789"],
    );
    assert!(found.is_empty(), "{found:?}");
    // Named, her phone number still stays off the report (contacts go on the cover sheet).
    let (_w, s2) = new_vault();
    let id = case_of(&s2, &[(&v, "victim", 2)], text, |_| {});
    let found: Vec<String> = leaked(&s2, "ohchr-reprisals", &id, &["456 789"])
        .into_iter()
        .filter(|f| f.contains("report."))
        .collect();
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn look_alike_letters_narrow_spaces_and_urdu_letter_forms() {
    let (_v, s) = new_vault();
    let a = person("Amira Haddad");
    let f = person("فاطمة الزهراء");
    let id = case_of(
        &s,
        &[(&a, "victim", 1), (&f, "witness", 1)],
        "ʜᴀᴅᴅᴀᴅ, 🅷🅰🅳🅳🅰🅳, Ms Had\u{200A}dad; وقالت فاطمہ",
        |_| {},
    );
    let found = leaked(
        &s,
        "ohchr-reprisals",
        &id,
        &["ʜᴀᴅᴅᴀᴅ", "🅷🅰🅳🅳🅰🅳", "Had\u{200A}dad", "فاطمہ"],
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_named_name_shields_a_withheld_one_only_as_a_longer_whole_word() {
    let (_v, s) = new_vault();
    let conn = s.connection().unwrap();
    let org = Actor::new(records::new_id(), ActorKind::Organisation, "Amal");
    let w = person("Amal Haddad");
    let named = person("Lina Nour");
    let hidden = person("Nour Saadi");
    let id = case_of(
        &s,
        &[
            (&org, "victim", 2),
            (&w, "witness", 1),
            (&named, "witness", 2),
            (&hidden, "witness", 1),
        ],
        "They said Amal was beaten. Carolina Nour came.",
        |_| {},
    );
    let (sanitised, _) =
        export::prepare(conn, &request("ohchr-reprisals", &[id], &[Format::Json])).unwrap();
    let text = sanitised.report.cases[0]
        .narrative
        .as_ref()
        .map(|n| n.as_str().to_owned())
        .unwrap_or_default();
    assert!(!text.contains("Amal was"), "{text}");
    assert!(!text.contains("Nour"), "{text}");
}
