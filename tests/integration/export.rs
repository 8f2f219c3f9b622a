//! Sanitised exports: what leaves the device, in every format, read back the way a recipient
//! (or an adversary) would: DOCX unzipped part by part, PDF text through `pdftotext`, JSON and
//! CSV as bytes, encrypted files through the stock `age` tool.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::AtomicBool;

use proptest::prelude::*;
use tadamun::export::{self, ExportRequest, Format, Submitter};
use tadamun::records::text::normalize;
use tadamun::records::{
    self, Act, ActField, Actor, ActorKind, IncidentField, NameForm, Place, PlacePrecision,
    Reliability, Source, SourceKind, UnLink,
};
use tadamun::vault::Session;

use crate::support::{consent, incident, involve, new_vault, person};

const ALL: [Format; 5] = Format::ALL;

fn request(recipient: &str, ids: &[String], formats: &[Format]) -> ExportRequest {
    ExportRequest {
        recipient: recipient.to_owned(),
        incident_ids: ids.to_vec(),
        formats: formats.to_vec(),
        language: "en".to_owned(),
        mandates: vec!["Special Rapporteur on the situation of human rights defenders".to_owned()],
        reporting_period: Some(export::ReportingPeriod {
            from: "2024-05-01".to_owned(),
            to: "2025-04-30".to_owned(),
        }),
        submitter: Some(Submitter {
            name: "Submitter Nadia Verdun".to_owned(),
            organisation: "Harbour Watch".to_owned(),
            contact: "signal:submitter.77".to_owned(),
            relation: "colleague".to_owned(),
        }),
    }
}

fn un_link() -> UnLink {
    UnLink {
        mechanism: "hrc_session".to_owned(),
        body: "HRC 58".to_owned(),
        form: "testimony".to_owned(),
        date: None,
        reference: "Side event".to_owned(),
    }
}

/// The fixed case of the snapshot tests: a pseudonymised victim (level 1) with an Arabic
/// spelling, a witness without consent, a named organisation (level 2), a State body, a
/// confidential act description, an exact place and internal notes.
fn fixture(session: &Session) -> String {
    let conn = session.connection().unwrap();
    let mut amira = person("Amira Haddad");
    amira.id = "a-amira".to_owned();
    amira.other_names = vec!["أميرة حداد".to_owned(), "Amirah Hadad".to_owned()];
    amira.contact = "signal:amira.h.42".to_owned();
    amira.gender = "woman".to_owned();
    amira.work = "Coordinates rescue shifts for Harbour Watch.".to_owned();
    let mut omar = person("Omar Saleh");
    omar.id = "a-omar".to_owned();
    let mut crew = Actor::new("a-crew", ActorKind::Organisation, "Sea Lantern Crew");
    crew.work = "Search and rescue in the central Mediterranean.".to_owned();
    let coast = Actor::new("a-coast", ActorKind::StateBody, "Coast Guard Unit 7");
    let mut inc = incident(
        "Amira Haddad stopped at the port",
        "Amira Haddad was stopped by Coast Guard Unit 7. Omar Saleh saw it. Later Ms Haddad's \
         lawyer called the Sea Lantern Crew.\nوقالت أَمِيرَة حَدّاد إنها مُنعت، ووأميرة تعرف ذلك. Amirah Hadad confirmed.",
    );
    inc.id = "i-fixture".to_owned();
    inc.types = vec!["travel_ban".to_owned()];
    involve(&mut inc, &amira, "victim");
    involve(&mut inc, &omar, "witness");
    involve(&mut inc, &crew, "affected_organisation");
    involve(&mut inc, &coast, "alleged_perpetrator");
    inc.consent = vec![consent(&amira, 1), consent(&crew, 2)];
    inc.un_links = vec![un_link()];
    inc.un_raised = Some(false);
    inc.place = Some(Place {
        name: "Quay 4, Via Marina 12".to_owned(),
        precision: PlacePrecision::Exact,
    });
    inc.internal_notes = "INTERNAL-NOTE-SECRET: call back Tuesday".to_owned();
    inc.current_situation = "CONFIDENTIAL-SITUATION still waiting".to_owned();
    inc.confidential = vec![IncidentField::CurrentSituation];
    inc.acts = vec![Act {
        id: "act-1".to_owned(),
        act_type: "travel_ban".to_owned(),
        victim_id: amira.id.clone(),
        perpetrator_ids: vec![coast.id.clone()],
        date: None,
        description: "CONFIDENTIAL-ACT details of the stop".to_owned(),
        legal_basis: "Article 12 of the port regulation".to_owned(),
        authority: String::new(),
        case_number: String::new(),
        detention_place: String::new(),
        lawyer_access: None,
        proceeding_type: None,
        proceeding_status: None,
        fine: String::new(),
        vessel_detention_days: None,
        confidential: vec![ActField::Description],
    }];
    inc.sources = vec![Source {
        id: "s1".to_owned(),
        kind: SourceKind::VictimTestimony,
        description: "Call with Amira Haddad".to_owned(),
        actor_id: None,
        reliability: Reliability::High,
        obtained_on: Some("2025-03-15".to_owned()),
    }];
    records::save_incident(conn, inc.clone(), &[amira, omar, crew, coast], None).unwrap();
    inc.id
}

