//! Leaving the device: sanitise, preview, then render and write.
//!
//! `records → sanitiser (one recipient profile) → SanitisedReport → writers`. The writers
//! accept only what the sanitiser built; the preview shows the very lines the DOCX and PDF
//! writers lay out. Files are made in memory, optionally age-encrypted to the recipient's
//! key(s), written without overwriting anything, listed with their SHA-256 in `SHA256SUMS`,
//! and the export is recorded on each case (as a submission) and in the audit log.

mod layout;
mod pdf;
pub mod profile;
mod redact;
mod render;
pub mod sanitise;
mod types;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::atomic::{AtomicBool, Ordering};

use rusqlite::Connection;
use sha2::{Digest, Sha256};

pub use types::*;

use self::profile::Profile;
use self::render::Source;
use self::sanitise::{Input, Sanitised};
use crate::records::{self, Status, Submission};
use crate::session::Session;
use crate::{audit, evidence, fsutil, vocab, Result, VaultError};

/// `text` folded the way the sanitiser compares names and identifiers with free text
/// (case, accents, invisible characters, punctuation and spacing ignored). For checking an
/// export by hand or in tests: a withheld name, folded, must not occur in an export, folded.
pub fn fold_for_matching(text: &str) -> String {
    redact::match_fold(text).compact
}

/// `text` folded like [`fold_for_matching`], with one space between words, and a space at
/// each end: a withheld name part `p` must not occur as `" p "` in an export.
pub fn fold_words_for_matching(text: &str) -> String {
    format!(" {} ", redact::match_fold(text).spaced.trim())
}

/// The key under which the last submitter is kept (inside the encrypted store).
const SUBMITTER_KEY: &str = "export:submitter";

/// The recipient profiles, as the app lists them.
pub fn profile_summaries() -> Result<Vec<ProfileSummary>> {
    Ok(profile::profiles()?
        .iter()
        .map(|p| ProfileSummary {
            id: p.id.clone(),
            name: p.name.en.clone(),
            address: p.address.clone(),
            about: p.about.clone(),
            languages: p.languages.clone(),
            include_min_level: p.include_min_level,
            name_min_level: p.name_min_level,
            cover_sheet: p.cover_sheet,
            attachments: p.attachments,
            reporting_period: p.reporting_period,
            mandates: p.mandates,
        })
        .collect())
}

/// Loads and sanitises what `request` asks for.
pub fn prepare(
    conn: &Connection,
    request: &ExportRequest,
) -> Result<(Sanitised, &'static Profile)> {
    let profile = profile::profile(&request.recipient)?;
    let mut inputs = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for id in &request.incident_ids {
        let id = records::resolve_incident(conn, id)?;
        if !seen.insert(id.clone()) {
            continue;
        }
        let view = records::get_incident(conn, &id)?;
        let attachments = evidence::list_attachments(conn, &id)?;
        inputs.push(Input { view, attachments });
    }
    let actors = records::all_actors(conn)?;
    let sanitised = sanitise::sanitise(profile, request, &inputs, &actors, vocab::vocabularies()?)?;
    Ok((sanitised, profile))
}

fn cover_formats(formats: &[Format]) -> Vec<Format> {
    let docs: Vec<Format> = formats
        .iter()
        .copied()
        .filter(|f| matches!(f, Format::Docx | Format::Pdf | Format::Json))
        .collect();
    if docs.is_empty() {
        vec![Format::Json]
    } else {
        docs
    }
}

fn chosen(formats: &[Format]) -> Result<Vec<Format>> {
    let mut f: Vec<Format> = formats.to_vec();
    f.sort();
    f.dedup();
    if f.is_empty() {
        return Err(VaultError::refused(
            "no_format",
            "Choose at least one format (DOCX, PDF, JSON, CSV or Uwazi CSV).",
            [],
        ));
    }
    Ok(f)
}

fn report_name(f: Format) -> &'static str {
    match f {
        Format::Docx => "submission.docx",
        Format::Pdf => "submission.pdf",
        Format::Json => "submission.json",
        Format::Csv => "submission.csv",
        Format::UwaziCsv => "submission-uwazi.csv",
    }
}

fn cover_name(f: Format) -> &'static str {
    match f {
        Format::Docx => "cover-sheet.docx",
        Format::Pdf => "cover-sheet.pdf",
        _ => "cover-sheet.json",
    }
}

