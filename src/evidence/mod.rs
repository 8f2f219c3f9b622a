//! Evidence: files attached to incidents, encrypted under `blobs/`.
//!
//! An import reads the file once, as a stream: the SHA-256 of the original bytes and the age
//! STREAM encryption to the vault's own X25519 identity happen in the same pass, into a temp
//! file that is synced and renamed into place only when complete. Memory stays flat whatever
//! the size; nothing decrypted is ever written to disk, except the copies a person explicitly
//! asks for ([`extract`], [`sanitised_copy`]). A cancelled or failed import leaves no file and
//! no row. Identical content is stored once and linked.

pub mod media;
pub mod sanitise;

use std::fs;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::audit;
use crate::error::{Result, VaultError};
use crate::fsutil;
use crate::keys;
use crate::session::Session;

/// The folder of encrypted attachments inside the vault.
pub const BLOBS_DIR: &str = "blobs";
/// Suffix of a blob re-encrypted by an unfinished key rotation.
pub(crate) const NEXT_SUFFIX: &str = ".next";
/// Prefix of a blob being written.
const TEMP_PREFIX: &str = ".incoming-";
/// Read and encrypt in chunks of this size.
const CHUNK: usize = 256 * 1024;
/// How much of the start of a file is kept in memory to sniff its type and read its metadata.
const HEAD: usize = 1024 * 1024;
/// The largest attachment shown inside the app (decrypted in memory).
pub const MAX_PREVIEW: u64 = 64 * 1024 * 1024;

/// Capture details found in a file's own metadata. Kept inside the vault and shown to the
/// person; never exported unless they choose.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CaptureMetadata {
    /// When it was taken, as the device recorded it (EXIF DateTimeOriginal).
    pub taken_at: Option<String>,
    /// Latitude in decimal degrees.
    pub latitude: Option<f64>,
    /// Longitude in decimal degrees.
    pub longitude: Option<f64>,
    /// The device (make and model).
    pub device: Option<String>,
    /// Image width and height in pixels.
    pub dimensions: Option<(u32, u32)>,
}

/// One attachment of an incident.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Attachment {
    /// Identifier.
    pub id: String,
    /// The incident it belongs to.
    pub incident_id: String,
    /// The file's name where it was imported from (confidential; never exported).
    pub original_name: String,
    /// Media type sniffed from the content (`image/jpeg`, `application/pdf`…).
    pub media_type: String,
    /// Size in bytes.
    pub size: u64,
    /// SHA-256 of the original bytes (hex), taken at import.
    pub sha256: String,
    /// When it was imported (RFC 3339, UTC).
    pub imported_at: String,
    /// Who imported it.
    pub imported_by: String,
    /// Capture details from its metadata.
    pub metadata: CaptureMetadata,
    /// What it shows.
    pub description: String,
    /// Whether it may leave the vault in a sanitised export (off by default).
    pub shareable: bool,
}

/// Progress of an import or another long pass over a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Progress {
    /// Bytes done.
    pub done: u64,
    /// Bytes in all (from the file's size; 0 if unknown).
    pub total: u64,
}

/// What an import produced.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "ImportedAttachment"))]
pub struct Imported {
    /// The attachment (new, or the existing one when this file was already attached).
    pub attachment: Attachment,
    /// The same content was already in the vault: stored once, linked here.
    pub duplicate_content: bool,
    /// The same content was already attached to this incident: nothing was added.
    pub already_attached: bool,
}

fn blobs_dir(session: &Session) -> PathBuf {
    session.dir().join(BLOBS_DIR)
}

fn cancelled() -> VaultError {
    VaultError::Cancelled
}