/// Every readable text of an exported file: DOCX parts unzipped, PDF text extracted, the
/// rest as it is.
fn readable(name: &str, bytes: &[u8]) -> Vec<String> {
    if name.ends_with(".docx") {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut parts = Vec::new();
        for i in 0..zip.len() {
            let mut entry = zip.by_index(i).unwrap();
            let mut s = String::new();
            entry.read_to_string(&mut s).unwrap();
            parts.push(format!("{}\n{s}", entry.name()));
        }
        parts
    } else if name.ends_with(".pdf") {
        vec![pdf_text(bytes), String::from_utf8_lossy(bytes).into_owned()]
    } else {
        vec![String::from_utf8_lossy(bytes).into_owned()]
    }
}

fn pdf_text(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.pdf");
    std::fs::write(&path, bytes).unwrap();
    let out = Command::new("pdftotext")
        .arg("-enc")
        .arg("UTF-8")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed by scripts/setup.sh");
    assert!(out.status.success(), "pdftotext failed");
    String::from_utf8(out.stdout).unwrap()
}

fn files_in(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for (path, bytes) in crate::support::snapshot(dir) {
        let name = path.strip_prefix(dir).unwrap().display().to_string();
        out.push((name, bytes));
    }
    out
}

fn run_export(
    session: &Session,
    req: &ExportRequest,
    dir: &Path,
    keys: &[String],
) -> export::ExportOutcome {
    let never = AtomicBool::new(false);
    export::export(session, req, dir, keys, &never, &mut |_| {}).unwrap()
}

