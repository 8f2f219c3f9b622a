//! The errors a person can meet when opening or changing a vault.
//!
//! Every variant says, in plain words, what happened and what the person can do. None of them
//! ever carries a passphrase, a key, or record contents: messages may be shown on screen, written
//! to a terminal, or passed to the desktop front end.

use std::io;
use std::path::PathBuf;

/// Why a vault operation failed. In every case, nothing already stored was changed or lost.
#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    /// The passphrase did not unwrap the vault's key.
    #[error(
        "That passphrase does not open this vault. Check Caps Lock and the keyboard language, \
         then try again. Nothing was changed."
    )]
    WrongPassphrase,

    /// The recovery key did not unwrap the vault's key.
    #[error(
        "That recovery key does not open this vault. Check that you copied all of it; it starts \
         with AGE-SECRET-KEY-1. Nothing was changed."
    )]
    WrongRecoveryKey,

    /// A key file no longer matches its checksum, or cannot be parsed.
    #[error(
        "The vault's key file '{file}' is damaged, so the vault cannot be opened with it. \
         Try the other way to unlock (passphrase or recovery key), or restore the vault folder \
         from a backup. Nothing was changed."
    )]
    KeyFileDamaged {
        /// The file name inside `keys/`.
        file: String,
    },

    /// The database failed its authentication checks: damaged, truncated or altered.
    #[error(
        "The vault's database is damaged or was altered, so Tadamun will not read it. \
         Restore the vault folder from a backup. Nothing was changed."
    )]
    DatabaseDamaged,

    /// There is no vault in the folder.
    #[error("No vault was found in {}. Check the folder, or create a new vault.", path.display())]
    NotFound {
        /// The folder that was looked in.
        path: PathBuf,
    },

    /// `create` was asked for a folder that already holds a vault.
    #[error("There is already a vault in {}. Open it, or choose another folder.", path.display())]
    AlreadyExists {
        /// The folder that holds the vault.
        path: PathBuf,
    },

    /// The vault was written by a newer version of Tadamun.
    #[error(
        "This vault was made by a newer version of Tadamun (format {found}); this version can \
         open format {supported}. Install the newer version to open it. Nothing was changed."
    )]
    NewerFormat {
        /// The format found on disk.
        found: u32,
        /// The newest format this build understands.
        supported: u32,
    },

    /// The disk (or the user's quota) is full.
    #[error("The disk is full. Nothing was changed; free some space and try again.")]
    DiskFull,

    /// A new passphrase does not meet the rules.
    #[error("This passphrase is too weak: {reason}")]
    WeakPassphrase {
        /// What is wrong with it, in plain words.
        reason: String,
    },

    /// Input that is not valid for the operation (a malformed recovery key, a bad setting).
    #[error("{0}")]
    InvalidInput(String),

    /// The vault was being crypto-erased when the program stopped.
    #[error(
        "This vault was being erased when Tadamun stopped. Its keys are destroyed and it can \
         never be opened again. Finish erasing it to remove what is left."
    )]
    EraseIncomplete,

    /// Another process holds the vault open.
    #[error(
        "The vault is open in another Tadamun window or command. Close it there, then try again."
    )]
    InUse,

    /// A record failed its checks; each problem names the field.
    #[error("The record was not saved: {}", problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    InvalidRecord {
        /// What is wrong, field by field.
        problems: Vec<crate::records::Problem>,
    },

    /// The record asked for is not in the vault (deleted, or never there).
    #[error("There is no {what} in this vault. It may have been deleted.")]
    RecordNotFound {
        /// What was looked for ("incident #12").
        what: String,
    },

    /// The person cancelled a long operation; nothing was kept.
    #[error("Cancelled. Nothing was kept.")]
    Cancelled,

    /// An attachment's encrypted file is missing, damaged or altered.
    #[error("This attachment cannot be read: {what}. Restore the vault folder from a backup.")]
    EvidenceDamaged {
        /// What is wrong with it.
        what: String,
    },

    /// A copy of this attachment cannot leave the device.
    #[error("{reason}")]
    NotShareable {
        /// Why, and what to do instead.
        reason: String,
    },

    /// The record changed since it was opened for editing.
    #[error(
        "This record was changed since you opened it. Your version was not saved: copy your \
         changes, reopen the record and apply them again."
    )]
    Conflict,

    /// A file-system error other than a full disk.
    #[error("Tadamun could not read or write the vault folder ({0}). Nothing stored was lost.")]
    Io(#[source] io::Error),

    /// An unexpected database error that is not a sign of damage.
    #[error("The vault's database reported an unexpected error ({0}). Nothing stored was lost.")]
    Database(String),
}

impl VaultError {
    /// A stable code for the error, used by the CLI's JSON output and the desktop app.
    pub fn code(&self) -> &'static str {
        match self {
            Self::WrongPassphrase => "wrong_passphrase",
            Self::WrongRecoveryKey => "wrong_recovery_key",
            Self::KeyFileDamaged { .. } => "key_file_damaged",
            Self::DatabaseDamaged => "database_damaged",
            Self::NotFound { .. } => "vault_not_found",
            Self::AlreadyExists { .. } => "vault_exists",
            Self::NewerFormat { .. } => "newer_format",
            Self::DiskFull => "disk_full",
            Self::WeakPassphrase { .. } => "weak_passphrase",
            Self::InvalidInput(_) => "invalid_input",
            Self::EraseIncomplete => "erase_incomplete",
            Self::InUse => "in_use",
            Self::InvalidRecord { .. } => "invalid_record",
            Self::RecordNotFound { .. } => "record_not_found",
            Self::Conflict => "conflict",
            Self::Cancelled => "cancelled",
            Self::EvidenceDamaged { .. } => "evidence_damaged",
            Self::NotShareable { .. } => "not_shareable",
            Self::Io(_) | Self::Database(_) => "io",
        }
    }
}

/// Whether an I/O error means the disk or quota is full.
pub(crate) fn is_disk_full(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded
    ) || e.raw_os_error() == Some(28) // ENOSPC, for errors built from raw codes
}

impl From<io::Error> for VaultError {
    fn from(e: io::Error) -> Self {
        if is_disk_full(&e) {
            Self::DiskFull
        } else {
            Self::Io(e)
        }
    }
}

impl From<rusqlite::Error> for VaultError {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        // SQL functions (sqlcipher_export) report a full disk as a generic error with this text.
        if let rusqlite::Error::SqliteFailure(_, Some(msg)) = &e {
            if msg.contains("database or disk is full") {
                return Self::DiskFull;
            }
        }
        match e.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => Self::DiskFull,
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => Self::DatabaseDamaged,
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Self::InUse,
            _ => Self::Database(e.to_string()),
        }
    }
}

/// Shorthand for results in the vault modules.
pub type Result<T, E = VaultError> = std::result::Result<T, E>;