fn incident_pk(conn: &Connection, incident_id: &str) -> Result<(i64, i64)> {
    conn.prepare_cached("SELECT pk, number FROM incidents WHERE id = ?1")?
        .query_row([incident_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
        .ok_or_else(|| VaultError::RecordNotFound {
            what: format!("incident {incident_id}"),
        })
}

/// Encrypts everything `input` yields to `recipient` into `out`, hashing the plaintext on the
/// way; keeps the first [`HEAD`] bytes. Checks `cancel` between chunks.
fn encrypt_stream(
    input: &mut dyn Read,
    out: fs::File,
    recipient: &age::x25519::Recipient,
    cancel: &AtomicBool,
    total: u64,
    progress: &mut dyn FnMut(Progress),
) -> Result<(String, u64, Vec<u8>)> {
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(recipient as &dyn age::Recipient))
            .map_err(|e| VaultError::Database(format!("encryption setup: {e}")))?;
    let mut writer = encryptor.wrap_output(BufWriter::with_capacity(CHUNK, out))?;
    let mut hasher = Sha256::new();
    let mut head = Vec::new();
    let mut buf = vec![0u8; CHUNK];
    let mut done = 0u64;
    loop {
        if cancel.load(Ordering::Relaxed) {
            return Err(cancelled());
        }
        let n = match input.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e.into()),
        };
        let chunk = &buf[..n];
        hasher.update(chunk);
        if head.len() < HEAD {
            let take = (HEAD - head.len()).min(n);
            head.extend_from_slice(&chunk[..take]);
        }
        writer.write_all(chunk)?;
        done += n as u64;
        progress(Progress { done, total });
    }
    let mut inner = writer.finish()?;
    inner.flush()?;
    let file = inner
        .into_inner()
        .map_err(|e| VaultError::from(e.into_error()))?;
    file.sync_all()?;
    Ok((hex::encode(hasher.finalize()), done, head))
}

/// Creates a new private file for writing (0600), failing if it exists.
fn create_private(path: &Path) -> Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    Ok(options.open(path)?)
}

/// Removes a file on drop unless disarmed: a failed or cancelled write leaves nothing.
struct TempGuard(Option<PathBuf>);
impl TempGuard {
    fn disarm(&mut self) {
        self.0 = None;
    }
}
impl Drop for TempGuard {
    fn drop(&mut self) {
        if let Some(p) = self.0.take() {
            let _ = fs::remove_file(p);
        }
    }
}

