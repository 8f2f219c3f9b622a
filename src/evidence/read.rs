//! Reading an attachment back: checked against its SHA-256 every time, and leaving the vault
//! only as a copy a person asked for (the exact original, or a metadata-free copy).

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::*;

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

/// Whether the blob file at `path` exists, decrypts and its first `size` bytes match `sha256`.
pub(super) fn blob_intact(session: &Session, path: &Path, sha256: &str, size: u64) -> bool {
    open_blob(session, path, size)
        .and_then(|mut reader| read_hashed(&mut reader, |_| Ok(())))
        .is_ok_and(|found| found == sha256)
}

/// Reads a blob's plaintext to the end, a chunk at a time, handing each chunk to `each`;
/// returns the SHA-256 of all of it (hex). Memory stays at one chunk whatever the size.
pub(super) fn read_hashed(
    reader: &mut impl Read,
    mut each: impl FnMut(&[u8]) -> Result<()>,
) -> Result<String> {
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; CHUNK];
    loop {
        let n = reader.read(&mut buf).map_err(damaged_read)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        each(&buf[..n])?;
    }
    Ok(hex::encode(hasher.finalize()))
}

/// Opens a blob for reading its plaintext as a stream: its first `size` bytes, the content
/// (the rest is padding; blobs written before padding simply end there).
pub(super) fn open_blob(session: &Session, path: &Path, size: u64) -> Result<impl Read> {
    let file = fs::File::open(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => VaultError::Evidence(crate::EvidenceError::Damaged {
            what: "the encrypted file is missing".to_owned(),
        }),
        _ => e.into(),
    })?;
    let identity = keys::blob_identity(session.data_key())?;
    let decryptor = age::Decryptor::new_buffered(io::BufReader::new(file)).map_err(|_| {
        VaultError::Evidence(crate::EvidenceError::Damaged {
            what: "the encrypted file is damaged".to_owned(),
        })
    })?;
    let plaintext = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(|_| {
            VaultError::Evidence(crate::EvidenceError::Damaged {
                what: "the encrypted file is damaged or was altered".to_owned(),
            })
        })?;
    Ok(plaintext.take(size))
}

fn damaged_read(e: io::Error) -> VaultError {
    if e.kind() == io::ErrorKind::InvalidData {
        VaultError::Evidence(crate::EvidenceError::Damaged {
            what: "the encrypted file is damaged or was altered".to_owned(),
        })
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
/// here ([`strip::display_copy`], always `image/jpeg`); for a PDF, its bytes (a PDF viewer
/// that renders in the core is still to come). `None` for other types.
pub fn preview(session: &Session, attachment_id: &str) -> Result<Option<(&'static str, Vec<u8>)>> {
    let (attachment, bytes) = read_for_preview(session, attachment_id)?;
    if strip::is_supported_image(&attachment.media_type) {
        let shown = strip::display_copy(&bytes, strip::DISPLAY_SIDE)?;
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
        return Err(VaultError::refused(
            "too_large_to_show",
            format!(
                "This file is too large to show inside Tadamun ({} MiB). Save a decrypted copy instead.",
                attachment.size / (1024 * 1024)
            ),
            [("mib", (attachment.size / (1024 * 1024)).to_string())],
        ));
    }
    let mut reader = open_blob(session, path, attachment.size)?;
    let mut bytes = Vec::with_capacity(usize::try_from(attachment.size).unwrap_or(0));
    reader.read_to_end(&mut bytes).map_err(damaged_read)?;
    if hex::encode(Sha256::digest(&bytes)) != attachment.sha256 {
        return Err(VaultError::Evidence(crate::EvidenceError::Damaged {
            what: "its content no longer matches the hash taken at import".to_owned(),
        }));
    }
    Ok(bytes)
}

/// A small JPEG of an image attachment for lists (no metadata), or `None` for other types.
pub fn thumbnail(session: &Session, attachment_id: &str, max_side: u32) -> Result<Option<Vec<u8>>> {
    let (path, attachment) = blob_path_of(session, attachment_id)?;
    if !strip::is_supported_image(&attachment.media_type) || attachment.size > MAX_PREVIEW {
        return Ok(None);
    }
    let bytes = read_checked(session, &path, &attachment)?;
    Ok(strip::thumbnail(&bytes, max_side).ok())
}

/// Writes a decrypted copy of an attachment to `out`, a file the person chose. The copy is
/// checked against the stored SHA-256 as it is written; the audit log records it.
pub fn extract(session: &Session, attachment_id: &str, out: &Path) -> Result<Attachment> {
    let (path, attachment) = blob_path_of(session, attachment_id)?;
    let mut reader = open_blob(session, &path, attachment.size)?;
    let temp = fsutil::temp_path(out);
    let mut guard = TempGuard(Some(temp.clone()));
    let mut writer = BufWriter::new(create_private(&temp)?);
    let found = read_hashed(&mut reader, |chunk| Ok(writer.write_all(chunk)?))?;
    if found != attachment.sha256 {
        return Err(VaultError::Evidence(crate::EvidenceError::Damaged {
            what: "its content no longer matches the hash taken at import".to_owned(),
        }));
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
    let clean = strip::strip_metadata(&bytes, &attachment.media_type)?;
    fsutil::write_into_chosen_folder(out, &clean.bytes)?;
    audit::append(
        session.connection()?,
        "evidence_copy_exported",
        &serde_json::json!({ "sha256": attachment.sha256, "kind": "sanitised" }),
    )?;
    Ok(attachment)
}
