//! The names of the files in a vault folder: one place, for every layer that needs them
//! (`vault` writes them; the session's record of itself is written only while the folder is
//! still a vault).

/// The vault folder format this build writes and reads.
pub const FORMAT: u32 = 1;
/// Name of the format marker file.
pub const MARKER_FILE: &str = "tadamun-vault";
/// Name of the marker written when crypto-erase starts.
pub const ERASING_FILE: &str = "ERASING";
/// Name of the database file.
pub const STORE_FILE: &str = "store.db";
/// Name of the database copy written by an unfinished key rotation.
pub const ROTATING_FILE: &str = "store.db.rotating";
/// Name of the database copy a backup is being made from (encrypted like the database; removed
/// when the backup ends, and by the next backup or an erase if it was cut off).
pub const BACKUP_SNAPSHOT_FILE: &str = "store.db.backup";
/// Name of the key folder.
pub const KEYS_DIR: &str = "keys";
/// Name of the file that marks a demonstration vault (fictional cases, known passphrase).
pub const DEMO_FILE: &str = "DEMO";
/// The language the person chose for the app's screens (a language code, in clear: it must be
/// known before the vault is opened, and says nothing about the records).
pub const LANGUAGE_FILE: &str = "language";

/// Whether `dir` still holds a vault that is not being erased.
pub(crate) fn is_live_vault(dir: &std::path::Path) -> bool {
    dir.join(MARKER_FILE).exists() && !dir.join(ERASING_FILE).exists()
}
