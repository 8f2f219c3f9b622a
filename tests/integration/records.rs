//! Case records against a real vault: saving, revisions, validation, search, deletion,
//! interchange, the audit trail, the demo vault and migration of an old vault.

use tadamun::records::search::{Query, Sort};
use tadamun::records::{
    self, history, interchange, ActorKind, ConsentState, DatePrecision, NameForm, PartialDate,
    Status, UnLink,
};
use tadamun::vault;
use tadamun::VaultError;

use crate::support::*;

fn un_link() -> UnLink {
    UnLink {
        mechanism: "hrc_session".to_owned(),
        body: "HRC 58".to_owned(),
        form: "testimony".to_owned(),
        date: Some(PartialDate {
            date: "2025-03".to_owned(),
            precision: DatePrecision::Month,
        }),
        reference: String::new(),
    }
}

#[test]
fn a_saved_incident_reads_back_whole_and_each_save_is_a_revision() {
    let (_v, s) = new_vault();
    let conn = s.connection().unwrap();
    let captain = person("Marta Ríos");
    let mut inc = incident(
        "Captain prosecuted",
        "The captain was charged after the rescue.",
    );
    involve(&mut inc, &captain, "victim");
    inc.consent.push(consent(&captain, 2));
    inc.un_links.push(un_link());
    let saved =
        records::save_incident(conn, inc.clone(), std::slice::from_ref(&captain), None).unwrap();
    assert_eq!((saved.number, saved.revision), (1, 1));

    let view = records::get_incident(conn, &inc.id).unwrap();
    assert_eq!(view.incident.narrative, inc.narrative);
    assert_eq!(view.incident.consent, inc.consent);
    assert_eq!(view.actors.len(), 1);
    assert_eq!(view.actors[0].name, "Marta Ríos");
    assert_eq!(view.consent_state, ConsentState::Complete);
    assert!(!view.incident.created_at.is_empty());

    let mut edited = view.incident.clone();
    edited.status = Status::Verified;
    edited.narrative.push_str(" She was acquitted in 2026.");
    let saved2 = records::save_incident(conn, edited, &[], Some(1)).unwrap();
    assert_eq!(saved2.revision, 2);

    let revisions = history::list_revisions(conn, &inc.id).unwrap();
    assert_eq!(
        revisions.iter().map(|r| r.revision).collect::<Vec<_>>(),
        vec![2, 1]
    );
    let old = history::get_revision(conn, &inc.id, 1).unwrap();
    assert_eq!(old.incident.narrative, inc.narrative);
    assert_eq!(old.incident.status, Status::Draft);
    let changes = history::compare(conn, &inc.id, 1, 2).unwrap();
    let paths: Vec<&str> = changes.iter().map(|c| c.path.as_str()).collect();
    assert_eq!(paths, vec!["incident.narrative", "incident.status"]);
    assert_eq!(changes[1].before.as_deref(), Some("draft"));
    assert_eq!(changes[1].after.as_deref(), Some("verified"));
}

#[test]
fn a_save_from_a_stale_revision_is_refused_and_changes_nothing() {
    let (_v, s) = new_vault();
    let conn = s.connection().unwrap();
    let inc = incident("Office raided", "Police seized the laptops.");
    records::save_incident(conn, inc.clone(), &[], None).unwrap();
    let mut a = inc.clone();
    a.title = "First edit".to_owned();
    records::save_incident(conn, a, &[], Some(1)).unwrap();
    let mut b = inc.clone();
    b.title = "Second edit from the old copy".to_owned();
    let err = records::save_incident(conn, b, &[], Some(1)).unwrap_err();
    assert!(
        matches!(err, VaultError::Record(tadamun::RecordError::Conflict)),
        "{err}"
    );
    assert_eq!(
        records::get_incident(conn, &inc.id).unwrap().incident.title,
        "First edit"
    );
}

