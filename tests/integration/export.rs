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
use unicode_normalization::UnicodeNormalization;

use crate::support::{consent, incident, involve, new_vault, person};

pub(crate) const ALL: [Format; 5] = Format::ALL;

pub(crate) fn request(recipient: &str, ids: &[String], formats: &[Format]) -> ExportRequest {
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
        same_pseudonym_across_cases: false,
    }
}

pub(crate) fn un_link() -> UnLink {
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
pub(crate) fn readable(name: &str, bytes: &[u8]) -> Vec<String> {
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
// The property: whatever the names, their spelling and where they are written, nobody below
// the needed consent level can be identified in any output.

/// People with names chosen to be hard: accents, Arabic (with the article), Greek and
/// Turkish capitals, German ß, Polish Ł, a two-letter name with a Chinese spelling, names that
/// are common words. Each with a phone number and a licence plate.
const NAMES: &[(&str, &[&str])] = &[
    ("Zoë Ångström", &["Zoe Angstrom"]),
    ("José Ñúñez", &["Pepe Nunez"]),
    ("محمد الأمين", &["Mohamed Lamine"]),
    ("فاطمة الزهراء", &["Fatima Zahra"]),
    ("Hope Grace", &[]),
    ("Nour Karam", &["نور كرم"]),
    ("Ali Khan", &[]),
    ("Ève Dufresne", &["Eve Dufrene"]),
    ("Γιώργος Παπαδόπουλος", &["Giorgos Papadopoulos"]),
    ("Ayşe Yılmaz", &[]),
    ("Jürgen Strauß", &[]),
    ("Łukasz Łukasiewicz", &[]),
    ("Li Na", &["李娜"]),
    ("Amira Haddad", &["أميرة حداد"]),
];

/// Organisations and vessels, with their registration.
const CRAFT: &[(ActorKind, &str, &str)] = &[
    (ActorKind::Vessel, "Sea-Watch 3", "IMO 9812345"),
    (
        ActorKind::Organisation,
        "Mediterranea Saving Humans",
        "Registry no. 55-7712-90",
    ),
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
fn may_name(profile: &str, level: Option<u8>, form: Option<NameForm>) -> bool {
    let level = level.unwrap_or(0);
    match profile {
        "legal-team" => level >= 1,
        "sg-report" | "public-summary" => level >= 3 && form == Some(NameForm::FullName),
        _ => level >= 2,
    }
}

/// A name as a careless, hurried or hostile typist might write it: every way the review
/// found a name slipping through.
fn spellings(name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split(' ').collect();
    let insert = |mark: &str| {
        words
            .iter()
            .map(|w| {
                let chars: Vec<char> = w.chars().collect();
                if chars.len() >= 3 {
                    let (a, b) = chars.split_at(2);
                    format!(
                        "{}{mark}{}",
                        a.iter().collect::<String>(),
                        b.iter().collect::<String>()
                    )
                } else {
                    (*w).to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let longest = words
        .iter()
        .max_by_key(|w| w.chars().count())
        .copied()
        .unwrap_or(name);
    let half = longest.chars().count() / 2;
    let hyphenated = format!(
        "{}-\n{}",
        longest.chars().take(half).collect::<String>(),
        longest.chars().skip(half).collect::<String>()
    );
    let plain: String = name
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(|c| match c {
            'Ł' => "L".chars().collect::<Vec<_>>(),
            'ł' => vec!['l'],
            'ß' => vec!['s', 's'],
            'ı' => vec!['i'],
            c => vec![c],
        })
        .collect();
    let mut out = vec![
        name.to_owned(),
        name.to_uppercase(),
        insert("\u{00AD}"),
        insert("\u{200B}"),
        insert("\u{200D}"),
        insert("\u{202E}"),
        hyphenated,
        words.join("-"),
        words.concat(),
        words.join(". "),
        plain,
    ];
    for w in &words {
        // One part alone, with a title: "Ms Li", "Mr YILMAZ", and with invisible characters
        // or a line break inside it.
        out.push(format!("Ms {w}"));
        out.push(format!("Mr {}", w.to_uppercase()));
        let chars: Vec<char> = w.chars().collect();
        if chars.len() >= 4 {
            let (a, b) = chars.split_at(2);
            let (a, b): (String, String) = (a.iter().collect(), b.iter().collect());
            out.push(format!("Mx {a}\u{00AD}{b}"));
            out.push(format!("Mx {a}\u{200B}{b}"));
            out.push(format!("Mx {a}-\n{b}"));
        }
        // Arabic: without the article, or with another prefix glued on.
        if let Some(bare) = w.strip_prefix("ال") {
            out.push(bare.to_owned());
            out.push(format!("و{w}"));
            out.push(format!("ب{bare}"));
        }
    }
    out
}

/// A phone number written the ways people write them.
fn phone_spellings(n: usize) -> (String, Vec<String>) {
    let contact = format!("Signal +961 70 12{n:02}56");
    let spelled = vec![
        format!("0096170 12{n:02}56"),
        format!("70-12{}-{}56", n / 10, n % 10),
        format!("+961 70 12 {n:02} 56"),
        format!("(70) 12{n:02}56"),
        // The same number in Arabic-Indic and Persian digits.
        format!("70 12{n:02}56")
            .chars()
            .map(|c| {
                c.to_digit(10)
                    .and_then(|d| char::from_u32(0x660 + d))
                    .unwrap_or(c)
            })
            .collect(),
        format!("70 12{n:02}56")
            .chars()
            .map(|c| {
                c.to_digit(10)
                    .and_then(|d| char::from_u32(0x6F0 + d))
                    .unwrap_or(c)
            })
            .collect(),
    ];
    (contact, spelled)
}

fn plate(n: usize) -> (String, Vec<String>) {
    (
        format!("AB-{n:02}7-CD"),
        vec![format!("ab {n:02}7 cd"), format!("AB{n:02}7CD")],
    )
}

fn craft_spellings(name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split([' ', '-']).collect();
    vec![
        name.to_owned(),
        name.to_uppercase(),
        name.replace('-', " "),
        name.replace('-', ""),
        words.first().map(|w| (*w).to_owned()).unwrap_or_default(),
        words.iter().take(2).copied().collect::<Vec<_>>().concat(),
    ]
}

/// The test's own folding, written independently of the sanitiser's so that a fault in that
/// folding cannot hide itself: invisible characters (Default_Ignorable_Code_Point) dropped,
/// a line-break hyphenation joined, NFKD without marks, lower case, the letters that do not
/// decompose spelled out, Arabic letter variants unified. Returns (spaced words, compact).
fn oracle_fold(text: &str) -> (String, String) {
    let invisible = |c: char| {
        matches!(c as u32, 0xAD | 0x34F | 0x61C | 0x115F..=0x1160 | 0x17B4..=0x17B5
            | 0x180B..=0x180F | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0x3164
            | 0xFE00..=0xFE0F | 0xFEFF | 0xFFA0 | 0xE0000..=0xE0FFF)
    };
    let visible: String = text.chars().filter(|c| !invisible(*c)).collect();
    let mut joined = String::new();
    let mut rest = visible.as_str();
    while let Some(at) = rest.find("-\n") {
        joined.push_str(&rest[..at]);
        rest = rest[at + 2..].trim_start_matches([' ', '\t']);
    }
    joined.push_str(rest);
    let mut spaced = String::from(" ");
    for c in joined.nfkd() {
        if unicode_normalization::char::is_combining_mark(c) || c == '\u{0640}' || c == '\u{0621}' {
            continue;
        }
        for l in c.to_lowercase() {
            let s: &str = match l {
                'ς' => "σ",
                'ß' => "ss",
                'ı' => "i",
                'ł' => "l",
                'ø' => "o",
                'đ' | 'ð' => "d",
                'æ' => "ae",
                'œ' => "oe",
                'þ' => "th",
                'ة' => "ه",
                'ى' => "ي",
                _ => "",
            };
            // Arabic-Indic and Persian digits are digits.
            let digit = match l as u32 {
                n @ 0x660..=0x669 => char::from_u32(u32::from('0') + n - 0x660),
                n @ 0x6F0..=0x6F9 => char::from_u32(u32::from('0') + n - 0x6F0),
                _ => None,
            };
            if let Some(d) = digit {
                spaced.push(d);
            } else if !s.is_empty() {
                spaced.push_str(s);
            } else if l.is_alphanumeric() {
                spaced.push(l);
            } else if !spaced.ends_with(' ') {
                spaced.push(' ');
            }
        }
    }
    if !spaced.ends_with(' ') {
        spaced.push(' ');
    }
    let compact = spaced.replace(' ', "");
    (spaced, compact)
}

/// Everything a withheld actor could be recognised by: whole-word parts (folded, spaced)
/// and long forms (folded, compact), folded by [`oracle_fold`].
fn tells(names: &[String], identifiers: &[String]) -> (Vec<String>, Vec<String>) {
    let mut words = Vec::new();
    let mut compact = Vec::new();
    for n in names {
        let (spaced, c) = oracle_fold(n);
        words.push(spaced.clone());
        for part in spaced.split(' ').filter(|p| p.chars().count() >= 2) {
            if !["ال"].contains(&part) && !["sea", "saving", "humans", "3"].contains(&part) {
                words.push(format!(" {part} "));
                // An Arabic part is also recognisable without its article.
                if let Some(bare) = part.strip_prefix("ال").filter(|b| b.chars().count() >= 3) {
                    words.push(format!(" {bare} "));
                }
            }
        }
        if c.chars().count() >= 6 {
            compact.push(c);
        }
    }
    for i in identifiers {
        let (_, c) = oracle_fold(i);
        let digits: String = c.chars().filter(char::is_ascii_digit).collect();
        // The last seven digits identify a phone number whatever its prefix.
        if digits.len() >= 7 {
            compact.push(digits[digits.len() - 7..].to_owned());
        }
        if c.chars().count() >= 6 {
            compact.push(c.trim_start_matches("signal").to_owned());
        }
    }
    (words, compact)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 14, .. ProptestConfig::default() })]
    #[test]
    fn nobody_below_the_needed_consent_level_can_be_identified_in_any_output(
        people in proptest::collection::vec(gen_person(), 1..4),
        craft in proptest::collection::vec((0..CRAFT.len(), prop_oneof![Just(None), (0u8..=3).prop_map(Some)]), 0..2),
        profile_index in 0..PROFILES.len(),
        placement in 0usize..1000,
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
        // (actor index, may be named, every spelling of it for the text)
        let mut written: Vec<(usize, bool, Vec<String>)> = Vec::new();
        let mut inc = incident("A case", "");
        for p in &people {
            let (name, others) = NAMES[p.name];
            let mut a = person(name);
            a.other_names = others.iter().map(|s| (*s).to_owned()).collect();
            let (contact, phones) = phone_spellings(p.name);
            let (plate, plates) = plate(p.name);
            a.contact = contact;
            a.identifiers = vec![plate];
            let mut text: Vec<String> = std::iter::once(name).chain(others.iter().copied()).flat_map(spellings).collect();
            text.extend(phones);
            text.extend(plates);
            written.push((actors.len(), may_name(profile, p.level, p.form), text));
            involve(&mut inc, &a, p.role);
            if let Some(level) = p.level {
                let mut c = consent(&a, level);
                if level == 3 {
                    c.name_form = p.form;
                    c.anonymous_description = "a rescuer".to_owned();
                }
                inc.consent.push(c);
            }
            actors.push(a);
        }
        let mut seen_craft = std::collections::HashSet::new();
        for (k, level) in craft.into_iter().filter(|(k, _)| seen_craft.insert(*k)) {
            let (kind, name, registration) = CRAFT[k];
            let mut a = Actor::new(tadamun::records::new_id(), kind, name);
            a.registration = registration.to_owned();
            let mut text = craft_spellings(name);
            text.push(registration.replace(' ', ""));
            text.push(registration.replace('-', " "));
            written.push((actors.len(), may_name(profile, level, Some(NameForm::FullName)), text));
            involve(&mut inc, &a, "affected_organisation");
            if let Some(level) = level {
                let mut c = consent(&a, level);
                if level == 3 {
                    c.name_form = Some(NameForm::FullName);
                }
                inc.consent.push(c);
            }
            actors.push(a);
        }
        // Every spelling goes into the account, and each also into one other free-text
        // field, chosen by `placement`.
        let mut fields: Vec<String> = vec![String::new(); 10];
        let mut k = placement;
        for (_, _, text) in &written {
            for t in text {
                inc.narrative.push_str(&format!("{t} was there; "));
                let n = fields.len();
                fields[k % n].push_str(&format!("{t}, "));
                k += 1;
            }
        }
        inc.title = format!("What happened to {}", fields[0]);
        inc.title.truncate(inc.title.char_indices().nth(250).map_or(inc.title.len(), |(i, _)| i));
        inc.current_situation = fields[1].clone();
        inc.domestic_remedies = fields[2].clone();
        inc.un_links = vec![UnLink { reference: fields[3].clone(), ..un_link() }];
        inc.un_raised = Some(true);
        inc.un_raised_reference = fields[4].clone();
        inc.sources = vec![Source {
            id: "s1".to_owned(),
            kind: SourceKind::WitnessTestimony,
            description: fields[5].clone(),
            actor_id: None,
            reliability: Reliability::Medium,
            obtained_on: None,
        }];
        if let Some(first) = inc.involvements.first_mut() {
            first.description = fields[6].clone();
        }
        for c in &mut inc.consent {
            c.purpose = fields[7].clone();
        }
        // One act done to each person, with a case number only that act carries.
        for (i, p) in people.iter().enumerate() {
            let a = &actors[i];
            inc.acts.push(Act {
                id: format!("act-{i}"),
                act_type: "travel_ban".to_owned(),
                victim_id: a.id.clone(),
                perpetrator_ids: Vec::new(),
                date: None,
                description: fields[8].clone(),
                legal_basis: fields[(i + 2) % 8].clone(),
                authority: "Prefecture".to_owned(),
                case_number: format!("RGNR-{i}-{}", p.name),
                detention_place: fields[(i + 3) % 8].clone(),
                lawyer_access: None,
                proceeding_type: None,
                proceeding_status: None,
                fine: fields[(i + 4) % 8].clone(),
                vessel_detention_days: None,
                confidential: Vec::new(),
            });
        }
        records::save_incident(conn, inc.clone(), &actors, None).unwrap();
        // A shareable photo, named after the first person, described with the last field.
        let photo_dir = tempfile::tempdir().unwrap();
        let photo = photo_dir.path().join(format!("{}.png", NAMES[people[0].name].0));
        image::RgbImage::from_fn(8, 8, |x, y| image::Rgb([x as u8 * 30, y as u8 * 30, 90]))
            .save_with_format(&photo, image::ImageFormat::Png)
            .unwrap();
        let never = AtomicBool::new(false);
        let imported = tadamun::evidence::import_file(&session, &inc.id, &photo, "test", &never, &mut |_| {}).unwrap();
        tadamun::evidence::update_attachment(conn, &imported.attachment.id, &fields[9], true).unwrap();
        let (sanitised, prof) = export::prepare(conn, &request(profile, &[inc.id.clone()], &ALL)).unwrap();
        let victim_withheld = people.iter().any(|p| {
            p.role == "victim" && p.level.unwrap_or(0) < prof.include_min_level
        });
        if victim_withheld {
            prop_assert_eq!(sanitised.report.cases.len(), 0, "a case with a non-consenting victim was kept");
        }
        // (file, text, whether it is a PDF's raw bytes: checked only for long forms, since
        // compressed streams are full of short letter runs).
        let mut outputs: Vec<(String, String, bool)> = Vec::new();
        let mut add = |name: String, bytes: Vec<u8>| {
            let ext = name.rsplit('.').next().unwrap_or_default().to_owned();
            for (n, text) in readable(&format!("{name}.{ext}"), &bytes).into_iter().enumerate() {
                outputs.push((name.clone(), text, ext == "pdf" && n == 1));
            }
        };
        for f in ALL {
            add(format!("report.{}", f.cli_name()), export::render(&sanitised, prof, f).unwrap());
        }
        for f in [Format::Docx, Format::Pdf, Format::Json] {
            if let Some(bytes) = export::render_cover(&sanitised, f).unwrap() {
                add(format!("cover.{}", f.cli_name()), bytes);
            }
        }
        let preview = export::preview(conn, &request(profile, &[inc.id.clone()], &ALL)).unwrap();
        let planned: Vec<String> = preview.files.iter().map(|f| f.name.clone()).collect();
        outputs.push(("file names".to_owned(), planned.join("\n"), false));
        let folded: Vec<(String, String, String)> = outputs
            .iter()
            .map(|(f, t, raw)| {
                let (words, compact) = oracle_fold(t);
                (f.clone(), if *raw { String::new() } else { words }, compact)
            })
            .collect();
        for (i, named, _) in &written {
            let a = &actors[*i];
            if *named {
                continue;
            }
            let names: Vec<String> = std::iter::once(a.name.clone()).chain(a.other_names.iter().cloned()).collect();
            let ids: Vec<String> = [a.contact.clone(), a.registration.clone()].into_iter().chain(a.identifiers.iter().cloned()).filter(|s| !s.is_empty()).collect();
            let (words, compact) = tells(&names, &ids);
            for (file, spaced, squashed) in &folded {
                for w in &words {
                    prop_assert!(!spaced.contains(w.as_str()), "{:?} of {} leaked into {file} for {profile}", w, a.name);
                }
                for c in &compact {
                    prop_assert!(!squashed.contains(c.as_str()), "{:?} of {} leaked into {file} for {profile}", c, a.name);
                }
            }
        }
        // An act done to someone who does not appear is gone with every field.
        for (i, p) in people.iter().enumerate() {
            let appears = p.level.unwrap_or(0) >= prof.include_min_level;
            if !appears {
                let marker = format!("RGNR-{i}-{}", p.name);
                for (file, text, _) in &outputs {
                    prop_assert!(!text.contains(&marker), "an act of {} who does not appear reached {file}", NAMES[p.name].0);
                }
            }
        }
        // And named people are named.
        for (i, named, _) in &written {
            if *named && !victim_withheld {
                let json = &outputs.iter().find(|(f, ..)| f == "report.json").map(|(_, t, _)| t.clone()).unwrap_or_default();
                prop_assert!(json.contains(actors[*i].name.as_str()), "{} should be named to {profile}", actors[*i].name);
            }
        }
    }
}

/// A demo case in a PDF in each of the six UN languages: the headings come out of `pdftotext`
/// in their own script, as letters (no presentation forms, no missing glyphs), with the
/// country named in the report's language; a recipient's other working languages are warned
/// about, not refused.
#[test]
fn the_demo_case_in_a_pdf_in_each_of_the_six_un_languages() {
    let (_v, session) = new_vault();
    let conn = session.connection().unwrap();
    let cases = tadamun::demo::cases().unwrap();
    tadamun::records::interchange::import(conn, cases).unwrap();
    // A demo case the OHCHR team may receive with a country (every victim consented).
    let ids: Vec<String> = tadamun::records::search::search(conn, &Default::default())
        .unwrap()
        .items
        .into_iter()
        .map(|i| i.id)
        .collect();
    let script = |language: &str, c: char| match language {
        "ar" => ('\u{0600}'..='\u{06FF}').contains(&c),
        "ru" => ('\u{0400}'..='\u{04FF}').contains(&c),
        "zh" => ('\u{4E00}'..='\u{9FFF}').contains(&c),
        _ => c.is_ascii_alphabetic() || "éèàçñóíáúÉ".contains(c),
    };
    let heading = |language: &str| -> String {
        let ftl = std::fs::read_to_string(format!("data/export/locales/{language}.ftl")).unwrap();
        ftl.lines()
            .find_map(|l| l.strip_prefix("recipient = "))
            .unwrap()
            .to_owned()
    };
    for language in ["en", "fr", "es", "ar", "ru", "zh"] {
        let mut req = request("ohchr-reprisals", &ids, &[Format::Pdf]);
        req.language = language.to_owned();
        let (sanitised, profile) = export::prepare(conn, &req).unwrap();
        assert!(!sanitised.report.cases.is_empty(), "{language}: no case");
        let warned = sanitised
            .warnings
            .iter()
            .any(|w| w.code == "not_a_working_language");
        assert_eq!(warned, ["ar", "ru", "zh"].contains(&language), "{language}");
        let text = pdf_text(&export::render(&sanitised, profile, Format::Pdf).unwrap());
        // Word by word: pdftotext puts a right-to-left line's number after its words, and it
        // cannot give back the order of the letters of a lam-alef ligature (a known limit of its
        // extraction, not of the PDF), so words with one are not compared.
        let expected = heading(language);
        for word in expected.split_whitespace() {
            let word = word.trim_matches(|c: char| c.is_ascii_punctuation() || c.is_ascii_digit());
            let ligature = ["لا", "لأ", "لإ", "لآ"].iter().any(|l| word.contains(l));
            if word.is_empty() || ligature {
                continue;
            }
            assert!(
                text.contains(word),
                "{language}: {word:?} of the heading {expected:?} is not in the text:\n{text}"
            );
        }
        let own = text.chars().filter(|&c| script(language, c)).count();
        assert!(own > 100, "{language}: only {own} letters of its script");
        assert!(!text.contains('\u{FFFD}'), "{language}: a missing glyph");
        assert!(
            !text.chars().any(|c| ('\u{FB50}'..='\u{FDFF}').contains(&c)
                || ('\u{FE70}'..='\u{FEFE}').contains(&c)),
            "{language}: presentation forms instead of letters"
        );
        let country = sanitised.report.cases[0]
            .country
            .as_ref()
            .map(|c| c.name.clone())
            .unwrap_or_default();
        assert!(
            country.chars().any(|c| script(language, c)),
            "{language}: the country is named {country:?}"
        );
        assert!(
            text.contains(&country),
            "{language}: {country} is not in the PDF"
        );
    }
}
