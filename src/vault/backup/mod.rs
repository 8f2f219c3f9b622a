//! Backups: one file that brings the whole vault back on another computer, with the recovery
//! key alone, when the laptop is seized or broken.
//!
//! A backup is a tar archive inside one age encryption to the vault's recovery key (the public
//! half kept in the settings). The archive holds, in this order:
//!
//! ```text
//! tadamun-backup.json   what it is: format, date, counts (no record content)
//! store.db              a consistent copy of the database, still under the vault's data key
//! keys/recovery.age     the data key wrapped to the recovery key (the vault's own file)
//! language              the language chosen for the app's screens, when there is one
//! blobs/<id>            every attachment, as stored (age-encrypted with the vault's key)
//! SHA256SUMS            the SHA-256 of each file above, as `sha256sum` writes them
//! ```
//!
//! So a backup is encrypted twice over: without the recovery key nothing in it can be read,
//! not even how many attachments it holds. The passphrase's key file is not in it: a restore
//! sets a new passphrase. With the stock tools, `age -d -i KEY FILE | tar -t` lists it.
//!
//! Restoring extracts into a hidden folder beside the destination, checks every hash, opens
//! the copy with the recovery key, runs the same checks as `verify`, writes the new
//! passphrase's key file, and only then renames the folder into place: an interrupted or
//! refused restore leaves no vault behind, and never touches one that exists.

use std::fs::{self, File};
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::*;

mod restore;
pub use restore::{restore, verify_backup};

/// The backup format this build writes, and the newest it reads.
pub const BACKUP_FORMAT: u32 = 1;
/// The file name ending the app and the CLI suggest for a backup.
pub const BACKUP_EXTENSION: &str = "tadamun-backup";
/// After this many days without a backup, the app reminds the person to make one.
pub const BACKUP_REMINDER_DAYS: u32 = 30;

const MANIFEST_NAME: &str = "tadamun-backup.json";
const SUMS_NAME: &str = "SHA256SUMS";
const RECOVERY_ENTRY: &str = "keys/recovery.age";
const LANGUAGE_ENTRY: &str = "language";
const BLOB_PREFIX: &str = "blobs/";
/// Progress is reported, and a lock noticed, every this many bytes.
const CHUNK: usize = 256 * 1024;
/// The largest manifest, checksum list, key file or language choice a backup may hold: a
/// hostile file cannot make a restore read gigabytes into memory.
const MAX_SMALL_FILE: u64 = 16 * 1024 * 1024;
const MAX_KEY_FILE: u64 = 64 * 1024;

/// What a backup says about itself (`tadamun-backup.json`). No record content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupManifest {
    /// Always `tadamun-backup`.
    pub kind: String,
    /// The backup format ([`BACKUP_FORMAT`]).
    pub format: u32,
    /// When it was made (UTC, RFC 3339).
    pub made_at: String,
    /// The version of Tadamun that made it.
    pub app_version: String,
    /// The vault folder format of the vault it holds.
    pub vault_format: u32,
    /// Incidents in it.
    pub incidents: u64,
    /// Attachments (stored files) in it.
    pub attachments: u64,
    /// Entries in its audit log.
    pub audit_entries: u64,
}

/// What [`verify_backup`] found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BackupCheck {
    /// What the backup says about itself.
    pub manifest: BackupManifest,
    /// The checks `verify` runs, on the vault restored from it into a temporary folder.
    pub report: VerifyReport,
}

/// The file name the app and the CLI suggest for a backup made today.
pub fn suggested_backup_name() -> String {
    let today = time::OffsetDateTime::now_utc().date();
    format!("tadamun-backup-{today}.{BACKUP_EXTENSION}")
}

/// When the last backup was made, and whether it is time for another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BackupStatus {
    /// When the last backup was made (UTC, RFC 3339); none if never.
    pub last_at: Option<String>,
    /// Whole days since then.
    pub days_since: Option<u32>,
    /// Cases are recorded and no backup was made in the last [`BACKUP_REMINDER_DAYS`] days.
    pub due: bool,
}

