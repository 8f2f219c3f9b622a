//! Importing a file: read once, hashed and encrypted in the same pass into a private temp
//! file, synced and renamed into place only when complete; identical content stored once.

use std::fs;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use rusqlite::OptionalExtension;
use sha2::{Digest, Sha256};

use super::*;

/// Encrypts everything `input` yields to `recipient` into `out`, hashing the plaintext on the
/// way; keeps the first [`HEAD`] bytes. Checks `cancel` between chunks.
/// The length a blob's content is padded to (Padmé, Nikitin et al. 2019): at most 12 % more,
/// and a file's length then reveals only O(log log n) bits of its exact size. Files of 1,030
/// and 1,080 bytes, or of 1.51 and 1.52 GiB, make blobs of the same length.
pub(crate) fn padded_len(len: u64) -> u64 {
    if len < 2 {
        return len;
    }
    let e = 63 - u64::from(len.leading_zeros()); // floor(log2(len))
    let s = 64 - u64::from(e.leading_zeros()); // floor(log2(e)) + 1
    let last_bits = e - s;
    let mask = (1u64 << last_bits) - 1;
    (len + mask) & !mask
}

pub(super) fn encrypt_stream(
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
    // Padding to a size bucket (zeros inside the encryption, ignored on reading: the stored
    // size says where the content ends), so that a blob's length on disk tells little about
    // the file it holds.
    let zeros = vec![0u8; CHUNK];
    let mut padding = padded_len(done) - done;
    while padding > 0 {
        let n = usize::try_from(padding.min(CHUNK as u64)).unwrap_or(CHUNK);
        writer.write_all(&zeros[..n])?;
        padding -= n as u64;
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
pub(super) fn create_private(path: &Path) -> Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    Ok(options.open(path)?)
}

/// Removes a file on drop unless disarmed: a failed or cancelled write leaves nothing.
pub(super) struct TempGuard(pub(super) Option<PathBuf>);

impl TempGuard {
    pub(super) fn disarm(&mut self) {
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
pub(crate) fn remove_stale_incoming(dir: &Path) {
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
        io::ErrorKind::NotFound => VaultError::refused(
            "file_not_found",
            format!("The file '{original_name}' was not found. Nothing was imported."),
            [("name", original_name.clone())],
        ),
        io::ErrorKind::PermissionDenied => VaultError::refused(
            "file_not_readable",
            format!("Tadamun may not read '{original_name}'. Nothing was imported."),
            [("name", original_name.clone())],
        ),
        _ => e.into(),
    })?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(VaultError::refused(
            "not_a_file",
            format!(
                "'{original_name}' is not a file (a folder or a device). Nothing was imported."
            ),
            [("name", original_name.clone())],
        ));
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
            if !blob_intact(session, &existing_path, &sha256, size) {
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

#[cfg(test)]
mod tests {
    use super::padded_len;

    #[test]
    fn padding_hides_all_but_the_order_of_magnitude_and_costs_at_most_twelve_percent() {
        assert_eq!(padded_len(0), 0);
        assert_eq!(padded_len(1), 1);
        assert_eq!(padded_len(1030), 1088);
        assert_eq!(padded_len(1080), 1088);
        let mut previous = 0;
        for len in (2..5_000_000u64)
            .step_by(997)
            .chain([u64::from(u32::MAX), 1 << 40])
        {
            let padded = padded_len(len);
            assert!(padded >= len, "{len}");
            assert!(
                padded as f64 <= len as f64 * 1.12 + 1.0,
                "{len} -> {padded}"
            );
            assert!(padded >= previous, "not monotonic at {len}");
            previous = padded;
        }
        // Many sizes share one padded length: a 1.51 GiB and a 1.52 GiB file look alike.
        let gib = 1u64 << 30;
        assert_eq!(padded_len(gib * 151 / 100), padded_len(gib * 152 / 100));
    }
}