#[test]
fn a_pseudonymised_victim_s_names_reach_no_format_and_the_export_is_recorded() {
    let (_v, session) = new_vault();
    let id = fixture(&session);
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("to-ohchr");
    let outcome = run_export(
        &session,
        &request("ohchr-reprisals", std::slice::from_ref(&id), &ALL),
        &dir,
        &[],
    );
    let files = files_in(&dir);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    for expected in [
        "submission.docx",
        "submission.pdf",
        "submission.json",
        "submission.csv",
        "submission-uwazi.csv",
        "cover-sheet.docx",
        "cover-sheet.pdf",
        "cover-sheet.json",
        "SHA256SUMS",
    ] {
        assert!(
            names.contains(&expected),
            "{expected} missing from {names:?}"
        );
    }
    let forbidden = [
        "Amira",
        "Haddad",
        "أميرة",
        "حداد",
        "Amirah",
        "Hadad",
        "Omar",
        "Saleh",
        "signal:amira.h.42",
        "INTERNAL-NOTE-SECRET",
        "CONFIDENTIAL-SITUATION",
        "CONFIDENTIAL-ACT",
        "Quay 4",
        "Via Marina",
    ];
    for (name, bytes) in &files {
        let cover = name.starts_with("cover-sheet");
        for text in readable(name, bytes) {
            for f in forbidden {
                assert!(!text.contains(f), "{f:?} leaked into {name}");
                assert!(
                    !normalize(&text).contains(&normalize(f)),
                    "{f:?} (folded) leaked into {name}"
                );
            }
            if !cover {
                assert!(
                    !text.contains("Nadia Verdun") && !text.contains("signal:submitter"),
                    "submitter in {name}"
                );
            }
        }
    }
    // What must be there, is.
    let json = String::from_utf8(
        files
            .iter()
            .find(|(n, _)| n == "submission.json")
            .unwrap()
            .1
            .clone(),
    )
    .unwrap();
    assert!(
        json.contains("Person A")
            && json.contains("Sea Lantern Crew")
            && json.contains("Coast Guard Unit 7")
    );
    let docx = readable(
        "submission.docx",
        &files
            .iter()
            .find(|(n, _)| n == "submission.docx")
            .unwrap()
            .1,
    )
    .join("\n");
    assert!(docx.contains("Person A") && docx.contains("[name withheld]"));
    let pdf = pdf_text(&files.iter().find(|(n, _)| n == "submission.pdf").unwrap().1);
    assert!(pdf.contains("Person A"), "{pdf}");
    let cover = String::from_utf8(
        files
            .iter()
            .find(|(n, _)| n == "cover-sheet.json")
            .unwrap()
            .1
            .clone(),
    )
    .unwrap();
    assert!(cover.contains("Nadia Verdun") && cover.contains("signal:submitter.77"));

    // The manifest lists every file with its hash.
    let sums = String::from_utf8(
        files
            .iter()
            .find(|(n, _)| n == "SHA256SUMS")
            .unwrap()
            .1
            .clone(),
    )
    .unwrap();
    for f in outcome.files.iter().filter(|f| f.name != "SHA256SUMS") {
        assert!(sums.contains(&format!("{}  {}", f.sha256, f.name)));
    }
    let check = Command::new("sha256sum")
        .arg("-c")
        .arg("SHA256SUMS")
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "sha256sum -c: {}",
        String::from_utf8_lossy(&check.stdout)
    );

    // Recorded on the case, with the hashes, and in the audit log.
    let view = records::get_incident(session.connection().unwrap(), &id).unwrap();
    let sub = view.incident.submissions.last().unwrap();
    assert_eq!(sub.recipient, "OHCHR reprisals team");
    assert_eq!(sub.file_hashes.len(), outcome.files.len() - 1);
    assert_eq!(view.incident.status, records::Status::Submitted);
    let audit = tadamun::audit::list_recent(session.connection().unwrap(), 5).unwrap();
    assert!(audit
        .iter()
        .any(|e| e.event == "export_written" && !e.detail.contains("Amira")));
    // The submitter is remembered inside the vault for next time, and is not an editor draft.
    let conn = session.connection().unwrap();
    assert_eq!(
        export::last_submitter(conn).unwrap().map(|s| s.name),
        Some("Submitter Nadia Verdun".to_owned())
    );
    assert!(records::list_drafts(conn).unwrap().is_empty());
}

#[test]
fn documents_carry_no_author_creator_or_dates() {
    let (_v, session) = new_vault();
    let id = fixture(&session);
    let out = tempfile::tempdir().unwrap();
    run_export(
        &session,
        &request("legal-team", &[id], &[Format::Docx, Format::Pdf]),
        out.path(),
        &[],
    );
    let docx = std::fs::read(out.path().join("submission.docx")).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&docx)).unwrap();
    for i in 0..zip.len() {
        let entry = zip.by_index(i).unwrap();
        let t = entry.last_modified().unwrap_or_default();
        assert_eq!(
            (t.year(), t.month(), t.day()),
            (1980, 1, 1),
            "{} has a date",
            entry.name()
        );
    }
    let mut core = String::new();
    zip.by_name("docProps/core.xml")
        .unwrap()
        .read_to_string(&mut core)
        .unwrap();
    for tag in [
        "creator",
        "lastModifiedBy",
        "created",
        "modified",
        "revision",
    ] {
        assert!(!core.contains(tag), "core.xml has {tag}: {core}");
    }
    let pdf = std::fs::read(out.path().join("submission.pdf")).unwrap();
    let raw = String::from_utf8_lossy(&pdf);
    for key in [
        "/Creator",
        "/Producer",
        "/CreationDate",
        "/ModDate",
        "/Author",
        "CreatorTool",
        "xmp:CreateDate",
        "Typst",
    ] {
        assert!(!raw.contains(key), "the PDF has {key}");
    }
    // Written fresh: one cross-reference section, no incremental update.
    assert_eq!(raw.matches("%%EOF").count(), 1);
    let info = Command::new("pdfinfo")
        .arg(out.path().join("submission.pdf"))
        .output()
        .unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(
        !info.contains("Creator:")
            && !info.contains("Producer:")
            && !info.contains("CreationDate:"),
        "{info}"
    );
}

