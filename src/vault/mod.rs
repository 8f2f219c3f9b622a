//! The vault: one folder that holds everything, encrypted.
//!
//! ```text
//! <vault>/tadamun-vault          format marker ("format 1"), no secret
//! <vault>/keys/passphrase.age    data key wrapped with the passphrase (age scrypt)
//! <vault>/keys/recovery.age      data key wrapped to the recovery key (age X25519)
//! <vault>/keys/checksums         SHA-256 of the key files (tells damage from a wrong secret)
//! <vault>/store.db (+ -wal)      SQLCipher 4 database, keyed from the data key
//! <vault>/last-session           the audit head when the vault was last used, with a MAC
//!                                keyed from the data key (rollback detection)
//! ```
//!
//! This module owns creating, unlocking, locking, changing the passphrase, rotating the data key
//! and crypto-erasing. It never writes plaintext of anything stored, and never logs secrets.
//!
//! **Key rotation** is crash-safe by a file-existence protocol:
//! 1. the database is exported to `store.db.rotating` under the new key;
//! 2. `keys/*.age.next` wrap the new key for the passphrase and the recovery key;
//! 3. *commit*: `store.db.rotating` is renamed over `store.db` (atomic);
//! 4. the `.next` key files are renamed over the old ones.
//!
//! On unlock, a `store.db.rotating` that still exists means step 3 never happened: the rotation
//! is rolled back. `.next` files without `store.db.rotating` mean it did: the rotation is
//! finished. Either way the vault opens with the key that matches `store.db`.
//!
//! **Crypto-erase** writes an `ERASING` marker first (from then on nothing opens the vault and its
//! status says so), overwrites and removes the key files, then removes the rest.

use std::fs;
use std::path::{Path, PathBuf};

use age::secrecy::SecretString;
use serde::Serialize;

use crate::audit::{self, ChainReport};
use crate::error::{Result, VaultError};
use crate::fsutil;
use crate::keys::{
    self, DataKey, KdfPolicy, RecoveryKey, UnwrapFailure, NEXT_SUFFIX, PASSPHRASE_FILE,
    RECOVERY_FILE,
};
pub use crate::session::{
    OpenedWith, Session, UnlockTimings, DEFAULT_AUTO_LOCK_MINUTES, MAX_AUTO_LOCK_MINUTES,
};
use crate::store::{self, OpenMode};

mod backup;
mod erase;
mod rekey;
mod verify;

pub use backup::{
    restore, suggested_backup_name, verify_backup, BackupCheck, BackupManifest, BackupStatus,
    BACKUP_EXTENSION, BACKUP_FORMAT, BACKUP_REMINDER_DAYS,
};
#[cfg(feature = "test-support")]
pub use erase::erase_interrupted_after;
use erase::remove_vault_files;
pub use erase::{erase, EraseStep};
pub use verify::{Progress, VerifyReport};

pub use crate::layout::{
    DEMO_FILE, ERASING_FILE, FORMAT, KEYS_DIR, MARKER_FILE, ROTATING_FILE, STORE_FILE,
};

/// The default vault folder: the operating system's data folder for the app.
pub fn default_location() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "Tadamun", "Tadamun").map(|d| d.data_dir().join("vault"))
}

/// Whether `code` looks like a language code (`ar`, `zh`, `pt-BR`): letters, digits and
/// hyphens, at most 16 bytes, starting with two or three letters.
fn is_language_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let first = parts.next().unwrap_or_default();
    code.len() <= 16
        && (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The language the person chose for the app's screens in the vault folder `dir`, if any (a
/// missing, unreadable or malformed choice is no choice: the system's language applies).
pub fn interface_language(dir: &Path) -> Option<String> {
    use std::io::Read;
    let mut text = String::new();
    fs::File::open(dir.join(crate::layout::LANGUAGE_FILE))
        .ok()?
        .take(32)
        .read_to_string(&mut text)
        .ok()?;
    let code = text.trim();
    is_language_code(code).then(|| code.to_owned())
}

/// Remembers the language chosen for the app's screens, before or after a vault exists.
pub fn set_interface_language(dir: &Path, code: &str) -> Result<()> {
    if !is_language_code(code) {
        return Err(VaultError::InvalidInput(format!(
            "'{code}' is not a language code."
        )));
    }
    fsutil::create_private_dir(dir)?;
    fsutil::atomic_write(&dir.join(crate::layout::LANGUAGE_FILE), code.as_bytes())?;
    Ok(())
}

/// What can be said about a vault folder without any secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VaultState {
    /// No vault in this folder.
    Missing,
    /// A vault that needs the passphrase or the recovery key.
    Locked,
    /// A crypto-erase started and did not finish: the vault cannot be opened any more.
    EraseIncomplete,
}