#[test]
fn invalid_records_are_refused_field_by_field_and_nothing_is_stored() {
    let (_v, s) = new_vault();
    let conn = s.connection().unwrap();
    let witness = person("A witness");
    let stranger = person("Not involved");
    let mut inc = incident("", "text");
    inc.start = Some(PartialDate {
        date: "2025-05-10".to_owned(),
        precision: DatePrecision::Day,
    });
    inc.end = Some(PartialDate {
        date: "2025-04".to_owned(),
        precision: DatePrecision::Month,
    });
    inc.country = Some("XX".to_owned());
    inc.types.push("not_a_type".to_owned());
    involve(&mut inc, &witness, "witness");
    let mut c = consent(&witness, 3);
    c.name_form = None;
    inc.consent.push(c);
    inc.acts.push(records::Act {
        id: "act-1".to_owned(),
        act_type: "detention".to_owned(),
        victim_id: stranger.id.clone(),
        perpetrator_ids: Vec::new(),
        date: None,
        description: String::new(),
        legal_basis: String::new(),
        authority: String::new(),
        case_number: String::new(),
        detention_place: String::new(),
        lawyer_access: None,
        proceeding_type: Some("military".to_owned()),
        proceeding_status: None,
        fine: String::new(),
        vessel_detention_days: None,
        confidential: Vec::new(),
    });
    let before = count(&s, "SELECT count(*) FROM audit_log");
    let err = records::save_incident(conn, inc, &[witness, stranger], None).unwrap_err();
    let VaultError::Record(tadamun::RecordError::Invalid { problems }) = err else {
        panic!("expected invalid_record, got {err}");
    };
    let found: Vec<(&str, &str)> = problems
        .iter()
        .map(|p| (p.path.as_str(), p.code.as_str()))
        .collect();
    for expected in [
        ("title", "required"),
        ("end", "end_before_start"),
        ("country", "unknown_country"),
        ("types[1]", "unknown_term"),
        ("consent[0].name_form", "required"),
        ("acts[0].victim_id", "not_involved"),
        ("acts[0].proceeding_type", "unknown_term"),
    ] {
        assert!(
            found.contains(&expected),
            "missing {expected:?} in {found:?}"
        );
    }
    assert_eq!(count(&s, "SELECT count(*) FROM incidents"), 0);
    assert_eq!(
        count(&s, "SELECT count(*) FROM actors"),
        0,
        "actors of a refused save must not stay"
    );
    assert_eq!(count(&s, "SELECT count(*) FROM audit_log"), before);
}

#[test]
fn a_reprisal_without_a_un_link_is_saved_but_flagged_incomplete() {
    let (_v, s) = new_vault();
    let conn = s.connection().unwrap();
    let defender = person("Defender");
    let mut inc = incident("Travel ban after testimony", "Stopped at the airport.");
    involve(&mut inc, &defender, "victim");
    let saved =
        records::save_incident(conn, inc.clone(), std::slice::from_ref(&defender), None).unwrap();
    let codes: Vec<&str> = saved.warnings.iter().map(|w| w.code.as_str()).collect();
    assert!(codes.contains(&"no_un_link"), "{codes:?}");
    assert!(codes.contains(&"no_consent"), "{codes:?}");

    let mut fixed = inc;
    fixed.un_links.push(un_link());
    fixed.un_raised = Some(false);
    let mut c = consent(&defender, 3);
    c.name_form = Some(NameForm::Initials);
    fixed.consent.push(c);
    let saved = records::save_incident(conn, fixed, &[], Some(1)).unwrap();
    assert!(saved.warnings.is_empty(), "{:?}", saved.warnings);
}