/// The fields of the UN submission in plain words, in the order of the UN's forms.
const FIELD_WORDS: &[(&str, &str)] = &[
    ("recipient", "the recipient"),
    ("language", "the language"),
    ("reporting_period", "the reporting period"),
    ("victims", "victims"),
    (
        "victim_work",
        "the victims' human-rights or solidarity work",
    ),
    ("un_link", "the link to cooperation with the UN"),
    ("dates_place_account", "dates, place and the account"),
    ("act_types", "acts and their types"),
    ("perpetrators", "alleged perpetrators"),
    ("legal_basis", "legal basis, authorities and case numbers"),
    ("detention", "detention"),
    ("domestic_remedies", "domestic remedies"),
    ("consent", "consent"),
    ("already_raised", "whether the UN already raised it"),
    ("urgency", "urgency"),
    ("sea_rescue", "vessels, aircraft, fines and days held"),
    (
        "supporting_documents",
        "attachments (copies without metadata)",
    ),
];

/// What a report file of `format` contains, for a report carrying `fields`.
fn contents(format: Format, fields: &[String]) -> Vec<String> {
    match format {
        Format::Csv => render::carried_columns(render::CSV_COLUMNS, fields)
            .into_iter()
            .map(str::to_owned)
            .collect(),
        Format::UwaziCsv => render::carried_columns(render::UWAZI_COLUMNS, fields)
            .into_iter()
            .map(str::to_owned)
            .collect(),
        Format::Docx | Format::Pdf | Format::Json => FIELD_WORDS
            .iter()
            .filter(|(key, _)| fields.iter().any(|f| f == key))
            .map(|(_, words)| (*words).to_owned())
            .collect(),
    }
}

/// The field keys a document of `format` carries (none for CSV: its columns are named).
fn content_codes(format: Format, fields: &[String]) -> Vec<String> {
    match format {
        Format::Csv | Format::UwaziCsv => Vec::new(),
        Format::Docx | Format::Pdf | Format::Json => FIELD_WORDS
            .iter()
            .filter(|(key, _)| fields.iter().any(|f| f == key))
            .map(|(key, _)| (*key).to_owned())
            .collect(),
    }
}

fn format_code(f: Format) -> &'static str {
    match f {
        Format::Docx => "docx",
        Format::Pdf => "pdf",
        Format::Json => "json",
        Format::Csv => "csv",
        Format::UwaziCsv => "uwazi_csv",
    }
}

/// The files an export of `sanitised` in `formats` writes (before any `.age`).
fn plan(sanitised: &Sanitised, formats: &[Format]) -> Vec<PlannedFile> {
    let fields = &sanitised.report.fields;
    let mut files: Vec<PlannedFile> = formats
        .iter()
        .map(|f| PlannedFile {
            contents: contents(*f, fields),
            kind: format!("report_{}", format_code(*f)),
            case: None,
            content_codes: content_codes(*f, fields),
            name: report_name(*f).to_owned(),
            what: match f {
                Format::Docx => "The submission, as an editable Word document",
                Format::Pdf => "The submission, as a PDF",
                Format::Json => "The submission as data (JSON, documented format)",
                Format::Csv => "One row per case (CSV)",
                Format::UwaziCsv => "One row per case for Uwazi's CSV import",
            }
            .to_owned(),
            confidential: false,
        })
        .collect();
    if sanitised.cover_sheet.is_some() {
        for f in cover_formats(formats) {
            files.push(PlannedFile {
                name: cover_name(f).to_owned(),
                what: "Confidential cover sheet: the submitter, contacts and sources. Send it separately; never to the State.".to_owned(),
                confidential: true,
                contents: vec![
                    "the submitter".to_owned(),
                    "how to reach the people named in the report".to_owned(),
                    "sources".to_owned(),
                ],
                kind: format!("cover_{}", format_code(f)),
                case: None,
                content_codes: vec![
                    "submitter".to_owned(),
                    "contacts".to_owned(),
                    "sources".to_owned(),
                ],
            });
        }
    }
    for a in &sanitised.report.attachments {
        files.push(PlannedFile {
            name: a.file.clone(),
            what: format!("Attachment of case {}, copied without metadata", a.case),
            confidential: false,
            contents: Vec::new(),
            kind: "attachment".to_owned(),
            case: Some(a.case),
            content_codes: Vec::new(),
        });
    }
    files.push(PlannedFile {
        name: "SHA256SUMS".to_owned(),
        what: "The SHA-256 of every file, to check nothing changed on the way".to_owned(),
        confidential: false,
        contents: Vec::new(),
        kind: "checksums".to_owned(),
        case: None,
        content_codes: Vec::new(),
    });
    files
}