#[test]
fn arabic_is_shaped_and_extracted_as_arabic_text() {
    let (_v, session) = new_vault();
    let conn = session.connection().unwrap();
    let karim = person("كريم مدحت سليمان");
    let mut inc = incident(
        "منع من السفر بعد الإدلاء بشهادة",
        "في 8 سبتمبر 2025 منع كريم مدحت سليمان من السفر في مطار القاهرة الدولي.",
    );
    involve(&mut inc, &karim, "victim");
    inc.consent = vec![consent(&karim, 2)];
    inc.un_links = vec![un_link()];
    records::save_incident(conn, inc.clone(), &[karim], None).unwrap();
    let (sanitised, profile) =
        export::prepare(conn, &request("legal-team", &[inc.id], &[Format::Pdf])).unwrap();
    let pdf = export::render(&sanitised, profile, Format::Pdf).unwrap();
    let text = pdf_text(&pdf);
    for word in ["مطار", "القاهرة", "الدولي", "سليمان", "السفر"] {
        assert!(
            text.contains(word),
            "{word} not in the extracted text:\n{text}"
        );
    }
    // Shaped text maps back to the letters, not to presentation forms or missing glyphs.
    assert!(!text
        .chars()
        .any(|c| ('\u{FB50}'..='\u{FEFF}').contains(&c) && c != '\u{FEFF}'));
    assert!(!text.contains('\u{FFFD}'));
}

#[test]
fn cyrillic_and_latin_names_are_typeset_with_the_embedded_fonts() {
    let (_v, session) = new_vault();
    let conn = session.connection().unwrap();
    let olga = person("Ольга Петрова");
    let jose = person("José Ñúñez");
    let mut inc = incident(
        "Обыск в офисе",
        "Ольга Петрова и José Ñúñez были задержаны.",
    );
    involve(&mut inc, &olga, "victim");
    involve(&mut inc, &jose, "victim");
    inc.consent = vec![consent(&olga, 2), consent(&jose, 2)];
    inc.un_links = vec![un_link()];
    records::save_incident(conn, inc.clone(), &[olga, jose], None).unwrap();
    let (sanitised, profile) =
        export::prepare(conn, &request("legal-team", &[inc.id], &[Format::Pdf])).unwrap();
    let text = pdf_text(&export::render(&sanitised, profile, Format::Pdf).unwrap());
    assert!(
        text.contains("Ольга Петрова") && text.contains("José Ñúñez"),
        "{text}"
    );
}

#[test]
fn a_case_whose_victim_did_not_consent_is_never_written() {
    let (_v, session) = new_vault();
    let conn = session.connection().unwrap();
    let hidden = person("Yusuf Darwish");
    let mut inc = incident("Yusuf Darwish detained", "Yusuf Darwish was detained.");
    involve(&mut inc, &hidden, "victim");
    inc.consent = vec![consent(&hidden, 0)];
    inc.un_links = vec![un_link()];
    records::save_incident(conn, inc.clone(), &[hidden], None).unwrap();
    let req = request("legal-team", &[inc.id.clone()], &ALL);
    let preview = export::preview(conn, &req).unwrap();
    assert_eq!(preview.cases, 0);
    assert_eq!(preview.left_out.len(), 1);
    assert!(
        preview.left_out[0].reason.contains("level 0"),
        "{}",
        preview.left_out[0].reason
    );
    assert!(preview
        .blockers
        .iter()
        .any(|b| b.code == "nothing_to_export"));
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("never");
    let never = AtomicBool::new(false);
    let err = export::export(&session, &req, &dir, &[], &never, &mut |_| {}).unwrap_err();
    assert!(err.to_string().contains("Nothing was written"), "{err}");
    assert!(!dir.exists(), "a blocked export created its folder");
    let view = records::get_incident(conn, &inc.id).unwrap();
    assert!(view.incident.submissions.is_empty());
}