#[test]
fn search_ignores_case_accents_and_arabic_vowel_marks_and_finds_actor_names() {
    let (_v, s) = new_vault();
    let conn = s.connection().unwrap();
    let mut a = incident(
        "Équipage poursuivi",
        "Le capitaine a été DÉTENU à Lampedusa.",
    );
    let mut captain = person("Marta Ríos");
    captain.other_names.push("مارتا ريوس".to_owned());
    involve(&mut a, &captain, "victim");
    records::save_incident(conn, a.clone(), &[captain], None).unwrap();
    let b = incident(
        "منع من السفر",
        "مُنِعَ المُدافِعُ مِنَ السَّفَرِ إلى جنيف بعد شهادته أمام المجلس.",
    );
    records::save_incident(conn, b.clone(), &[], None).unwrap();

    assert_eq!(find(&s, "detenu"), vec![a.id.clone()]);
    assert_eq!(find(&s, "equipage"), vec![a.id.clone()]);
    assert_eq!(find(&s, "rios"), vec![a.id.clone()], "actor name");
    assert_eq!(find(&s, "ريوس"), vec![a.id.clone()], "other name in Arabic");
    assert_eq!(
        find(&s, "المدافع"),
        vec![b.id.clone()],
        "Arabic without vowel marks"
    );
    assert_eq!(find(&s, "جنيف شهادته"), vec![b.id.clone()]);
    assert_eq!(
        find(&s, "lampe"),
        vec![a.id.clone()],
        "the last word is a prefix"
    );
    assert!(
        find(&s, "\"OR\" NEAR(").is_empty(),
        "FTS syntax is quoted away"
    );
}

#[test]
fn filters_sorting_and_paging_combine() {
    let (_v, s) = new_vault();
    let conn = s.connection().unwrap();
    let mut ids = Vec::new();
    for i in 0..30u32 {
        let mut inc = incident(&format!("Case {i}"), "common word harbour");
        inc.start = Some(PartialDate {
            date: format!("2024-{:02}-10", i % 12 + 1),
            precision: DatePrecision::Day,
        });
        inc.country = Some(if i % 2 == 0 { "IT" } else { "GR" }.to_owned());
        inc.status = if i % 3 == 0 {
            Status::Verified
        } else {
            Status::Draft
        };
        inc.types = vec![if i % 5 == 0 {
            "detention"
        } else {
            "travel_ban"
        }
        .to_owned()];
        if i % 4 == 0 {
            inc.un_links.push(un_link());
        }
        ids.push(inc.id.clone());
        records::save_incident(conn, inc, &[], None).unwrap();
    }
    let run = |q: Query| records::search::search(conn, &q).unwrap();
    let all = run(Query {
        text: "harbour".into(),
        ..Default::default()
    });
    assert_eq!(all.total, 30);
    let it = run(Query {
        text: "harbour".into(),
        countries: vec!["IT".into()],
        ..Default::default()
    });
    assert_eq!(it.total, 15);
    let verified_gr = run(Query {
        countries: vec!["GR".into()],
        statuses: vec![Status::Verified],
        ..Default::default()
    });
    // i odd and divisible by 3: 3, 9, 15, 21, 27
    assert_eq!(verified_gr.total, 5);
    let detention = run(Query {
        types: vec!["detention".into()],
        ..Default::default()
    });
    assert_eq!(detention.total, 6);
    let linked = run(Query {
        has_un_link: Some(true),
        ..Default::default()
    });
    assert_eq!(linked.total, 8);
    let march = run(Query {
        from: Some("2024-03".into()),
        to: Some("2024-03".into()),
        ..Default::default()
    });
    // months 3 for i = 2, 14, 26
    assert_eq!(march.total, 3);
    let consent_none = run(Query {
        consent: vec![ConsentState::NoPeople],
        ..Default::default()
    });
    assert_eq!(consent_none.total, 30);

    let page1 = run(Query {
        sort: Sort::DateAsc,
        limit: 10,
        ..Default::default()
    });
    let page2 = run(Query {
        sort: Sort::DateAsc,
        limit: 10,
        offset: 10,
        ..Default::default()
    });
    assert_eq!(page1.items.len(), 10);
    assert_eq!(page1.total, 30);
    let dates: Vec<String> = page1
        .items
        .iter()
        .chain(&page2.items)
        .map(|s| s.start.clone().unwrap().date)
        .collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "ascending by date across pages");
    assert!(
        page1
            .items
            .iter()
            .all(|a| page2.items.iter().all(|b| a.id != b.id)),
        "pages do not overlap"
    );

    let bad = records::search::search(
        conn,
        &Query {
            from: Some("March".into()),
            ..Default::default()
        },
    );
    assert!(matches!(bad, Err(VaultError::InvalidInput(_))));
}