/// Refuses with `code` and a message about a backup that cannot be used.
fn damaged(why: impl Into<String>) -> VaultError {
    let why = why.into();
    VaultError::refused(
        "backup_damaged",
        format!(
            "This backup is damaged or incomplete ({why}). Nothing was restored. Try another \
             copy of the backup."
        ),
        [("why", why)],
    )
}

fn wrong_key() -> VaultError {
    VaultError::refused(
        "backup_wrong_key",
        "This recovery key does not open this backup. A backup opens with the recovery key the \
         vault had when the backup was made: if you made a new recovery key since, use the old \
         one.",
        [],
    )
}

fn sha256_hex(hasher: Sha256) -> String {
    hex::encode(hasher.finalize())
}

impl Session {
    /// When the last backup was made (UTC, RFC 3339), if ever.
    pub fn last_backup(&self) -> Result<Option<String>> {
        store::get_setting(self.connection()?, "last_backup_at")
    }

    /// When the last backup was made, and whether the person should be reminded to make one.
    pub fn backup_status(&self) -> Result<BackupStatus> {
        use time::format_description::well_known::Rfc3339;
        let conn = self.connection()?;
        let last_at = self.last_backup()?;
        let incidents: i64 = conn.query_row("SELECT count(*) FROM incidents", [], |r| r.get(0))?;
        let days_since = last_at
            .as_deref()
            .and_then(|at| time::OffsetDateTime::parse(at, &Rfc3339).ok())
            .map(|at| {
                let days = (time::OffsetDateTime::now_utc() - at).whole_days().max(0);
                u32::try_from(days).unwrap_or(u32::MAX)
            });
        let due = incidents > 0 && days_since.is_none_or(|d| d >= BACKUP_REMINDER_DAYS);
        Ok(BackupStatus {
            last_at,
            days_since,
            due,
        })
    }

    /// Writes a backup of the whole vault to `out` (replaced only if `overwrite`). `progress`
    /// reports bytes written; a lock stops it and removes the partial file.
    pub fn backup(
        &self,
        out: &Path,
        overwrite: bool,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<BackupManifest> {
        self.check_interrupted()?;
        self.require_no_unfinished_rotation()?;
        if out.is_dir() {
            return Err(VaultError::refused(
                "backup_target_is_folder",
                format!(
                    "{} is a folder. Give a file name for the backup.",
                    out.display()
                ),
                [("path", out.display().to_string())],
            ));
        }
        if !overwrite && out.exists() {
            return Err(VaultError::refused(
                "backup_file_exists",
                format!(
                    "{} already exists. Choose another name, or remove it first.",
                    out.display()
                ),
                [("path", out.display().to_string())],
            ));
        }
        if inside(out, &self.dir) {
            return Err(VaultError::refused(
                "backup_inside_vault",
                "A backup inside the vault's own folder is lost with it. Save it somewhere \
                 else: a USB stick, or another disk.",
                [],
            ));
        }
        let recipient: age::x25519::Recipient =
            store::get_setting(self.connection()?, "recovery_recipient")?
                .and_then(|r| r.parse().ok())
                .ok_or_else(|| {
                    VaultError::Database("the recovery key's public half is missing".to_owned())
                })?;

        let snapshot = self.dir.join(crate::layout::BACKUP_SNAPSHOT_FILE);
        remove_snapshot(&snapshot)?;
        progress(Progress {
            step: "database",
            done: 0,
            total: 1,
        });
        let written = (|| {
            // One statement copies the database: the copy is consistent, and the list of
            // attachments is read from the copy itself, so the two always agree.
            store::export_rekeyed(self.connection()?, &snapshot, &self.key)?;
            self.check_interrupted()?;
            let (manifest, blobs) = describe_snapshot(&snapshot, &self.key)?;
            write_backup(
                self, out, &recipient, &snapshot, &manifest, &blobs, progress,
            )?;
            Ok::<_, VaultError>(manifest)
        })();
        let removed = remove_snapshot(&snapshot);
        let manifest = written?;
        removed?;
        let conn = self.connection()?;
        store::upsert_setting(conn, "last_backup_at", &manifest.made_at)?;
        audit::append(
            conn,
            "backup_made",
            &serde_json::json!({
                "incidents": manifest.incidents,
                "attachments": manifest.attachments,
            }),
        )?;
        Ok(manifest)
    }
}

/// Whether `path` is inside `dir` (both resolved as far as they exist).
fn inside(path: &Path, dir: &Path) -> bool {
    let resolved_dir = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let parent = fsutil::parent(path);
    let resolved = fs::canonicalize(parent).unwrap_or_else(|_| parent.to_path_buf());
    resolved.starts_with(&resolved_dir)
}

fn remove_snapshot(snapshot: &Path) -> Result<()> {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = snapshot.as_os_str().to_os_string();
        name.push(suffix);
        fsutil::remove_if_exists(Path::new(&name))?;
    }
    Ok(())
}