#[test]
fn the_public_summary_names_people_only_as_they_chose_and_coarsens_dates() {
    let (_v, session) = new_vault();
    let conn = session.connection().unwrap();
    let a = person("Layla Mansour");
    let b = person("Farid Benali");
    let mut inc = incident(
        "Layla Mansour and Farid Benali fined",
        "Layla Mansour and Farid Benali were fined.",
    );
    involve(&mut inc, &a, "victim");
    involve(&mut inc, &b, "victim");
    let mut ca = consent(&a, 3);
    ca.name_form = Some(NameForm::Initials);
    let mut cb = consent(&b, 3);
    cb.name_form = Some(NameForm::AnonymousDescription);
    cb.anonymous_description = "a volunteer doctor".to_owned();
    inc.consent = vec![ca, cb];
    records::save_incident(conn, inc.clone(), &[a, b], None).unwrap();
    let (sanitised, profile) =
        export::prepare(conn, &request("public-summary", &[inc.id], &[Format::Json])).unwrap();
    let json =
        String::from_utf8(export::render(&sanitised, profile, Format::Json).unwrap()).unwrap();
    assert!(
        json.contains("L.M.") && json.contains("a volunteer doctor"),
        "{json}"
    );
    for f in ["Layla", "Mansour", "Farid", "Benali", "2025-03-14"] {
        assert!(!json.contains(f), "{f} in the public summary");
    }
    assert!(json.contains("\"date\": \"2025-03\""));
    assert!(sanitised.cover_sheet.is_none());
}

#[test]
fn an_encrypted_export_opens_with_the_stock_age_tool() {
    let (_v, session) = new_vault();
    let id = fixture(&session);
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public().to_string();
    let out = tempfile::tempdir().unwrap();
    let key_file = out.path().join("key.txt");
    {
        use age::secrecy::ExposeSecret;
        std::fs::write(
            &key_file,
            format!("{}\n", identity.to_string().expose_secret()),
        )
        .unwrap();
    }
    let dir = out.path().join("enc");
    let outcome = run_export(
        &session,
        &request("ohchr-reprisals", &[id], &[Format::Json, Format::Pdf]),
        &dir,
        &[recipient],
    );
    assert!(outcome.encrypted);
    let names: Vec<String> = files_in(&dir).into_iter().map(|(n, _)| n).collect();
    assert!(
        names
            .iter()
            .all(|n| n.ends_with(".age") || n == "SHA256SUMS"),
        "{names:?}"
    );
    let plain = Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(&key_file)
        .arg(dir.join("submission.json.age"))
        .output()
        .expect("the age tool (Debian package age) is installed by scripts/setup.sh");
    assert!(
        plain.status.success(),
        "age -d failed: {}",
        String::from_utf8_lossy(&plain.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&plain.stdout).unwrap();
    assert_eq!(json["format"], "tadamun-submission");
    // A wrong key is refused before anything is read or written.
    let err = export::parse_recipients(&["age1notakey".to_owned()]).unwrap_err();
    assert!(err.to_string().contains("not an age public key"));
    let err = export::parse_recipients(&["AGE-SECRET-KEY-1XYZ".to_owned()]).unwrap_err();
    assert!(err.to_string().contains("secret key"));
}

#[test]
fn an_export_never_overwrites_files_already_in_the_folder() {
    let (_v, session) = new_vault();
    let id = fixture(&session);
    let out = tempfile::tempdir().unwrap();
    std::fs::write(out.path().join("submission.json"), b"keep me").unwrap();
    let never = AtomicBool::new(false);
    let err = export::export(
        &session,
        &request(
            "ohchr-reprisals",
            std::slice::from_ref(&id),
            &[Format::Json],
        ),
        out.path(),
        &[],
        &never,
        &mut |_| {},
    )
    .unwrap_err();
    assert!(err.to_string().contains("nothing was overwritten"), "{err}");
    assert_eq!(
        std::fs::read(out.path().join("submission.json")).unwrap(),
        b"keep me"
    );
    assert!(!out.path().join("SHA256SUMS").exists());
    let view = records::get_incident(session.connection().unwrap(), &id).unwrap();
    assert!(
        view.incident.submissions.is_empty(),
        "a refused export was recorded"
    );
}

#[test]
fn the_secretary_general_s_report_blocks_until_already_raised_is_answered() {
    let (_v, session) = new_vault();
    let conn = session.connection().unwrap();
    let v = person("Sami Nasser");
    let mut inc = incident("Sami Nasser threatened", "Sami Nasser was threatened.");
    involve(&mut inc, &v, "victim");
    let mut c = consent(&v, 3);
    c.name_form = Some(NameForm::Initials);
    inc.consent = vec![c];
    inc.un_links = vec![un_link()];
    records::save_incident(conn, inc.clone(), &[v], None).unwrap();
    let preview = export::preview(
        conn,
        &request("sg-report", &[inc.id.clone()], &[Format::Docx]),
    )
    .unwrap();
    assert!(
        preview
            .blockers
            .iter()
            .any(|b| b.code == "un_raised_unknown"),
        "{:?}",
        preview.blockers
    );
    // Published: named as they chose (initials), in the text too.
    assert!(preview.document.iter().all(|b| !b.text.contains("Sami")));
    assert!(preview
        .document
        .iter()
        .any(|b| b.text.contains("S.N. was threatened")));
    // A missing submitter blocks profiles that need one.
    let mut req = request("ohchr-reprisals", &[inc.id], &[Format::Docx]);
    req.submitter = None;
    let preview = export::preview(conn, &req).unwrap();
    assert!(preview.blockers.iter().any(|b| b.code == "no_submitter"));
}

/// Snapshot files: `UPDATE_SNAPSHOTS=1 cargo test` rewrites them.
fn snapshot(name: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/export")
        .join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == actual,
        "{} differs from the snapshot; if the change is intended, run with UPDATE_SNAPSHOTS=1",
        path.display()
    );
}