/// Removes partial imports left by a process that was killed mid-import (one session holds
/// the vault at a time, so none of them is still being written).
fn remove_stale_incoming(dir: &Path) {
    if let Ok(entries) = fs::read_dir(dir) {
        for entry in entries.flatten() {
            if entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX) {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
}

/// Attaches the file at `path` to an incident. See the module docs for the guarantees.
pub fn import_file(
    session: &Session,
    incident_id: &str,
    path: &Path,
    imported_by: &str,
    cancel: &AtomicBool,
    progress: &mut dyn FnMut(Progress),
) -> Result<Imported> {
    let conn = session.connection()?;
    let (incident_pk, number) = incident_pk(conn, incident_id)?;
    let original_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut file = fs::File::open(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => VaultError::InvalidInput(format!(
            "The file '{original_name}' was not found. Nothing was imported."
        )),
        io::ErrorKind::PermissionDenied => VaultError::InvalidInput(format!(
            "Tadamun may not read '{original_name}'. Nothing was imported."
        )),
        _ => e.into(),
    })?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(VaultError::InvalidInput(format!(
            "'{original_name}' is not a file (a folder or a device). Nothing was imported."
        )));
    }
    let dir = blobs_dir(session);
    if !dir.exists() {
        fsutil::create_private_dir(&dir)?;
        fsutil::fsync_dir(session.dir())?;
    }
    remove_stale_incoming(&dir);
    let temp = dir.join(format!("{TEMP_PREFIX}{}", uuid::Uuid::new_v4()));
    let mut guard = TempGuard(Some(temp.clone()));
    let out = create_private(&temp)?;
    let identity = keys::blob_identity(session.data_key())?;
    let (sha256, size, head) = encrypt_stream(
        &mut file,
        out,
        &identity.to_public(),
        cancel,
        meta.len(),
        progress,
    )?;
    if cancel.load(Ordering::Relaxed) {
        return Err(cancelled());
    }
    let media_type = media::sniff(&head).to_owned();
    let metadata = media::capture_metadata(&head, &media_type);

    let tx = conn.unchecked_transaction()?;
    let existing: Option<(i64, String)> = tx
        .prepare_cached("SELECT pk, id FROM blobs WHERE sha256 = ?1")?
        .query_row([&sha256], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    // A new blob file must not outlive a failed transaction: guarded from before its rename
    // until the commit.
    let mut blob_guard = TempGuard(None);
    let (blob_pk, duplicate_content) = match existing {
        Some((pk, existing_id)) => {
            // The same content is already stored, but if its file went missing or was
            // damaged, the copy just encrypted repairs it rather than being thrown away.
            let existing_path = dir.join(&existing_id);
            if !blob_intact(session, &existing_path, &sha256) {
                fsutil::durable_rename(&temp, &existing_path)?;
                guard.disarm();
            }
            (pk, true)
        }
        None => {
            let blob_id = uuid::Uuid::new_v4().to_string();
            let final_path = dir.join(&blob_id);
            blob_guard = TempGuard(Some(final_path.clone()));
            fsutil::durable_rename(&temp, &final_path)?;
            guard.disarm();
            let pk: i64 = tx
                .prepare_cached(
                    "INSERT INTO blobs (id, sha256, size, media_type, stored_at)
                     VALUES (?1, ?2, ?3, ?4, ?5) RETURNING pk",
                )?
                .query_row(
                    (
                        &blob_id,
                        &sha256,
                        i64::try_from(size).unwrap_or(i64::MAX),
                        &media_type,
                        audit::now_rfc3339(),
                    ),
                    |r| r.get(0),
                )?;
            (pk, false)
        }
    };
    let already: Option<String> = tx
        .prepare_cached("SELECT id FROM attachments WHERE incident_pk = ?1 AND blob_pk = ?2")?
        .query_row((incident_pk, blob_pk), |r| r.get(0))
        .optional()?;
    if let Some(id) = already {
        drop(tx);
        let attachment = get_attachment(conn, &id)?;
        return Ok(Imported {
            attachment,
            duplicate_content: true,
            already_attached: true,
        });
    }
    let id = uuid::Uuid::new_v4().to_string();
    let metadata_json =
        serde_json::to_string(&metadata).map_err(|e| VaultError::Database(e.to_string()))?;
    tx.prepare_cached(
        "INSERT INTO attachments (id, incident_pk, blob_pk, original_name, imported_at,
             imported_by, metadata) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute((
        &id,
        incident_pk,
        blob_pk,
        &original_name,
        audit::now_rfc3339(),
        imported_by,
        &metadata_json,
    ))?;
    audit::append(
        &tx,
        "evidence_imported",
        &serde_json::json!({ "incident": number, "sha256": sha256, "size": size }),
    )?;
    tx.commit()?;
    blob_guard.disarm();
    Ok(Imported {
        attachment: get_attachment(conn, &id)?,
        duplicate_content,
        already_attached: false,
    })
}

const SELECT_ATTACHMENT: &str = "SELECT a.id, i.id, a.original_name, b.media_type, b.size,
        b.sha256, a.imported_at, a.imported_by, a.metadata, a.description, a.shareable
    FROM attachments a JOIN blobs b ON b.pk = a.blob_pk JOIN incidents i ON i.pk = a.incident_pk";

fn row_to_attachment(r: &rusqlite::Row<'_>) -> rusqlite::Result<(Attachment, String)> {
    let metadata: String = r.get(8)?;
    Ok((
        Attachment {
            id: r.get(0)?,
            incident_id: r.get(1)?,
            original_name: r.get(2)?,
            media_type: r.get(3)?,
            size: u64::try_from(r.get::<_, i64>(4)?).unwrap_or(0),
            sha256: r.get(5)?,
            imported_at: r.get(6)?,
            imported_by: r.get(7)?,
            metadata: CaptureMetadata::default(),
            description: r.get(9)?,
            shareable: r.get(10)?,
        },
        metadata,
    ))
}

fn finish(pair: (Attachment, String)) -> Attachment {
    let (mut a, metadata) = pair;
    a.metadata = serde_json::from_str(&metadata).unwrap_or_default();
    a
}

/// One attachment.
pub fn get_attachment(conn: &Connection, id: &str) -> Result<Attachment> {
    let sql = format!("{SELECT_ATTACHMENT} WHERE a.id = ?1");
    conn.prepare_cached(&sql)?
        .query_row([id], row_to_attachment)
        .optional()?
        .map(finish)
        .ok_or_else(|| VaultError::RecordNotFound {
            what: format!("attachment {id}"),
        })
}

/// The attachments of an incident, oldest first.
pub fn list_attachments(conn: &Connection, incident_id: &str) -> Result<Vec<Attachment>> {
    let (pk, _) = incident_pk(conn, incident_id)?;
    let sql = format!("{SELECT_ATTACHMENT} WHERE a.incident_pk = ?1 ORDER BY a.pk");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([pk], row_to_attachment)?;
    rows.map(|r| Ok(finish(r?))).collect()
}

/// Changes an attachment's description and shareable flag.
pub fn update_attachment(
    conn: &Connection,
    id: &str,
    description: &str,
    shareable: bool,
) -> Result<Attachment> {
    if description.chars().count() > crate::limits::MAX_LONG {
        return Err(VaultError::InvalidInput(
            "This description is too long.".to_owned(),
        ));
    }
    let tx = conn.unchecked_transaction()?;
    let before = get_attachment(&tx, id)?;
    if shareable && !before.shareable && !sanitise::is_supported_image(&before.media_type) {
        // Only a metadata-free copy may ever leave, and this type has none (the reason says
        // why and what to do instead).
        return Err(sanitise::sanitise(&[], &before.media_type).err().unwrap_or(
            VaultError::InvalidInput("This file cannot be shared.".to_owned()),
        ));
    }
    tx.prepare_cached("UPDATE attachments SET description = ?2, shareable = ?3 WHERE id = ?1")?
        .execute((id, description, shareable))?;
    if before.shareable != shareable {
        audit::append(
            &tx,
            if shareable {
                "evidence_marked_shareable"
            } else {
                "evidence_marked_not_shareable"
            },
            &serde_json::json!({ "sha256": before.sha256 }),
        )?;
    }
    tx.commit()?;
    get_attachment(conn, id)
}

fn blob_path_of(session: &Session, attachment_id: &str) -> Result<(PathBuf, Attachment)> {
    let conn = session.connection()?;
    let attachment = get_attachment(conn, attachment_id)?;
    let blob_id: String = conn
        .prepare_cached(
            "SELECT b.id FROM attachments a JOIN blobs b ON b.pk = a.blob_pk WHERE a.id = ?1",
        )?
        .query_row([attachment_id], |r| r.get(0))?;
    Ok((blobs_dir(session).join(blob_id), attachment))
}

/// Whether the blob file at `path` exists, decrypts and matches `sha256`.
fn blob_intact(session: &Session, path: &Path, sha256: &str) -> bool {
    let Ok(mut reader) = open_blob(session, path) else {
        return false;
    };
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; CHUNK];
    loop {
        match reader.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => hasher.update(&buf[..n]),
            Err(_) => return false,
        }
    }
    hex::encode(hasher.finalize()) == sha256
}

