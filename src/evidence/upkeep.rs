//! Deleting attachments and their orphaned files, verifying every file against its SHA-256,
//! and re-encrypting them all during a key rotation.

use std::fs;
use std::path::Path;

use rusqlite::Connection;
use serde::Serialize;

use super::*;

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

/// Removes files in `blobs/` that no record refers to: what a write left when it failed half
/// way (a file that could not be removed after its attachment was deleted, or one put in place
/// for a record that was never saved). Only names inside `blobs/`, only regular files.
/// Returns how many were removed.
pub(crate) fn remove_leftovers(session: &Session, names: &[String]) -> Result<usize> {
    let dir = blobs_dir(session);
    let mut removed = 0;
    for name in names {
        if name.is_empty() || name.contains('/') || name == "." || name == ".." {
            continue;
        }
        let path = dir.join(name);
        if fs::symlink_metadata(&path).is_ok_and(|m| m.is_file()) {
            fs::remove_file(&path)?;
            removed += 1;
        }
    }
    if removed > 0 {
        fsutil::fsync_dir(&dir)?;
    }
    Ok(removed)
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
            let mut reader = open_blob(session, &path, *size)?;
            let found = read_hashed(&mut reader, |chunk| {
                session.check_interrupted()?;
                report.bytes += chunk.len() as u64;
                progress(Progress {
                    done: done + report.bytes.min(*size),
                    total,
                });
                Ok(())
            })?;
            Ok(found == *sha)
        })();
        done += size;
        match ok {
            Ok(true) => {}
            Ok(false) | Err(VaultError::Evidence(crate::EvidenceError::Damaged { .. })) => {
                report.altered.push(sha.clone());
            }
            Err(e) => return Err(e),
        }
    }
    if dir.exists() {
        // A partial import left by a process that was killed is not damage: no record refers
        // to it, and this session holds the vault alone, so it is removed, not reported.
        super::import::remove_stale_incoming(&dir);
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
    let mut base = 0u64;
    for (id, size) in blobs {
        let path = dir.join(&id);
        // A blob already missing or damaged cannot be re-encrypted; it must not block the
        // rotation (often the answer to a suspected key compromise). `verify` reports it.
        let mut reader = match open_blob(session, &path, size) {
            Ok(r) => r,
            Err(VaultError::Evidence(crate::EvidenceError::Damaged { .. })) => {
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
        encrypt_stream(
            &mut reader,
            out,
            &recipient,
            session.interrupt_flag(),
            total,
            &mut |p| {
                progress(Progress {
                    done: base + p.done,
                    total,
                });
            },
        )?;
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