/// What the person sees before confirming: the report as the recipient will read it, what
/// was removed, blockers and warnings, and the files that will be written.
pub fn preview(conn: &Connection, request: &ExportRequest) -> Result<Preview> {
    let formats = chosen(&request.formats)?;
    let (sanitised, profile) = prepare(conn, request)?;
    let document = layout::report_blocks(&sanitised.report, profile)?;
    let cover_sheet = match &sanitised.cover_sheet {
        Some(c) => layout::cover_blocks(c)?,
        None => Vec::new(),
    };
    let files = plan(&sanitised, &formats);
    Ok(Preview {
        recipient: sanitised.report.recipient_name.clone(),
        document,
        cover_sheet,
        cases: u32::try_from(sanitised.report.cases.len()).unwrap_or(u32::MAX),
        notes: sanitised.notes,
        blockers: sanitised.blockers,
        warnings: sanitised.warnings,
        left_out: sanitised.left_out,
        files,
    })
}

/// Parses age public keys (`age1…`), one per entry; blank entries are ignored.
pub fn parse_recipients(keys: &[String]) -> Result<Vec<age::x25519::Recipient>> {
    let mut out = Vec::new();
    for key in keys.iter().map(|k| k.trim()).filter(|k| !k.is_empty()) {
        let shown: String = key.chars().take(16).collect();
        if key.starts_with("AGE-SECRET-KEY-") {
            return Err(VaultError::refused(
                "secret_key_given",
                "That is a secret key (AGE-SECRET-KEY-…), not a public key. Never share it. Ask the recipient for their public key, which starts with age1…",
                [],
            ));
        }
        let recipient = age::x25519::Recipient::from_str(key).map_err(|_| {
            VaultError::refused(
                "not_a_public_key",
                format!("'{shown}…' is not an age public key. Public keys start with age1 and are 62 characters long; ask the recipient to send theirs again."),
                [("key", shown.clone())],
            )
        })?;
        out.push(recipient);
    }
    Ok(out)
}

fn encrypt(bytes: &[u8], recipients: &[age::x25519::Recipient]) -> Result<Vec<u8>> {
    let encryptor =
        age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
            .map_err(|e| {
                VaultError::refused(
                    "encrypt_failed",
                    format!("Could not encrypt for those keys ({e})."),
                    [],
                )
            })?;
    let mut out = Vec::with_capacity(bytes.len() + 512);
    let mut writer = encryptor.wrap_output(&mut out)?;
    writer.write_all(bytes)?;
    writer.finish()?;
    Ok(out)
}

/// Removes what an export wrote if it did not finish, so no half export is left behind.
struct Written {
    paths: Vec<PathBuf>,
    done: bool,
}

impl Drop for Written {
    fn drop(&mut self) {
        if !self.done {
            for p in self.paths.iter().rev() {
                let _ = fs::remove_file(p);
            }
        }
    }
}

/// Refuses when any of `names` already exists in `out_dir`: an export never overwrites.
fn refuse_clashes(out_dir: &Path, names: impl Iterator<Item = String>) -> Result<()> {
    let clashes: Vec<String> = names.filter(|n| out_dir.join(n).exists()).collect();
    if clashes.is_empty() {
        return Ok(());
    }
    Err(VaultError::refused(
        "folder_not_empty",
        format!(
            "The folder {} already holds {}. Choose an empty folder; nothing was overwritten.",
            out_dir.display(),
            clashes.join(", ")
        ),
        [
            ("folder", out_dir.display().to_string()),
            ("files", clashes.join(", ")),
        ],
    ))
}