/// The result of [`inspect`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VaultInfo {
    /// The folder.
    pub location: PathBuf,
    /// Its state.
    pub state: VaultState,
    /// The format written in the marker, if any.
    pub format: Option<u32>,
    /// The scrypt work factor of the passphrase key file, if readable.
    pub kdf_log_n: Option<u8>,
    /// Whether an interrupted key rotation will be finished or rolled back at the next unlock.
    pub rotation_interrupted: bool,
    /// Whether this is a demonstration vault (fictional cases, passphrase printed in the app).
    pub demo: bool,
    /// An `ERASING` mark lies beside key files that are still intact: either an erase was cut
    /// off in its first instant, or someone who could write to the folder placed it. It is not
    /// trusted: the vault opens as usual, and the unlock removes the mark and says so.
    pub erase_mark_untrusted: bool,
}

/// Whether a key file is still as written (present, and matching its checksum): while one is,
/// the vault can be opened and an `ERASING` mark beside it is not trusted.
fn keys_intact(dir: &Path) -> bool {
    let kd = keys_dir(dir);
    [PASSPHRASE_FILE, RECOVERY_FILE].iter().any(|name| {
        let path = kd.join(name);
        fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_file())
            && fs::read(&path).is_ok_and(|bytes| keys::matches_checksum(&kd, name, &bytes))
    })
}

/// Whether `dir` is in the middle of a real crypto-erase: the mark is there and no key file
/// is left intact, so nothing can open the vault any more and finishing loses nothing. A mark
/// alone never makes the app offer to wipe a vault that still opens.
fn erase_under_way(dir: &Path) -> bool {
    dir.join(ERASING_FILE).exists() && !keys_intact(dir)
}

fn keys_dir(dir: &Path) -> PathBuf {
    dir.join(KEYS_DIR)
}