/// Opens a blob for reading its plaintext as a stream.
fn open_blob(session: &Session, path: &Path) -> Result<impl Read> {
    let file = fs::File::open(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => VaultError::EvidenceDamaged {
            what: "the encrypted file is missing".to_owned(),
        },
        _ => e.into(),
    })?;
    let identity = keys::blob_identity(session.data_key())?;
    let decryptor = age::Decryptor::new_buffered(io::BufReader::new(file)).map_err(|_| {
        VaultError::EvidenceDamaged {
            what: "the encrypted file is damaged".to_owned(),
        }
    })?;
    decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(|_| VaultError::EvidenceDamaged {
            what: "the encrypted file is damaged or was altered".to_owned(),
        })
}

fn damaged_read(e: io::Error) -> VaultError {
    if e.kind() == io::ErrorKind::InvalidData {
        VaultError::EvidenceDamaged {
            what: "the encrypted file is damaged or was altered".to_owned(),
        }
    } else {
        e.into()
    }
}

/// The decrypted bytes of an attachment, in memory, for showing it (at most
/// [`MAX_PREVIEW`]); checked against its SHA-256.
pub fn read_for_preview(session: &Session, attachment_id: &str) -> Result<(Attachment, Vec<u8>)> {
    let (path, attachment) = blob_path_of(session, attachment_id)?;
    let bytes = read_checked(session, &path, &attachment)?;
    Ok((attachment, bytes))
}

