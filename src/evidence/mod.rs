//! Evidence: files attached to incidents, encrypted under `blobs/`.
//!
//! An import reads the file once, as a stream: the SHA-256 of the original bytes and the age
//! STREAM encryption to the vault's own X25519 identity happen in the same pass, into a temp
//! file that is synced and renamed into place only when complete. Memory stays flat whatever
//! the size; nothing decrypted is ever written to disk, except the copies a person explicitly
//! asks for ([`extract`], [`sanitised_copy`]). A cancelled or failed import leaves no file and
//! no row. Identical content is stored once and linked.

mod import;
pub mod media;
pub mod originals;
mod read;
pub mod strip;
mod upkeep;

pub use import::import_file;
use import::{create_private, encrypt_stream, TempGuard};
use read::{blob_intact, open_blob, read_hashed};
pub use read::{extract, preview, read_for_preview, sanitised_copy, thumbnail};
pub(crate) use upkeep::{
    blobs_of_incident, discard_rotated, promote_rotated, reencrypt_all, remove_blob_files,
    remove_leftovers, remove_orphan_blobs,
};
pub use upkeep::{delete_attachment, verify, EvidenceReport};

use std::io::{BufWriter, Write};
use std::path::PathBuf;

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

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
        .ok_or_else(|| {
            VaultError::Record(crate::RecordError::NotFound {
                what: format!("incident {incident_id}"),
            })
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
        .ok_or_else(|| {
            VaultError::Record(crate::RecordError::NotFound {
                what: format!("attachment {id}"),
            })
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
        return Err(VaultError::refused(
            "description_too_long",
            "This description is too long.",
            [],
        ));
    }
    let tx = conn.unchecked_transaction()?;
    let before = get_attachment(&tx, id)?;
    if shareable && !before.shareable && !strip::is_supported_image(&before.media_type) {
        // Only a metadata-free copy may ever leave, and this type has none (the reason says
        // why and what to do instead).
        return Err(strip::strip_metadata(&[], &before.media_type)
            .err()
            .unwrap_or(VaultError::refused(
                "cannot_be_shared",
                "This file cannot be shared.",
                [],
            )));
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
