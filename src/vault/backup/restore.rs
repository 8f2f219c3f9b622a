//! Reading a backup: checking it in a temporary folder, and restoring it as a new vault. See
//! the parent module for the format.

use std::fs::{self, File};
use std::io::{self, BufReader, Read};
use std::path::{Path, PathBuf};

use age::secrecy::SecretString;
use sha2::{Digest, Sha256};

use super::*;

/// Counts the bytes read from the backup file, for progress.
struct Counting<'a, R> {
    inner: R,
    progress: &'a mut dyn FnMut(u64),
}

impl<R: Read> Read for Counting<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        (self.progress)(n as u64);
        Ok(n)
    }
}

/// What an archive entry is.
enum Entry {
    Manifest,
    Sums,
    File(PathBuf),
}

/// The one place that decides what a name inside a backup may be: anything else (another
/// path, `..`, a link) is refused before a byte is written.
fn classify(name: &str) -> Option<(Entry, u64)> {
    match name {
        MANIFEST_NAME => Some((Entry::Manifest, MAX_SMALL_FILE)),
        SUMS_NAME => Some((Entry::Sums, MAX_SMALL_FILE)),
        STORE_FILE => Some((Entry::File(PathBuf::from(STORE_FILE)), u64::MAX)),
        RECOVERY_ENTRY => Some((
            Entry::File(Path::new(KEYS_DIR).join(RECOVERY_FILE)),
            MAX_KEY_FILE,
        )),
        LANGUAGE_ENTRY => Some((Entry::File(PathBuf::from(crate::layout::LANGUAGE_FILE)), 32)),
        _ => {
            let id = name.strip_prefix(BLOB_PREFIX)?;
            let valid = !id.is_empty()
                && id.len() <= 64
                && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
            valid.then(|| {
                (
                    Entry::File(Path::new(crate::evidence::BLOBS_DIR).join(id)),
                    u64::MAX,
                )
            })
        }
    }
}