#[test]
fn deleting_removes_the_record_its_revisions_index_entries_and_lone_actors() {
    let (_v, s) = new_vault();
    let conn = s.connection().unwrap();
    let shared = person("Shared Lawyer");
    let lone = person("Only Here");
    let mut a = incident("To delete", "zanzibarword appears here");
    involve(&mut a, &shared, "witness");
    involve(&mut a, &lone, "victim");
    let mut b = incident("To keep", "another case");
    involve(&mut b, &shared, "witness");
    records::save_incident(conn, a.clone(), &[shared.clone(), lone.clone()], None).unwrap();
    records::save_incident(conn, b.clone(), &[], None).unwrap();
    let mut a2 = a.clone();
    a2.title = "To delete, edited".to_owned();
    records::save_incident(conn, a2, &[], Some(1)).unwrap();
    records::save_draft(conn, &a.id, "{\"unsaved\":true}").unwrap();
    assert_eq!(find(&s, "zanzibarword"), vec![a.id.clone()]);

    let deleted = records::delete_incident(conn, &a.id).unwrap();
    assert_eq!((deleted.revisions, deleted.actors), (2, 1));
    assert!(find(&s, "zanzibarword").is_empty());
    assert!(find(&s, "only here").is_empty());
    assert!(matches!(
        records::get_incident(conn, &a.id),
        Err(VaultError::Record(tadamun::RecordError::NotFound { .. }))
    ));
    assert_eq!(count(&s, "SELECT count(*) FROM incident_revisions"), 1);
    assert_eq!(count(&s, "SELECT count(*) FROM incidents"), 1);
    assert_eq!(count(&s, "SELECT count(*) FROM editor_drafts"), 0);
    let names: Vec<String> = records::list_actors(conn, None)
        .unwrap()
        .into_iter()
        .map(|a| a.actor.name)
        .collect();
    assert_eq!(names, vec!["Shared Lawyer"]);
    // Freed pages are overwritten: secure_delete on the database and on the index.
    assert_eq!(count(&s, "PRAGMA secure_delete"), 1);
    assert_eq!(
        count(
            &s,
            "SELECT v FROM incident_fts_config WHERE k = 'secure-delete'"
        ),
        1
    );
    // The audit log keeps only that a deletion happened.
    let last = s.audit_recent(1).unwrap().remove(0);
    assert_eq!(last.event, "incident_deleted");
    assert!(
        !last.detail.contains("delete") && !last.detail.contains(&a.id),
        "{}",
        last.detail
    );
}

#[test]
fn renaming_an_actor_reindexes_every_incident_it_appears_in() {
    let (_v, s) = new_vault();
    let conn = s.connection().unwrap();
    let mut ngo = person("Horizons");
    ngo.kind = ActorKind::Organisation;
    let mut a = incident("Account closed", "bank letter");
    involve(&mut a, &ngo, "affected_organisation");
    let mut b = incident("Funding frozen", "ministry decision");
    involve(&mut b, &ngo, "affected_organisation");
    records::save_incident(conn, a.clone(), &[ngo.clone()], None).unwrap();
    records::save_incident(conn, b.clone(), &[], None).unwrap();
    let mut renamed = ngo.clone();
    renamed.name = "Horizons Solidaires".to_owned();
    records::save_incident(conn, a.clone(), &[renamed], Some(1)).unwrap();
    let mut hits = find(&s, "solidaires");
    hits.sort();
    let mut want = vec![a.id, b.id];
    want.sort();
    assert_eq!(hits, want);
}

#[test]
fn interchange_export_then_import_into_another_vault_is_lossless() {
    let (_v, s) = new_vault();
    let demo = tadamun::demo::cases().unwrap();
    let conn = s.connection().unwrap();
    interchange::import(conn, demo.clone()).unwrap();
    let exported = interchange::export(conn, &[]).unwrap();
    let mut want = demo.clone();
    want.actors.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(exported.incidents, want.incidents);
    assert_eq!(exported.actors, want.actors);

    let (_v2, s2) = new_vault();
    let text = serde_json::to_vec(&exported).unwrap();
    interchange::import(s2.connection().unwrap(), interchange::parse(&text).unwrap()).unwrap();
    let again = interchange::export(s2.connection().unwrap(), &[]).unwrap();
    assert_eq!(again, exported);
    // Importing the same incidents twice is refused as a whole.
    let err = interchange::import(s2.connection().unwrap(), exported).unwrap_err();
    assert!(matches!(err, VaultError::InvalidInput(_)), "{err}");
    assert_eq!(
        records::count_incidents(s2.connection().unwrap()).unwrap(),
        again.incidents.len() as u64
    );
}