/// Counts what the database copy holds and lists its blobs (id, stored file size).
fn describe_snapshot(
    snapshot: &Path,
    key: &DataKey,
) -> Result<(BackupManifest, Vec<(String, u64)>)> {
    let conn = store::open_store(snapshot, key, OpenMode::Existing)?;
    let count = |sql: &str| -> Result<u64> {
        let n: i64 = conn.query_row(sql, [], |r| r.get(0))?;
        Ok(u64::try_from(n).unwrap_or(0))
    };
    let manifest = BackupManifest {
        kind: "tadamun-backup".to_owned(),
        format: BACKUP_FORMAT,
        made_at: audit::now_rfc3339(),
        app_version: env!("CARGO_PKG_VERSION").to_owned(),
        vault_format: FORMAT,
        incidents: count("SELECT count(*) FROM incidents")?,
        attachments: count("SELECT count(*) FROM attachments")?,
        audit_entries: count("SELECT count(*) FROM audit_log")?,
    };
    let ids: Vec<String> = {
        let mut stmt = conn.prepare("SELECT id FROM blobs ORDER BY pk")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        rows.collect::<std::result::Result<_, _>>()?
    };
    conn.close().map_err(|(_, e)| VaultError::from(e))?;
    let dir = fsutil::parent(snapshot).join(crate::evidence::BLOBS_DIR);
    let mut blobs = Vec::with_capacity(ids.len());
    for id in ids {
        let size = match fs::metadata(dir.join(&id)) {
            Ok(m) => m.len(),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(VaultError::refused(
                    "backup_attachment_missing",
                    "An attachment's file is missing from the vault, so the backup would be \
                     incomplete. Check the vault (Settings, “Check now”, or `tadamun vault verify`) to see which, then make the backup again.",
                    [],
                ))
            }
            Err(e) => return Err(e.into()),
        };
        blobs.push((id, size));
    }
    Ok((manifest, blobs))
}

/// A reader that hashes what passes through it, reports progress and stops on a lock.
struct Hashing<'a, R> {
    inner: R,
    hasher: Sha256,
    read: u64,
    session: &'a Session,
    progress: &'a mut dyn FnMut(u64),
}

impl<R: Read> Read for Hashing<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        // Not `ErrorKind::Interrupted`: `io::copy` would retry that for ever.
        if self.session.check_interrupted().is_err() {
            return Err(io::Error::other("the vault was locked"));
        }
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.read += n as u64;
        (self.progress)(n as u64);
        Ok(n)
    }
}