/// Decrypts and unpacks `backup` into the empty folder `into`, checking every file against
/// the checksum list. Returns what the backup says about itself.
fn extract(
    backup: &Path,
    into: &Path,
    recovery_key: &RecoveryKey,
    progress: &mut dyn FnMut(Progress),
) -> Result<BackupManifest> {
    let file = File::open(backup).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => VaultError::refused(
            "backup_not_found",
            format!("There is no file {}.", backup.display()),
            [("path", backup.display().to_string())],
        ),
        _ => e.into(),
    })?;
    let total = file.metadata()?.len();
    let mut done = 0u64;
    let mut report = |n: u64| {
        done += n;
        progress(Progress {
            step: "reading",
            done,
            total,
        });
    };
    let counting = Counting {
        inner: BufReader::with_capacity(CHUNK, file),
        progress: &mut report,
    };
    let decryptor = age::Decryptor::new_buffered(BufReader::new(counting)).map_err(|e| {
        VaultError::refused(
            "not_a_backup",
            format!("This file is not a Tadamun backup ({e})."),
            [],
        )
    })?;
    let reader = decryptor
        .decrypt(std::iter::once(
            recovery_key.identity() as &dyn age::Identity
        ))
        .map_err(|e| match e {
            age::DecryptError::NoMatchingKeys
            | age::DecryptError::DecryptionFailed
            | age::DecryptError::KeyDecryptionFailed => wrong_key(),
            age::DecryptError::Io(io) => io.into(),
            other => VaultError::refused(
                "not_a_backup",
                format!("This file is not a Tadamun backup ({other})."),
                [],
            ),
        })?;
    let mut archive = tar::Archive::new(reader);
    let mut manifest: Option<BackupManifest> = None;
    let mut sums: Option<String> = None;
    let mut written: Vec<(String, String)> = Vec::new();
    fsutil::create_private_dir(&into.join(KEYS_DIR))?;
    fsutil::create_private_dir(&into.join(crate::evidence::BLOBS_DIR))?;
    {
        let entries = archive
            .entries()
            .map_err(|e| damaged(format!("unreadable: {e}")))?;
        for entry in entries {
            let mut entry = entry.map_err(|e| damaged(format!("unreadable: {e}")))?;
            if sums.is_some() {
                return Err(damaged("a file after the checksum list"));
            }
            if entry.header().entry_type() != tar::EntryType::Regular {
                return Err(damaged("an entry that is not a plain file"));
            }
            let name = String::from_utf8(entry.path_bytes().into_owned())
                .map_err(|_| damaged("a file name that is not text"))?;
            let size = entry
                .header()
                .size()
                .map_err(|_| damaged(format!("a bad size for {name}")))?;
            let Some((kind, limit)) = classify(&name) else {
                return Err(damaged(format!("an unexpected file, {name}")));
            };
            if size > limit {
                return Err(damaged(format!("{name} is too large")));
            }
            if manifest.is_none() && !matches!(kind, Entry::Manifest) {
                return Err(damaged("it does not start with its description"));
            }
            match kind {
                Entry::Manifest => {
                    if manifest.is_some() {
                        return Err(damaged("two descriptions"));
                    }
                    let mut bytes = Vec::new();
                    entry
                        .read_to_end(&mut bytes)
                        .map_err(|e| damaged(format!("unreadable: {e}")))?;
                    let m: BackupManifest = serde_json::from_slice(&bytes)
                        .map_err(|_| damaged("its description cannot be read"))?;
                    if m.kind != "tadamun-backup" {
                        return Err(damaged("its description is not a Tadamun backup's"));
                    }
                    if m.format > BACKUP_FORMAT || m.vault_format > FORMAT {
                        return Err(VaultError::refused(
                            "backup_newer_format",
                            "This backup was made by a newer version of Tadamun. Install the \
                             newest version, then restore it.",
                            [],
                        ));
                    }
                    manifest = Some(m);
                }
                Entry::Sums => {
                    let mut text = String::new();
                    entry
                        .read_to_string(&mut text)
                        .map_err(|e| damaged(format!("unreadable: {e}")))?;
                    sums = Some(text);
                }
                Entry::File(relative) => {
                    if written.iter().any(|(n, _)| *n == name) {
                        return Err(damaged(format!("{name} twice")));
                    }
                    let hash = copy_out(&mut entry, &into.join(&relative))?;
                    written.push((name, hash));
                }
            }
        }
    }
    // Read what follows the archive to the end, so that age authenticates every byte: a
    // change anywhere in the file, or a cut, is refused.
    io::copy(&mut archive.into_inner(), &mut io::sink())
        .map_err(|e| damaged(format!("unreadable: {e}")))?;
    let manifest = manifest.ok_or_else(|| damaged("no description"))?;
    let sums = sums.ok_or_else(|| damaged("no checksum list"))?;
    let mut listed: Vec<(String, String)> = Vec::new();
    for line in sums.lines() {
        let (hash, name) = line
            .split_once("  ")
            .ok_or_else(|| damaged("a malformed checksum list"))?;
        listed.push((name.to_owned(), hash.to_owned()));
    }
    listed.sort();
    written.sort();
    if listed != written {
        return Err(damaged("files that do not match their checksums"));
    }
    for needed in [STORE_FILE, RECOVERY_ENTRY] {
        if !written.iter().any(|(n, _)| n == needed) {
            return Err(damaged(format!("no {needed}")));
        }
    }
    for dir in [into.join(KEYS_DIR), into.join(crate::evidence::BLOBS_DIR)] {
        fsutil::fsync_dir(&dir)?;
    }
    fsutil::fsync_dir(into)?;
    Ok(manifest)
}

/// Writes one archive entry to `path` (a new file), returning its SHA-256. A read failure is
/// the backup's fault (damaged); a write failure is this computer's (a full disk).
fn copy_out(entry: &mut impl Read, path: &Path) -> Result<String> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; CHUNK];
    loop {
        let n = entry
            .read(&mut buf)
            .map_err(|e| damaged(format!("unreadable: {e}")))?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        file.write_all(&buf[..n])?;
    }
    file.sync_all()?;
    Ok(sha256_hex(hasher))
}

/// A hidden folder beside `dir` for a restore in progress.
fn work_folder(parent: &Path, purpose: &str) -> Result<PathBuf> {
    let mut id = [0u8; 8];
    fsutil::getrandom_fill(&mut id)?;
    let path = parent.join(format!(".tadamun-{purpose}-{}", hex::encode(id)));
    fs::create_dir_all(parent)?;
    fs::create_dir(&path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&path, fs::Permissions::from_mode(0o700))?;
    }
    Ok(path)
}

