//! Crypto-erase: the `ERASING` marker first, then the key files overwritten and removed,
//! then everything else.

use std::fs;
use std::path::Path;

use super::*;

/// The steps of a crypto-erase, in order (used by tests to simulate a crash after each).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum EraseStep {
    /// The `ERASING` marker is on disk.
    Marked,
    /// The key files are overwritten and removed.
    KeysDestroyed,
    /// Everything is removed.
    Done,
}

/// Crypto-erases the vault: destroys its keys so it can never be opened again, then removes the
/// rest. Safe to run again on a vault whose erase was interrupted. Needs no secret: anyone who
/// can delete the folder could do the same.
pub fn erase(dir: &Path) -> Result<()> {
    erase_until(dir, EraseStep::Done)
}

/// Runs crypto-erase up to and including `last` and stops there, as a crash would.
/// For tests of crash safety; compiled only with the `test-support` feature.
#[cfg(feature = "test-support")]
pub fn erase_interrupted_after(dir: &Path, last: EraseStep) -> Result<()> {
    erase_until(dir, last)
}

fn erase_until(dir: &Path, last: EraseStep) -> Result<()> {
    if !dir.join(ERASING_FILE).exists() && !has_vault_files(dir) {
        return Err(VaultError::NotFound {
            path: dir.to_path_buf(),
        });
    }
    match fsutil::atomic_write(&dir.join(ERASING_FILE), b"") {
        Ok(()) => {}
        // On a full disk the marker cannot be written: destroying the keys matters more.
        Err(e) if crate::error::is_disk_full(&e) => {}
        Err(e) => return Err(e.into()),
    }
    if last == EraseStep::Marked {
        return Ok(());
    }
    let kd = keys_dir(dir);
    if kd.exists() {
        for name in key_file_names() {
            let path = kd.join(name);
            // Only regular files of ours; never follow a link out of the vault.
            match fs::symlink_metadata(&path) {
                Ok(m) if m.file_type().is_file() => fsutil::overwrite_and_remove(&path)?,
                Ok(_) => fsutil::remove_if_exists(&path)?,
                Err(_) => {}
            }
        }
        fsutil::fsync_dir(&kd)?;
        let _ = fs::remove_dir(&kd);
        fsutil::fsync_dir(dir)?;
    }
    if last == EraseStep::KeysDestroyed {
        return Ok(());
    }
    remove_vault_files(dir);
    let _ = fs::remove_dir_all(dir.join("blobs"));
    fs::remove_file(dir.join(ERASING_FILE))?;
    // Remove the folder itself if nothing of the person's own is left in it.
    let _ = fs::remove_dir(dir);
    Ok(())
}

/// Removes the files a vault writes in `dir`, by name (best effort); never anything else.
pub(super) fn remove_vault_files(dir: &Path) {
    let kd = keys_dir(dir);
    for name in key_file_names() {
        let _ = fsutil::remove_if_exists(&kd.join(name));
    }
    let _ = fs::remove_dir(&kd);
    for name in [
        STORE_FILE,
        "store.db-wal",
        "store.db-shm",
        "store.db-journal",
        ROTATING_FILE,
        "store.db.rotating-journal",
        crate::layout::BACKUP_SNAPSHOT_FILE,
        "store.db.backup-wal",
        "store.db.backup-shm",
        "store.db.backup-journal",
        MARKER_FILE,
        "tadamun-vault.tmp",
        DEMO_FILE,
        crate::rollback::LAST_SESSION_FILE,
        "last-session.tmp",
    ] {
        let _ = fsutil::remove_if_exists(&dir.join(name));
    }
    let _ = fsutil::fsync_dir(dir);
}