fn today() -> String {
    let d = time::OffsetDateTime::now_utc().date();
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

/// Writes the export: renders every format in memory, cleans the shareable images,
/// encrypts to `encrypt_to` when given, writes the files into `out_dir` (never over an
/// existing file), then `SHA256SUMS`, then records the submission on each case and in the
/// audit log. Refused while the preview has blockers.
pub fn export(
    session: &Session,
    request: &ExportRequest,
    out_dir: &Path,
    encrypt_to: &[String],
    cancel: &AtomicBool,
    progress: &mut dyn FnMut(ExportProgress),
) -> Result<ExportOutcome> {
    let recipients = parse_recipients(encrypt_to)?;
    let formats = chosen(&request.formats)?;
    let conn = session.connection()?;
    let (sanitised, profile) = prepare(conn, request)?;
    if !sanitised.blockers.is_empty() {
        let list: Vec<String> = sanitised
            .blockers
            .iter()
            .map(|b| match b.case {
                Some(c) => format!("case {c}: {}", b.message),
                None => b.message.clone(),
            })
            // The preview lists why each case was left out; an error message must say it too.
            .chain(
                sanitised
                    .left_out
                    .iter()
                    .map(|l| format!("Left out: #{} {} — {}", l.number, l.title, l.reason)),
            )
            .collect();
        return Err(VaultError::refused(
            "blockers_remain",
            format!("Nothing was written. Fix these first: {}", list.join(" ")),
            [],
        ));
    }
    // Checked first as well as just before writing: typesetting can take seconds.
    let suffix = if recipients.is_empty() { "" } else { ".age" };
    refuse_clashes(
        out_dir,
        plan(&sanitised, &formats).iter().map(|f| {
            if f.name == "SHA256SUMS" {
                f.name.clone()
            } else {
                format!("{}{suffix}", f.name)
            }
        }),
    )?;
    // Steps: the documents (typeset together), each attachment, saving.
    let total = u32::try_from(sanitised.report.attachments.len() + 2).unwrap_or(u32::MAX);
    let mut step = 0u32;
    let mut tick = |stage: String, progress: &mut dyn FnMut(ExportProgress)| -> Result<()> {
        if cancel.load(Ordering::Relaxed) {
            return Err(VaultError::Cancelled);
        }
        progress(ExportProgress {
            stage,
            done: step,
            total,
        });
        step += 1;
        Ok(())
    };

    // 1. Everything in memory. The writers are independent: the documents are typeset in
    // parallel (the PDF dominates; see BENCHMARKS.md).
    let report = &sanitised.report;
    let mut jobs: Vec<(String, Source<'_>, Format)> = formats
        .iter()
        .map(|f| {
            (
                report_name(*f).to_owned(),
                Source::Report(report, profile),
                *f,
            )
        })
        .collect();
    if let Some(cover) = &sanitised.cover_sheet {
        for f in cover_formats(&formats) {
            jobs.push((cover_name(f).to_owned(), Source::Cover(cover), f));
        }
    }
    tick(
        format!(
            "Writing {}",
            jobs.iter()
                .map(|(n, ..)| n.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        progress,
    )?;
    let rendered: Vec<(String, Result<Vec<u8>>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = jobs
            .into_iter()
            .map(|(name, source, format)| {
                let handle = scope.spawn(move || render::render(source, format));
                (name, handle)
            })
            .collect();
        handles
            .into_iter()
            .map(|(name, handle)| {
                let result = handle.join().unwrap_or_else(|_| {
                    Err(VaultError::refused(
                        "could_not_write",
                        format!("Tadamun could not write {name}. Nothing was written."),
                        [("name", name.to_owned())],
                    ))
                });
                (name, result)
            })
            .collect()
    });
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for (name, result) in rendered {
        files.push((name, result?));
    }
    for a in &report.attachments {
        tick(format!("Cleaning {}", a.file), progress)?;
        let (_, bytes) = evidence::read_for_preview(session, &a.source)?;
        let clean = evidence::strip::strip_metadata(&bytes, &a.media_type)?;
        files.push((a.file.clone(), clean.bytes));
    }
    if !recipients.is_empty() {
        for (name, bytes) in &mut files {
            *bytes = encrypt(bytes, &recipients)?;
            name.push_str(".age");
        }
    }

    // 2. Onto the disk, never over anything.
    tick("Saving the files".to_owned(), progress)?;
    fs::create_dir_all(out_dir)?;
    let manifest_name = "SHA256SUMS";
    refuse_clashes(
        out_dir,
        files
            .iter()
            .map(|(n, _)| n.clone())
            .chain(std::iter::once(manifest_name.to_owned())),
    )?;
    let mut written = Written {
        paths: Vec::new(),
        done: false,
    };
    let mut outcome_files = Vec::new();
    let mut manifest = String::new();
    for (name, bytes) in &files {
        let path = out_dir.join(name);
        if let Some(parent) = path.parent() {
            // A subfolder (attachments/) that is a link planted in the chosen folder would
            // send the files somewhere else.
            if parent != out_dir
                && parent
                    .symlink_metadata()
                    .is_ok_and(|m| m.file_type().is_symlink())
            {
                return Err(VaultError::refused(
                    "folder_has_link",
                    format!(
                        "'{}' in the chosen folder is a link to another place, and Tadamun does not write through links. Choose an empty folder. Nothing was kept.",
                        parent.display()
                    ),
                    [("folder", parent.display().to_string())],
                ));
            }
            fs::create_dir_all(parent)?;
        }
        written.paths.push(path.clone());
        fsutil::write_into_chosen_folder(&path, bytes)?;
        let sha256 = hex::encode(Sha256::digest(bytes));
        manifest.push_str(&format!("{sha256}  {name}\n"));
        outcome_files.push(WrittenFile {
            name: name.clone(),
            sha256,
            size: bytes.len() as u64,
        });
    }
    let manifest_path = out_dir.join(manifest_name);
    written.paths.push(manifest_path.clone());
    fsutil::write_into_chosen_folder(&manifest_path, manifest.as_bytes())?;
    outcome_files.push(WrittenFile {
        name: manifest_name.to_owned(),
        sha256: hex::encode(Sha256::digest(manifest.as_bytes())),
        size: manifest.len() as u64,
    });

    // 3. Recorded on each case and in the audit log.
    let hashes: Vec<String> = outcome_files
        .iter()
        .filter(|f| f.name != manifest_name)
        .map(|f| format!("{}  {}", f.sha256, f.name))
        .collect();
    let to_un = !matches!(profile.id.as_str(), "legal-team" | "public-summary");
    let mut numbers = Vec::new();
    let tx = conn.unchecked_transaction()?;
    for id in &sanitised.incident_ids {
        let view = records::get_incident(&tx, id)?;
        numbers.push(view.number);
        let mut incident = view.incident;
        let mut recipient = profile.name.en.clone();
        if !report.mandates.is_empty() {
            let m: Vec<&str> = report
                .mandates
                .iter()
                .map(sanitise::Clean::as_str)
                .collect();
            recipient = format!("{recipient} ({})", m.join("; "));
        }
        incident.submissions.push(Submission {
            id: records::new_id(),
            recipient,
            date_sent: Some(today()),
            reference: String::new(),
            response_received: None,
            response_summary: String::new(),
            next_step: String::new(),
            next_step_due: None,
            file_hashes: hashes.clone(),
        });
        if to_un && matches!(incident.status, Status::Draft | Status::Verified) {
            incident.status = Status::Submitted;
        }
        records::save_incident_in(&tx, incident, &view.actors, Some(view.revision))?;
    }
    audit::append(
        &tx,
        "export_written",
        &serde_json::json!({
            "recipient": profile.id,
            "cases": numbers,
            "files": outcome_files.iter().map(|f| serde_json::json!({"name": f.name, "sha256": f.sha256})).collect::<Vec<_>>(),
            "encrypted": !recipients.is_empty(),
        }),
    )?;
    if let Some(s) = request.submitter.as_ref().filter(|s| !s.is_blank()) {
        let data = serde_json::to_string(s).map_err(|e| VaultError::InvalidInput(e.to_string()))?;
        records::save_draft(&tx, SUBMITTER_KEY, &data)?;
    }
    tx.commit()?;
    written.done = true;
    progress(ExportProgress {
        stage: "Done".to_owned(),
        done: total,
        total,
    });
    Ok(ExportOutcome {
        dir: out_dir.display().to_string(),
        files: outcome_files,
        encrypted: !recipients.is_empty(),
        cases: u32::try_from(report.cases.len()).unwrap_or(u32::MAX),
    })
}

/// The submitter entered at the last export, kept inside the vault.
pub fn last_submitter(conn: &Connection) -> Result<Option<Submitter>> {
    Ok(records::get_draft(conn, SUBMITTER_KEY)?.and_then(|d| serde_json::from_str(&d.data).ok()))
}

/// Renders a report in one format, in memory (for tests and benchmarks; exports go through
/// [`export`]).
pub fn render(sanitised: &Sanitised, profile: &Profile, format: Format) -> Result<Vec<u8>> {
    render::render(Source::Report(&sanitised.report, profile), format)
}

/// Renders the cover sheet in one format (DOCX, PDF or JSON), in memory.
pub fn render_cover(sanitised: &Sanitised, format: Format) -> Result<Option<Vec<u8>>> {
    sanitised
        .cover_sheet
        .as_ref()
        .map(|cover| render::render(Source::Cover(cover), format))
        .transpose()
}