/// Unpacks `backup` into `work` and opens it with the recovery key, checked as `verify`
/// checks a vault. The passphrase key file is written first when `passphrase` is given.
fn open_extracted(
    backup: &Path,
    work: &Path,
    recovery_key: &RecoveryKey,
    passphrase: Option<(&SecretString, KdfPolicy)>,
    progress: &mut dyn FnMut(Progress),
) -> Result<(Session, BackupManifest, VerifyReport)> {
    let manifest = extract(backup, work, recovery_key, progress)?;
    let kd = keys_dir(work);
    let wrapped = fs::read(kd.join(RECOVERY_FILE))?;
    let key = keys::unwrap_with_recovery(&wrapped, recovery_key).map_err(|e| match e {
        UnwrapFailure::Other(e) => e,
        _ => damaged("its key file does not open with this recovery key"),
    })?;
    keys::refresh_checksums(&kd)?;
    if let Some((passphrase, policy)) = passphrase {
        keys::write_key_file(
            &kd,
            PASSPHRASE_FILE,
            &keys::wrap_with_passphrase(&key, passphrase, policy)?,
        )?;
    }
    drop(key);
    fsutil::atomic_write(
        &work.join(MARKER_FILE),
        format!("format {}\n", manifest.vault_format).as_bytes(),
    )?;
    fsutil::fsync_dir(work)?;
    let session = match unlock_with_recovery_key(work, recovery_key) {
        Ok(s) => s,
        Err(VaultError::DatabaseDamaged) => return Err(damaged("its database does not open")),
        Err(e) => return Err(e),
    };
    let report = session.verify_with_progress(&mut |p| {
        progress(Progress {
            step: "checking",
            done: p.done,
            total: p.total,
        });
    })?;
    if !report.is_ok() {
        let mut why = report.database_problems.clone();
        why.extend(report.audit.problems.iter().cloned());
        if !report.evidence.is_ok() {
            why.push("attachments that do not match their records".to_owned());
        }
        return Err(damaged(why.join("; ")));
    }
    Ok((session, manifest, report))
}

/// Checks a backup without touching the vault: restores it into a temporary folder inside
/// `work_parent` (on a disk with room for it), runs every check of `verify` there, and removes
/// the folder again.
pub fn verify_backup(
    backup: &Path,
    work_parent: &Path,
    recovery_key: &RecoveryKey,
    progress: &mut dyn FnMut(Progress),
) -> Result<BackupCheck> {
    let work = work_folder(work_parent, "check")?;
    let result = open_extracted(backup, &work, recovery_key, None, progress);
    let outcome = result.map(|(session, manifest, report)| {
        session.lock();
        BackupCheck { manifest, report }
    });
    let _ = fs::remove_dir_all(&work);
    outcome
}

/// Restores `backup` as a new vault in `dir` (which must hold no vault and nothing else but
/// a language choice), with a new passphrase. Returns the restored vault, unlocked, and what
/// the backup said about itself. On any failure nothing is left behind.
pub fn restore(
    backup: &Path,
    dir: &Path,
    recovery_key: &RecoveryKey,
    passphrase: &SecretString,
    policy: KdfPolicy,
    progress: &mut dyn FnMut(Progress),
) -> Result<(Session, BackupManifest)> {
    use secrecy::ExposeSecret;
    if (has_vault_files(dir) && !is_unfinished_creation(dir)) || dir.join(ERASING_FILE).exists() {
        return Err(VaultError::AlreadyExists {
            path: dir.to_path_buf(),
        });
    }
    let language = crate::layout::LANGUAGE_FILE;
    if let Ok(entries) = fs::read_dir(dir) {
        for entry in entries {
            let name = entry?.file_name();
            if name != language {
                return Err(VaultError::refused(
                    "restore_folder_not_empty",
                    format!(
                        "{} is not empty. Restore into a new folder, or an empty one.",
                        dir.display()
                    ),
                    [("path", dir.display().to_string())],
                ));
            }
        }
    }
    // A weak passphrase is refused before the long work, not after it.
    crate::passphrase::check_new(passphrase.expose_secret())?;
    let work = work_folder(fsutil::parent(dir), "restore")?;
    let result = (|| {
        let (session, manifest, _) = open_extracted(
            backup,
            &work,
            recovery_key,
            Some((passphrase, policy)),
            progress,
        )?;
        audit::append(
            session.connection()?,
            "vault_restored",
            &serde_json::json!({
                "made_at": manifest.made_at,
                "incidents": manifest.incidents,
                "attachments": manifest.attachments,
            }),
        )?;
        store::upsert_setting(
            session.connection()?,
            "kdf_log_n",
            &policy.log_n().to_string(),
        )?;
        // Closed before the move: the database must not keep paths of the old folder.
        session.lock();
        // The language chosen on this computer wins over the backup's.
        if dir.join(language).is_file() {
            fs::rename(dir.join(language), work.join(language))?;
        }
        if dir.exists() {
            fs::remove_dir(dir)?;
        }
        // The restored vault appears at once, whole: a rename of the checked folder.
        fs::rename(&work, dir)?;
        fsutil::fsync_dir(fsutil::parent(dir))?;
        // Opening with the recovery key again costs no key derivation.
        let mut session = unlock_with_recovery_key(dir, recovery_key)?;
        session.opened_with = OpenedWith::Passphrase;
        Ok::<_, VaultError>((session, manifest))
    })();
    if result.is_err() && work.exists() {
        let _ = fs::remove_dir_all(&work);
    }
    result
}