#[test]
fn snapshots_of_the_json_and_the_docx_document_for_the_fixed_case() {
    let (_v, session) = new_vault();
    let id = fixture(&session);
    let conn = session.connection().unwrap();
    let (sanitised, profile) =
        export::prepare(conn, &request("ohchr-reprisals", &[id], &ALL)).unwrap();
    let json =
        String::from_utf8(export::render(&sanitised, profile, Format::Json).unwrap()).unwrap();
    snapshot("ohchr-reprisals.json", &json);
    let docx = export::render(&sanitised, profile, Format::Docx).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    snapshot("ohchr-reprisals-document.xml", &xml.replace("><", ">\n<"));
    let csv =
        String::from_utf8(export::render(&sanitised, profile, Format::UwaziCsv).unwrap()).unwrap();
    snapshot("ohchr-reprisals-uwazi.csv", &csv);
}

// ---------------------------------------------------------------------------------------
// The property: whatever the names, nobody below the needed consent level appears anywhere.

/// Names chosen to be hard: accents, Arabic script (written with and without vowel marks in
/// the text), names that are common words, and names that occur inside other words.
const NAMES: &[(&str, &[&str])] = &[
    ("Zoë Ångström", &["Zoe Angstrom"]),
    ("José Ñúñez", &["Pepe Nunez"]),
    ("محمد الأمين", &["Mohamed Lamine"]),
    ("فاطمة الزهراء", &["Fatima Zahra"]),
    ("Hope Grace", &[]),
    ("Rose Bloom", &["Rosie"]),
    ("Said Amal", &["سعيد أمل"]),
    ("Nour Karam", &["نور كرم"]),
    ("Ali Khan", &[]),
    ("Ève Dufresne", &["Eve Dufrene"]),
];

const PROFILES: &[&str] = &[
    "ohchr-reprisals",
    "special-procedures",
    "sg-report",
    "legal-team",
    "public-summary",
];

#[derive(Debug, Clone)]
struct GenPerson {
    name: usize,
    role: &'static str,
    level: Option<u8>,
    form: Option<NameForm>,
}

fn gen_person() -> impl Strategy<Value = (usize, &'static str, Option<u8>, u8)> {
    (
        0..NAMES.len(),
        prop_oneof![
            Just("victim"),
            Just("witness"),
            Just("relative"),
            Just("source")
        ],
        prop_oneof![Just(None), (0u8..=3).prop_map(Some)],
        0u8..3,
    )
}

/// Whether `profile` may show this person's name.
fn may_name(profile: &str, p: &GenPerson) -> bool {
    let level = p.level.unwrap_or(0);
    match profile {
        "legal-team" => level >= 1,
        "sg-report" | "public-summary" => level >= 3 && p.form == Some(NameForm::FullName),
        _ => level >= 2,
    }
}