fn header(size: u64) -> tar::Header {
    let mut h = tar::Header::new_ustar();
    h.set_size(size);
    h.set_mode(0o600);
    h.set_mtime(0);
    h.set_uid(0);
    h.set_gid(0);
    h.set_entry_type(tar::EntryType::Regular);
    h
}

fn write_backup(
    session: &Session,
    out: &Path,
    recipient: &age::x25519::Recipient,
    snapshot: &Path,
    manifest: &BackupManifest,
    blobs: &[(String, u64)],
    progress: &mut dyn FnMut(Progress),
) -> Result<()> {
    let vault = &session.dir;
    let mut sources: Vec<(String, PathBuf, u64)> = Vec::with_capacity(blobs.len() + 3);
    sources.push((
        STORE_FILE.to_owned(),
        snapshot.to_path_buf(),
        fs::metadata(snapshot)?.len(),
    ));
    let recovery = keys_dir(vault).join(RECOVERY_FILE);
    sources.push((
        RECOVERY_ENTRY.to_owned(),
        recovery.clone(),
        fs::metadata(&recovery)?.len(),
    ));
    let language = vault.join(crate::layout::LANGUAGE_FILE);
    if let Ok(m) = fs::metadata(&language) {
        if m.is_file() && m.len() <= 32 {
            sources.push((LANGUAGE_ENTRY.to_owned(), language, m.len()));
        }
    }
    let blob_dir = vault.join(crate::evidence::BLOBS_DIR);
    for (id, size) in blobs {
        sources.push((format!("{BLOB_PREFIX}{id}"), blob_dir.join(id), *size));
    }
    let total: u64 = sources.iter().map(|s| s.2).sum();

    // The backup usually goes to a USB stick or a synced folder that others may write to: an
    // unpredictable temporary name created exclusively, so a planted link is never followed.
    let (file, tmp) = fsutil::create_temp_in_chosen_folder(out)?;
    let result = (|| {
        let encryptor =
            age::Encryptor::with_recipients(std::iter::once(recipient as &dyn age::Recipient))
                .map_err(|e| VaultError::Io(io::Error::other(e.to_string())))?;
        let mut sealed = encryptor.wrap_output(BufWriter::with_capacity(CHUNK, file))?;
        let mut sums = String::new();
        let mut done = 0u64;
        {
            let mut archive = tar::Builder::new(&mut sealed);
            let manifest_bytes = serde_json::to_vec_pretty(manifest)
                .map_err(|e| VaultError::Io(io::Error::other(e)))?;
            archive.append_data(
                &mut header(manifest_bytes.len() as u64),
                MANIFEST_NAME,
                manifest_bytes.as_slice(),
            )?;
            for (name, path, size) in &sources {
                let mut report = |n: u64| {
                    done += n;
                    progress(Progress {
                        step: "files",
                        done,
                        total,
                    });
                };
                let mut reader = Hashing {
                    inner: File::open(path)?.take(*size),
                    hasher: Sha256::new(),
                    read: 0,
                    session,
                    progress: &mut report,
                };
                if let Err(e) = archive.append_data(&mut header(*size), name, &mut reader) {
                    session.check_interrupted()?;
                    return Err(e.into());
                }
                if reader.read != *size {
                    // A file shrank while it was copied: the archive would lie about it.
                    return Err(VaultError::refused(
                        "backup_vault_changed",
                        "The vault changed while the backup was being made. Make it again.",
                        [],
                    ));
                }
                sums.push_str(&format!("{}  {name}\n", sha256_hex(reader.hasher)));
            }
            archive.append_data(&mut header(sums.len() as u64), SUMS_NAME, sums.as_bytes())?;
            archive.finish()?;
        }
        let file = sealed
            .finish()?
            .into_inner()
            .map_err(|e| VaultError::from(e.into_error()))?;
        file.sync_all()?;
        drop(file);
        fs::rename(&tmp, out)?;
        fsutil::fsync_dir(fsutil::parent(out))?;
        Ok::<_, VaultError>(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}