/// What the app may show of an attachment: for an image, a copy decoded and encoded again
/// here ([`sanitise::display_copy`], always `image/jpeg`); for a PDF, its bytes (a PDF viewer
/// that renders in the core is still to come). `None` for other types.
pub fn preview(session: &Session, attachment_id: &str) -> Result<Option<(&'static str, Vec<u8>)>> {
    let (attachment, bytes) = read_for_preview(session, attachment_id)?;
    if sanitise::is_supported_image(&attachment.media_type) {
        let shown = sanitise::display_copy(&bytes, sanitise::DISPLAY_SIDE)?;
        Ok(Some(("image/jpeg", shown)))
    } else if attachment.media_type == "application/pdf" {
        Ok(Some(("application/pdf", bytes)))
    } else {
        Ok(None)
    }
}

/// Decrypts a blob into memory (at most [`MAX_PREVIEW`]) and checks it against its SHA-256.
fn read_checked(session: &Session, path: &Path, attachment: &Attachment) -> Result<Vec<u8>> {
    if attachment.size > MAX_PREVIEW {
        return Err(VaultError::InvalidInput(format!(
            "This file is too large to show inside Tadamun ({} MiB). Save a decrypted copy instead.",
            attachment.size / (1024 * 1024)
        )));
    }
    let mut reader = open_blob(session, path)?;
    let mut bytes = Vec::with_capacity(usize::try_from(attachment.size).unwrap_or(0));
    reader.read_to_end(&mut bytes).map_err(damaged_read)?;
    if hex::encode(Sha256::digest(&bytes)) != attachment.sha256 {
        return Err(VaultError::EvidenceDamaged {
            what: "its content no longer matches the hash taken at import".to_owned(),
        });
    }
    Ok(bytes)
}

/// A small JPEG of an image attachment for lists (no metadata), or `None` for other types.
pub fn thumbnail(session: &Session, attachment_id: &str, max_side: u32) -> Result<Option<Vec<u8>>> {
    let (path, attachment) = blob_path_of(session, attachment_id)?;
    if !sanitise::is_supported_image(&attachment.media_type) || attachment.size > MAX_PREVIEW {
        return Ok(None);
    }
    let bytes = read_checked(session, &path, &attachment)?;
    Ok(sanitise::thumbnail(&bytes, max_side).ok())
}

/// Writes a decrypted copy of an attachment to `out`, a file the person chose. The copy is
/// checked against the stored SHA-256 as it is written; the audit log records it.
pub fn extract(session: &Session, attachment_id: &str, out: &Path) -> Result<Attachment> {
    let (path, attachment) = blob_path_of(session, attachment_id)?;
    let mut reader = open_blob(session, &path)?;
    let temp = fsutil::temp_path(out);
    let mut guard = TempGuard(Some(temp.clone()));
    let mut writer = BufWriter::new(create_private(&temp)?);
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; CHUNK];
    loop {
        let n = reader.read(&mut buf).map_err(damaged_read)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        writer.write_all(&buf[..n])?;
    }
    if hex::encode(hasher.finalize()) != attachment.sha256 {
        return Err(VaultError::EvidenceDamaged {
            what: "its content no longer matches the hash taken at import".to_owned(),
        });
    }
    let file = writer
        .into_inner()
        .map_err(|e| VaultError::from(e.into_error()))?;
    file.sync_all()?;
    fs::rename(&temp, out)?;
    guard.disarm();
    audit::append(
        session.connection()?,
        "evidence_copy_exported",
        &serde_json::json!({ "sha256": attachment.sha256, "kind": "decrypted" }),
    )?;
    Ok(attachment)
}

/// Writes the metadata-free copy of an attachment that may leave the device (see
/// [`sanitise`]); refused with a clear reason for types that cannot be cleaned provably.
pub fn sanitised_copy(session: &Session, attachment_id: &str, out: &Path) -> Result<Attachment> {
    let (attachment, bytes) = read_for_preview(session, attachment_id)?;
    let clean = sanitise::sanitise(&bytes, &attachment.media_type)?;
    fsutil::write_into_chosen_folder(out, &clean.bytes)?;
    audit::append(
        session.connection()?,
        "evidence_copy_exported",
        &serde_json::json!({ "sha256": attachment.sha256, "kind": "sanitised" }),
    )?;
    Ok(attachment)
}