#[test]
fn the_demo_vault_holds_a_dozen_valid_cases_and_is_marked() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("demo");
    let created =
        tadamun::demo::create(&dir, tadamun::keys::KdfPolicy::insecure_fast_for_tests()).unwrap();
    let conn = created.session.connection().unwrap();
    assert!(records::count_incidents(conn).unwrap() >= 12);
    assert!(vault::inspect(&dir).unwrap().demo);
    let reprisal_without_link = records::search::search(
        conn,
        &Query {
            has_un_link: Some(false),
            ..Default::default()
        },
    )
    .unwrap();
    assert!(
        reprisal_without_link.total >= 1,
        "the demo shows an incomplete case"
    );
    created.session.lock();
    let session =
        vault::unlock_with_passphrase(&dir, &secret(tadamun::demo::DEMO_PASSPHRASE)).unwrap();
    assert!(session.verify().unwrap().is_ok());
    drop(session);
    vault::erase(&dir).unwrap();
    assert!(!dir.join("DEMO").exists());
}

#[test]
fn a_vault_from_the_first_format_is_migrated_and_keeps_its_settings() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("old");
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/vault-format1");
    copy_dir(&fixture, &dir);
    let s = vault::unlock_with_passphrase(&dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(
        count(&s, "PRAGMA user_version"),
        i64::from(tadamun::store::schema_version())
    );
    assert_eq!(s.auto_lock_minutes().unwrap(), 7);
    let conn = s.connection().unwrap();
    let inc = incident("After the upgrade", "first record in an old vault");
    let saved = records::save_incident(conn, inc, &[], None).unwrap();
    assert_eq!(saved.number, 1);
    assert!(s.verify().unwrap().is_ok());
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

#[test]
fn record_text_never_appears_in_the_vault_files() {
    let (v, s) = new_vault();
    let marker = "Plaintext-Canary-Ríos-مارتا";
    let mut inc = incident(marker, &format!("{marker} narrative"));
    let p = person(marker);
    involve(&mut inc, &p, "victim");
    records::save_incident(s.connection().unwrap(), inc, &[p], None).unwrap();
    s.lock();
    for (path, bytes) in snapshot(&v.dir) {
        for needle in [marker.as_bytes(), "canary".as_bytes(), "Canary".as_bytes()] {
            assert!(!contains(&bytes, needle), "plaintext in {}", path.display());
        }
    }
}

#[test]
fn the_database_file_is_readable_by_its_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let (v, _s) = new_vault();
    let mode = std::fs::metadata(v.dir.join("store.db"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o077, 0, "mode {mode:o}");
}

#[test]
fn records_and_their_search_index_survive_a_key_rotation() {
    let (v, mut s) = new_vault();
    let mut ids = Vec::new();
    for i in 0..20 {
        let mut inc = incident(
            &format!("Case {i}"),
            &format!("harbour inspection number{i}"),
        );
        let p = person(&format!("Person Number{i}"));
        involve(&mut inc, &p, "victim");
        ids.push(inc.id.clone());
        records::save_incident(s.connection().unwrap(), inc, &[p], None).unwrap();
    }
    records::delete_incident(s.connection().unwrap(), &ids[3]).unwrap();
    let before = tadamun::records::interchange::export(s.connection().unwrap(), &[]).unwrap();
    s.rotate_key(
        &secret(PASSPHRASE),
        tadamun::keys::KdfPolicy::insecure_fast_for_tests(),
        &mut |_| {},
    )
    .unwrap();
    s.lock();
    let s = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap();
    assert!(s.verify().unwrap().is_ok());
    let after = tadamun::records::interchange::export(s.connection().unwrap(), &[]).unwrap();
    assert_eq!(after, before);
    assert_eq!(find(&s, "harbour").len(), 19);
    assert_eq!(find(&s, "number7"), vec![ids[7].clone()]);
    assert!(find(&s, "number3").is_empty());
    assert_eq!(find(&s, "person number12"), vec![ids[12].clone()]);
    // New saves after the rotation are indexed too.
    let inc = incident("After rotation", "quayside");
    records::save_incident(s.connection().unwrap(), inc.clone(), &[], None).unwrap();
    assert_eq!(find(&s, "quayside"), vec![inc.id]);
    assert_eq!(count(&s, "SELECT count(*) FROM incident_revisions"), 20);
}

#[test]
fn verify_reports_an_incident_missing_from_the_search_index_or_its_contents() {
    let (_v, s) = new_vault();
    let conn = s.connection().unwrap();
    for i in 0..3 {
        records::save_incident(conn, incident(&format!("Case {i}"), "text"), &[], None).unwrap();
    }
    assert!(s.verify().unwrap().is_ok());
    conn.execute(
        "DELETE FROM incident_fts WHERE rowid = (SELECT min(pk) FROM incidents)",
        [],
    )
    .unwrap();
    let report = s.verify().unwrap();
    assert!(!report.is_ok());
    assert!(
        report
            .database_problems
            .iter()
            .any(|p| p.contains("search index has 2 entries for 3")),
        "{:?}",
        report.database_problems
    );
    conn.execute(
        "DELETE FROM incident_data WHERE incident_pk = (SELECT max(pk) FROM incidents)",
        [],
    )
    .unwrap();
    let report = s.verify().unwrap();
    assert!(report
        .database_problems
        .iter()
        .any(|p| p.contains("lost their contents")));
}

#[test]
fn an_import_never_rewrites_an_actor_already_in_the_vault() {
    let (_v, s) = new_vault();
    let conn = s.connection().unwrap();
    let p = person("Marta Ríos");
    let mut a = incident("First", "text");
    involve(&mut a, &p, "victim");
    records::save_incident(conn, a, std::slice::from_ref(&p), None).unwrap();
    let mut older = p.clone();
    older.name = "M. Rios (old spelling)".to_owned();
    let mut b = incident("Second", "text");
    involve(&mut b, &older, "victim");
    let bundle = interchange::Bundle {
        format: interchange::FORMAT.to_owned(),
        version: interchange::VERSION,
        actors: vec![older],
        incidents: vec![b],
    };
    let err = interchange::import(conn, bundle).unwrap_err();
    assert!(err.to_string().contains("different details"), "{err}");
    assert_eq!(
        records::get_actor(conn, &p.id).unwrap().actor.name,
        "Marta Ríos"
    );
    assert_eq!(records::count_incidents(conn).unwrap(), 1);
}

#[test]
fn an_incident_is_found_by_number_identifier_or_prefix_and_an_ambiguous_prefix_says_so() {
    let (_v, s) = new_vault();
    let conn = s.connection().unwrap();
    let mut a = incident("First", "one");
    a.id = "abcd1111-0000-4000-8000-000000000001".to_owned();
    let mut b = incident("Second", "two");
    b.id = "abcd2222-0000-4000-8000-000000000002".to_owned();
    records::save_incident(conn, a.clone(), &[], None).unwrap();
    let saved = records::save_incident(conn, b.clone(), &[], None).unwrap();
    assert_eq!(records::resolve_incident(conn, &b.id).unwrap(), b.id);
    assert_eq!(
        records::resolve_incident(conn, &format!("#{}", saved.number)).unwrap(),
        b.id
    );
    assert_eq!(records::resolve_incident(conn, "abcd1").unwrap(), a.id);
    // Two incidents start with "abcd": not "no such incident", but "type more".
    let err = records::resolve_incident(conn, "abcd").unwrap_err();
    assert!(
        matches!(&err, VaultError::InvalidInput(m) if m.contains("More than one")),
        "{err:?}"
    );
    let err = records::resolve_incident(conn, "ffff").unwrap_err();
    assert!(
        matches!(
            err,
            VaultError::Record(tadamun::RecordError::NotFound { .. })
        ),
        "{err:?}"
    );
}