fn text_around(name: &str) -> String {
    // The name alone, in a possessive, glued to an Arabic conjunction and inside a longer word.
    format!("{name} was there. {name}'s colleague, و{name}، and x{name}son all saw it.")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, .. ProptestConfig::default() })]
    #[test]
    fn nobody_below_the_needed_consent_level_appears_in_any_output(
        people in proptest::collection::vec(gen_person(), 1..4),
        profile_index in 0..PROFILES.len(),
        vowel_marks in any::<bool>(),
    ) {
        // One person per name.
        let mut seen = std::collections::HashSet::new();
        let people: Vec<GenPerson> = people
            .into_iter()
            .filter(|(n, ..)| seen.insert(*n))
            .map(|(name, role, level, form)| GenPerson {
                name,
                role,
                level,
                form: Some([NameForm::FullName, NameForm::Initials, NameForm::AnonymousDescription][usize::from(form)]),
            })
            .collect();
        let profile = PROFILES[profile_index];
        let (_v, session) = new_vault();
        let conn = session.connection().unwrap();
        let mut actors = Vec::new();
        let mut narrative = String::new();
        for p in &people {
            let (name, others) = NAMES[p.name];
            let mut a = person(name);
            a.other_names = others.iter().map(|s| (*s).to_owned()).collect();
            a.contact = format!("contact-{}-secret", p.name);
            // Arabic names are written in the text with vowel marks half of the time.
            let written = if vowel_marks && name == "محمد الأمين" { "مُحَمَّد الأَمِين" } else { name };
            narrative.push_str(&text_around(written));
            for o in others {
                narrative.push_str(&format!(" Also known as {o}."));
            }
            actors.push(a);
        }
        let mut inc = incident("A case", &narrative);
        inc.title = format!("What happened to {}", NAMES[people[0].name].0);
        inc.un_links = vec![un_link()];
        inc.un_raised = Some(false);
        for (p, a) in people.iter().zip(&actors) {
            involve(&mut inc, a, p.role);
            if let Some(level) = p.level {
                let mut c = consent(a, level);
                if level == 3 {
                    c.name_form = p.form;
                    c.anonymous_description = "a rescuer".to_owned();
                }
                inc.consent.push(c);
            }
        }
        records::save_incident(conn, inc.clone(), &actors, None).unwrap();
        let (sanitised, prof) = export::prepare(conn, &request(profile, &[inc.id.clone()], &ALL)).unwrap();
        let victim_withheld = people.iter().any(|p| {
            p.role == "victim" && p.level.unwrap_or(0) < prof.include_min_level
        });
        if victim_withheld {
            prop_assert_eq!(sanitised.report.cases.len(), 0, "a case with a non-consenting victim was kept");
        }
        let mut outputs: Vec<(String, Vec<u8>)> = Vec::new();
        for f in ALL {
            outputs.push((format!("report.{f:?}"), export::render(&sanitised, prof, f).unwrap()));
        }
        for f in [Format::Docx, Format::Pdf, Format::Json] {
            if let Some(bytes) = export::render_cover(&sanitised, f).unwrap() {
                outputs.push((format!("cover.{f:?}"), bytes));
            }
        }
        for (p, a) in people.iter().zip(&actors) {
            let hidden = !may_name(profile, p);
            for (file, bytes) in &outputs {
                let name = if file.ends_with("Docx") { format!("{file}.docx") } else if file.ends_with("Pdf") { format!("{file}.pdf") } else { file.clone() };
                for text in readable(&name, bytes) {
                    let folded = normalize(&text);
                    if hidden {
                        for n in std::iter::once(&a.name).chain(a.other_names.iter()) {
                            prop_assert!(!text.contains(n.as_str()), "{n} leaked into {file} for {profile}: {p:?}");
                            prop_assert!(!folded.contains(&normalize(n)), "{n} (folded) leaked into {file} for {profile}");
                        }
                        prop_assert!(!text.contains(&a.contact), "contact leaked into {file}");
                    }
                    if file.starts_with("report") {
                        prop_assert!(!text.contains(&a.contact), "a contact reached the report body ({file})");
                    }
                }
            }
            if !hidden && !victim_withheld {
                let json = String::from_utf8_lossy(&outputs[2].1);
                prop_assert!(json.contains(a.name.as_str()), "{} should be named to {profile}", a.name);
            }
        }
    }
}