fn read_format(dir: &Path) -> Result<Option<u32>> {
    match fs::read_to_string(dir.join(MARKER_FILE)) {
        Ok(text) => {
            let format = text
                .trim()
                .strip_prefix("format ")
                .and_then(|n| n.trim().parse::<u32>().ok())
                .ok_or(VaultError::Key(crate::KeyError::KeyFileDamaged {
                    file: MARKER_FILE.to_owned(),
                }))?;
            Ok(Some(format))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Whether `dir` holds a vault (finished or not). Deliberately narrow: a folder that merely
/// has a `keys/` sub-folder or a `store.db` of its own is not a vault, and nothing in it will
/// ever be erased or overwritten.
fn has_vault_files(dir: &Path) -> bool {
    let kd = keys_dir(dir);
    dir.join(MARKER_FILE).exists()
        || kd.join(PASSPHRASE_FILE).exists()
        || kd.join(RECOVERY_FILE).exists()
}

/// Key files without a marker or a database: a creation that stopped half way. Nothing was
/// stored yet, so it counts as no vault, and `create` may clear it.
fn is_unfinished_creation(dir: &Path) -> bool {
    !dir.join(MARKER_FILE).exists()
        && !dir.join(STORE_FILE).exists()
        && !dir.join(ERASING_FILE).exists()
}

/// The files a vault may have under `keys/`, and nothing else.
fn key_file_names() -> Vec<String> {
    let mut names = vec![
        keys::CHECKSUMS_FILE.to_owned(),
        format!("{}.tmp", keys::CHECKSUMS_FILE),
    ];
    for base in [PASSPHRASE_FILE, RECOVERY_FILE] {
        for name in [base.to_owned(), next_name(base)] {
            names.push(format!("{name}.tmp"));
            names.push(name);
        }
    }
    names
}

/// Takes the vault's inter-process lock (an advisory lock on the marker file), held for the
/// life of a session so that a second Tadamun never opens, repairs or rotates the same vault.
fn acquire_lock(dir: &Path) -> Result<Option<fs::File>> {
    let file = match fs::OpenOptions::new()
        .read(true)
        .open(dir.join(MARKER_FILE))
    {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(fs::TryLockError::WouldBlock) => Err(VaultError::InUse),
        Err(fs::TryLockError::Error(e)) => Err(e.into()),
    }
}

/// Looks at a vault folder without unlocking it. Changes nothing on disk.
pub fn inspect(dir: &Path) -> Result<VaultInfo> {
    let mut info = VaultInfo {
        location: dir.to_path_buf(),
        state: VaultState::Missing,
        format: None,
        kdf_log_n: None,
        rotation_interrupted: false,
        demo: false,
        erase_mark_untrusted: false,
    };
    if erase_under_way(dir) {
        info.state = VaultState::EraseIncomplete;
        return Ok(info);
    }
    info.erase_mark_untrusted = dir.join(ERASING_FILE).exists();
    if !has_vault_files(dir) || is_unfinished_creation(dir) {
        return Ok(info);
    }
    info.state = VaultState::Locked;
    info.format = read_format(dir).unwrap_or(None);
    info.kdf_log_n = fs::read(keys_dir(dir).join(PASSPHRASE_FILE))
        .ok()
        .and_then(|b| keys::read_work_factor(&b));
    info.rotation_interrupted = rotation_state(dir) != Rotation::None;
    info.demo = dir.join(DEMO_FILE).is_file();
    Ok(info)
}

/// Checks that `dir` holds a vault this build can open.
fn require_openable(dir: &Path) -> Result<()> {
    if erase_under_way(dir) {
        return Err(VaultError::EraseIncomplete);
    }
    if !has_vault_files(dir) || is_unfinished_creation(dir) {
        return Err(VaultError::NotFound {
            path: dir.to_path_buf(),
        });
    }
    if let Some(found) = read_format(dir)? {
        if found > FORMAT {
            return Err(VaultError::NewerFormat {
                found,
                supported: FORMAT,
            });
        }
    }
    Ok(())
}

/// What [`create`] returns: the open vault, and the recovery key to show once.
#[derive(Debug)]
pub struct Created {
    /// The new vault, unlocked.
    pub session: Session,
    /// The recovery key. Show it once; it is not stored anywhere in the vault.
    pub recovery_key: RecoveryKey,
}

/// Creates a new vault in `dir` (created if needed) and returns it unlocked.
///
/// Refuses a weak passphrase and a folder that already holds a vault. If anything fails half
/// way, the files it wrote are removed again.
pub fn create(dir: &Path, passphrase: &SecretString, policy: KdfPolicy) -> Result<Created> {
    use secrecy::ExposeSecret;
    if dir.join(ERASING_FILE).exists() {
        return Err(VaultError::EraseIncomplete);
    }
    if has_vault_files(dir) && is_unfinished_creation(dir) {
        remove_vault_files(dir);
    }
    if has_vault_files(dir) {
        return Err(VaultError::AlreadyExists {
            path: dir.to_path_buf(),
        });
    }
    crate::passphrase::check_new(passphrase.expose_secret())?;
    // A leftover demo marker must not make a real vault look like a demo.
    fsutil::remove_if_exists(&dir.join(DEMO_FILE))?;
    let dir_existed = dir.exists();
    fsutil::create_private_dir(&keys_dir(dir))?;
    let result = create_inner(dir, passphrase, policy);
    if result.is_err() {
        remove_vault_files(dir);
        if !dir_existed {
            let _ = fs::remove_dir(dir);
        }
    }
    result
}

fn create_inner(dir: &Path, passphrase: &SecretString, policy: KdfPolicy) -> Result<Created> {
    let key = DataKey::generate()?;
    let recovery_key = RecoveryKey::generate();
    let recipient = recovery_key.recipient();
    let kd = keys_dir(dir);
    keys::write_key_file(
        &kd,
        PASSPHRASE_FILE,
        &keys::wrap_with_passphrase(&key, passphrase, policy)?,
    )?;
    keys::write_key_file(
        &kd,
        RECOVERY_FILE,
        &keys::wrap_to_recipient(&key, &recipient)?,
    )?;
    let mut conn = store::open_store(&dir.join(STORE_FILE), &key, OpenMode::Create)?;
    {
        let tx = conn.transaction()?;
        let mut id = [0u8; 16];
        fsutil::getrandom_fill(&mut id)?;
        store::upsert_setting(&tx, "vault_id", &hex::encode(id))?;
        store::upsert_setting(&tx, "created_at", &audit::now_rfc3339())?;
        store::upsert_setting(&tx, "recovery_recipient", &recipient)?;
        store::upsert_setting(&tx, "kdf_log_n", &policy.log_n().to_string())?;
        store::upsert_setting(
            &tx,
            "auto_lock_minutes",
            &DEFAULT_AUTO_LOCK_MINUTES.to_string(),
        )?;
        audit::append(
            &tx,
            "vault_created",
            &serde_json::json!({ "format": FORMAT, "kdf_log_n": policy.log_n() }),
        )?;
        tx.commit()?;
    }
    // The marker is written last: a folder without it never passes for a finished vault.
    fsutil::atomic_write(
        &dir.join(MARKER_FILE),
        format!("format {FORMAT}\n").as_bytes(),
    )?;
    fsutil::fsync_dir(dir)?;
    let lock = acquire_lock(dir)?;
    Ok(Created {
        session: Session::open(dir.to_path_buf(), key, conn, OpenedWith::NewVault, lock)?,
        recovery_key,
    })
}

/// The state of a key rotation, read from which files exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rotation {
    /// No rotation under way.
    None,
    /// Interrupted before its commit: roll back.
    BeforeCommit,
    /// Interrupted after its commit: finish.
    AfterCommit,
}

fn next_name(name: &str) -> String {
    format!("{name}{NEXT_SUFFIX}")
}

fn rotation_state(dir: &Path) -> Rotation {
    let kd = keys_dir(dir);
    let any_next = [PASSPHRASE_FILE, RECOVERY_FILE]
        .iter()
        .any(|n| kd.join(next_name(n)).exists());
    if dir.join(ROTATING_FILE).exists() {
        Rotation::BeforeCommit
    } else if any_next {
        Rotation::AfterCommit
    } else {
        Rotation::None
    }
}

/// How the person unlocks.
enum Unlock<'a> {
    Passphrase(&'a SecretString),
    Recovery(&'a RecoveryKey),
}

/// Unlocks the vault with its passphrase. A wrong passphrase changes nothing on disk.
pub fn unlock_with_passphrase(dir: &Path, passphrase: &SecretString) -> Result<Session> {
    unlock(dir, &Unlock::Passphrase(passphrase))
}

/// Unlocks the vault with its recovery key. A wrong key changes nothing on disk.
pub fn unlock_with_recovery_key(dir: &Path, recovery_key: &RecoveryKey) -> Result<Session> {
    unlock(dir, &Unlock::Recovery(recovery_key))
}

fn unwrap_key_file(kd: &Path, name: &str, how: &Unlock<'_>) -> Result<DataKey> {
    let bytes = match fs::read(kd.join(name)) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(VaultError::Key(crate::KeyError::KeyFileDamaged {
                file: name.to_owned(),
            }))
        }
        Err(e) => return Err(e.into()),
    };
    let outcome = match how {
        Unlock::Passphrase(p) => keys::unwrap_with_passphrase(&bytes, p),
        Unlock::Recovery(r) => keys::unwrap_with_recovery(&bytes, r),
    };
    match outcome {
        Ok(key) => Ok(key),
        Err(UnwrapFailure::Other(e)) => Err(e),
        Err(UnwrapFailure::NoMatch) if keys::matches_checksum(kd, name, &bytes) => Err(match how {
            Unlock::Passphrase(_) => VaultError::Key(crate::KeyError::WrongPassphrase),
            Unlock::Recovery(_) => VaultError::Key(crate::KeyError::WrongRecoveryKey),
        }),
        Err(_) => Err(VaultError::Key(crate::KeyError::KeyFileDamaged {
            file: name.to_owned(),
        })),
    }
}

fn unlock(dir: &Path, how: &Unlock<'_>) -> Result<Session> {
    require_openable(dir)?;
    // Lock first: the rotation state read below must not change under us.
    let lock = acquire_lock(dir)?;
    let kd = keys_dir(dir);
    let base = match how {
        Unlock::Passphrase(_) => PASSPHRASE_FILE,
        Unlock::Recovery(_) => RECOVERY_FILE,
    };
    let rotation = rotation_state(dir);
    let next = next_name(base);
    let name = if rotation == Rotation::AfterCommit && kd.join(&next).exists() {
        next
    } else {
        base.to_owned()
    };
    let started = std::time::Instant::now();
    let key = unwrap_key_file(&kd, &name, how)?;
    let kdf = started.elapsed();
    let mut rotation = rotation;
    let (key, conn) = match store::open_store(&dir.join(STORE_FILE), &key, OpenMode::Existing) {
        Ok(conn) => (key, conn),
        // `.next` files whose rotation never committed (a roll-back that was itself cut short):
        // the database is still under the key in the regular file. Use it and roll back.
        Err(VaultError::DatabaseDamaged) if name != base => {
            let key = unwrap_key_file(&kd, base, how)?;
            let conn = store::open_store(&dir.join(STORE_FILE), &key, OpenMode::Existing)?;
            rotation = Rotation::BeforeCommit;
            (key, conn)
        }
        Err(e) => return Err(e),
    };
    let opened_with = match how {
        Unlock::Passphrase(_) => OpenedWith::Passphrase,
        Unlock::Recovery(_) => OpenedWith::RecoveryKey,
    };
    let mut session = Session::open(dir.to_path_buf(), key, conn, opened_with, lock)?;
    // Finishing or rolling back an interrupted rotation writes files; on a full disk that waits
    // for a later unlock (the state on disk stays consistent), and the vault still opens.
    let repaired = match rotation {
        Rotation::None => Ok(()),
        Rotation::BeforeCommit => session.discard_rotation_files().and_then(|()| {
            audit::append(
                session.connection()?,
                "key_rotation_rolled_back",
                &serde_json::json!({}),
            )
            .map(drop)
        }),
        Rotation::AfterCommit => session.promote_rotation_files().and_then(|()| {
            audit::append(
                session.connection()?,
                "key_rotation_finished",
                &serde_json::json!({}),
            )
            .map(drop)
        }),
    };
    match repaired {
        Ok(()) | Err(VaultError::DiskFull) => {}
        Err(e) => return Err(e),
    }
    let method = match how {
        Unlock::Passphrase(_) => "passphrase",
        Unlock::Recovery(_) => "recovery_key",
    };
    // On a full disk the entries cannot be written; the person must still be able to read.
    let mut entries = Vec::new();
    if let crate::rollback::RollbackCheck::RolledBack {
        last,
        database_change,
    } = session.rollback_check()
    {
        entries.push((
            "rollback_suspected",
            serde_json::json!({ "recorded_change": last.change, "database_change": database_change }),
        ));
    } else if session.rollback_check() == &crate::rollback::RollbackCheck::RecordAltered {
        entries.push(("session_record_altered", serde_json::json!({})));
    }
    // An erase mark beside intact keys is not trusted (see `erase_under_way`): the person who
    // just proved the passphrase is told, and the mark goes.
    if dir.join(ERASING_FILE).exists() {
        fsutil::remove_if_exists(&dir.join(ERASING_FILE))?;
        session.erase_mark_removed = true;
        entries.push(("erase_mark_removed", serde_json::json!({})));
    }
    entries.push(("unlocked", serde_json::json!({ "method": method })));
    for (event, detail) in entries {
        match audit::append(session.connection()?, event, &detail) {
            Ok(_) | Err(VaultError::DiskFull) => {}
            Err(e) => return Err(e),
        }
    }
    match session.record_last_session() {
        Ok(()) | Err(VaultError::DiskFull) => {}
        Err(e) => return Err(e),
    }
    session.timings = Some(UnlockTimings {
        kdf,
        after_kdf: started.elapsed().saturating_sub(kdf),
    });
    Ok(session)
}