/// Deletes an attachment; its blob goes too when nothing else uses it.
pub fn delete_attachment(session: &Session, attachment_id: &str) -> Result<()> {
    let conn = session.connection()?;
    let tx = conn.unchecked_transaction()?;
    let attachment = get_attachment(&tx, attachment_id)?;
    let blob_pk: i64 = tx
        .prepare_cached("SELECT blob_pk FROM attachments WHERE id = ?1")?
        .query_row([attachment_id], |r| r.get(0))?;
    tx.prepare_cached("DELETE FROM attachments WHERE id = ?1")?
        .execute([attachment_id])?;
    let orphans = remove_orphan_blobs(&tx, &[blob_pk])?;
    audit::append(
        &tx,
        "evidence_deleted",
        &serde_json::json!({ "sha256": attachment.sha256 }),
    )?;
    tx.commit()?;
    remove_blob_files(session.dir(), &orphans);
    Ok(())
}

/// Deletes the rows of blobs among `candidates` that no attachment uses; returns their ids
/// (their files are removed after the transaction commits).
pub(crate) fn remove_orphan_blobs(conn: &Connection, candidates: &[i64]) -> Result<Vec<String>> {
    let mut ids = Vec::new();
    for pk in candidates {
        let id: Option<String> = conn
            .prepare_cached(
                "DELETE FROM blobs WHERE pk = ?1
                   AND NOT EXISTS (SELECT 1 FROM attachments WHERE blob_pk = ?1) RETURNING id",
            )?
            .query_row([pk], |r| r.get(0))
            .optional()?;
        ids.extend(id);
    }
    Ok(ids)
}

/// Removes blob files by id (ciphertext; the key makes them unreadable anyway).
pub(crate) fn remove_blob_files(vault_dir: &Path, ids: &[String]) {
    let dir = vault_dir.join(BLOBS_DIR);
    for id in ids {
        let _ = fsutil::remove_if_exists(&dir.join(id));
        // A copy re-encrypted by an unfinished rotation must not come back as a stray file.
        let _ = fsutil::remove_if_exists(&dir.join(format!("{id}{NEXT_SUFFIX}")));
    }
    let _ = fsutil::fsync_dir(&dir);
}

/// The blob pks an incident's attachments use (before it is deleted).
pub(crate) fn blobs_of_incident(conn: &Connection, incident_pk: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached("SELECT blob_pk FROM attachments WHERE incident_pk = ?1")?;
    let rows = stmt.query_map([incident_pk], |r| r.get(0))?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

/// What `verify` found about the attachments.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct EvidenceReport {
    /// Blobs checked.
    pub checked: u64,
    /// Bytes re-hashed.
    pub bytes: u64,
    /// Blobs whose file is missing (SHA-256 of each).
    pub missing: Vec<String>,
    /// Blobs that no longer decrypt or no longer match their SHA-256.
    pub altered: Vec<String>,
    /// Files in `blobs/` that no record refers to.
    pub orphaned: Vec<String>,
}

impl EvidenceReport {
    /// Whether every blob is present and intact, with nothing stray.
    pub fn is_ok(&self) -> bool {
        self.missing.is_empty() && self.altered.is_empty() && self.orphaned.is_empty()
    }
}

/// Re-hashes every blob against its stored SHA-256.
pub fn verify(session: &Session, progress: &mut dyn FnMut(Progress)) -> Result<EvidenceReport> {
    let conn = session.connection()?;
    let blobs: Vec<(String, String, u64)> = {
        let mut stmt = conn.prepare_cached("SELECT id, sha256, size FROM blobs ORDER BY pk")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                u64::try_from(r.get::<_, i64>(2)?).unwrap_or(0),
            ))
        })?;
        rows.collect::<std::result::Result<_, _>>()?
    };
    let total: u64 = blobs.iter().map(|b| b.2).sum();
    let dir = blobs_dir(session);
    let mut report = EvidenceReport::default();
    let mut done = 0u64;
    for (id, sha, size) in &blobs {
        report.checked += 1;
        let path = dir.join(id);
        if !path.exists() {
            report.missing.push(sha.clone());
            done += size;
            continue;
        }
        let ok = (|| -> Result<bool> {
            let mut reader = open_blob(session, &path)?;
            let mut hasher = Sha256::new();
            let mut buf = vec![0u8; CHUNK];
            loop {
                let n = reader.read(&mut buf).map_err(damaged_read)?;
                if n == 0 {
                    break;
                }
                hasher.update(&buf[..n]);
                report.bytes += n as u64;
                progress(Progress {
                    done: done + report.bytes.min(*size),
                    total,
                });
            }
            Ok(hex::encode(hasher.finalize()) == *sha)
        })();
        done += size;
        match ok {
            Ok(true) => {}
            Ok(false) | Err(VaultError::EvidenceDamaged { .. }) => report.altered.push(sha.clone()),
            Err(e) => return Err(e),
        }
    }
    if dir.exists() {
        let known: std::collections::HashSet<&str> = blobs.iter().map(|b| b.0.as_str()).collect();
        for entry in fs::read_dir(&dir)? {
            let name = entry?.file_name().to_string_lossy().into_owned();
            if !known.contains(name.as_str()) {
                report.orphaned.push(name);
            }
        }
        report.orphaned.sort();
    }
    Ok(report)
}

/// Key rotation, step "blobs": re-encrypts every blob to the identity of `new_key`, each into
/// `<id>.next` beside the original (temp, fsync, rename). The originals stay untouched until
/// the rotation commits; see [`promote_rotated`] and [`discard_rotated`].
pub(crate) fn reencrypt_all(
    session: &Session,
    new_key: &keys::DataKey,
    progress: &mut dyn FnMut(Progress),
) -> Result<()> {
    let conn = session.connection()?;
    let blobs: Vec<(String, u64)> = {
        let mut stmt = conn.prepare_cached("SELECT id, size FROM blobs ORDER BY pk")?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get(0)?, u64::try_from(r.get::<_, i64>(1)?).unwrap_or(0)))
        })?;
        rows.collect::<std::result::Result<_, _>>()?
    };
    let total: u64 = blobs.iter().map(|b| b.1).sum();
    let dir = blobs_dir(session);
    let recipient = keys::blob_identity(new_key)?.to_public();
    let never = AtomicBool::new(false);
    let mut base = 0u64;
    for (id, size) in blobs {
        let path = dir.join(&id);
        // A blob already missing or damaged cannot be re-encrypted; it must not block the
        // rotation (often the answer to a suspected key compromise). `verify` reports it.
        let mut reader = match open_blob(session, &path) {
            Ok(r) => r,
            Err(VaultError::EvidenceDamaged { .. }) => {
                base += size;
                continue;
            }
            Err(e) => return Err(e),
        };
        let next = dir.join(format!("{id}{NEXT_SUFFIX}"));
        let temp = fsutil::temp_path(&next);
        let _ = fsutil::remove_if_exists(&temp);
        let mut guard = TempGuard(Some(temp.clone()));
        let out = create_private(&temp)?;
        encrypt_stream(&mut reader, out, &recipient, &never, total, &mut |p| {
            progress(Progress {
                done: base + p.done,
                total,
            });
        })?;
        fs::rename(&temp, &next)?;
        guard.disarm();
        base += size;
    }
    if dir.exists() {
        fsutil::fsync_dir(&dir)?;
    }
    Ok(())
}

/// After a rotation commits: every `<id>.next` replaces `<id>`. Idempotent.
pub(crate) fn promote_rotated(vault_dir: &Path) -> Result<()> {
    let dir = vault_dir.join(BLOBS_DIR);
    if !dir.exists() {
        return Ok(());
    }
    for entry in fs::read_dir(&dir)? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if let Some(id) = name.strip_suffix(NEXT_SUFFIX) {
            fs::rename(dir.join(&name), dir.join(id))?;
        }
    }
    fsutil::fsync_dir(&dir)?;
    Ok(())
}

/// When a rotation is rolled back: every `<id>.next` (and its temp) is removed. Idempotent.
pub(crate) fn discard_rotated(vault_dir: &Path) -> Result<()> {
    let dir = vault_dir.join(BLOBS_DIR);
    if !dir.exists() {
        return Ok(());
    }
    for entry in fs::read_dir(&dir)? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if name.ends_with(NEXT_SUFFIX)
            || name.contains(&format!("{NEXT_SUFFIX}."))
            || name.starts_with(TEMP_PREFIX)
        {
            fsutil::remove_if_exists(&dir.join(&name))?;
        }
    }
    fsutil::fsync_dir(&dir)?;
    Ok(())
}
