//! The errors a person can meet when opening or changing a vault.
//!
//! Every variant says, in plain words, what happened and what the person can do. None of them
//! ever carries a passphrase, a key, or record contents: messages may be shown on screen, written
//! to a terminal, or passed to the desktop front end.

use std::io;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// One thing wrong with a record, tied to the field it concerns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Problem {
    /// Where: a path such as `title`, `acts[1].victim_id`, `actors[0].nationality`.
    pub path: String,
    /// A stable code the UI translates (`end_before_start`, `unknown_country`…).
    pub code: String,
    /// The explanation in plain English (the CLI's words).
    pub message: String,
    /// The values in the explanation (`len`, `max`, `value`…), for a screen that says it in
    /// its own language from `code`, the path's field and these.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(type = "Record<string, string>"))]
    pub params: std::collections::BTreeMap<String, String>,
}

impl Problem {
    /// A problem at `path`, with a stable code and a plain explanation.
    pub fn new(path: impl Into<String>, code: &str, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            code: code.to_owned(),
            message: message.into(),
            params: std::collections::BTreeMap::new(),
        }
    }

    /// The same problem with these values for a translated explanation.
    #[must_use]
    pub fn with<const N: usize>(mut self, pairs: [(&str, String); N]) -> Self {
        self.params = pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
        self
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// What unlocking, or choosing a new secret, can meet: the keys' domain.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
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

    /// A new passphrase does not meet the rules.
    #[error("This passphrase is too weak: {reason}")]
    WeakPassphrase {
        /// What is wrong with it, in plain words.
        reason: String,
    },
}

/// What saving or finding a record can meet: the records' domain.
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    /// A record failed its checks; each problem names the field.
    #[error("The record was not saved: {}", problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Invalid {
        /// What is wrong, field by field.
        problems: Vec<Problem>,
    },

    /// The record asked for is not in the vault (deleted, or never there).
    #[error("There is no {what} in this vault. It may have been deleted.")]
    NotFound {
        /// What was looked for ("incident #12").
        what: String,
    },

    /// The record changed since it was opened for editing.
    #[error(
        "This record was changed since you opened it. Your version was not saved: copy your \
         changes, reopen the record and apply them again."
    )]
    Conflict,
}

/// What reading or sharing an attachment can meet: the evidence's domain.
#[derive(Debug, thiserror::Error)]
pub enum EvidenceError {
    /// An attachment's encrypted file is missing, damaged or altered.
    #[error("This attachment cannot be read: {what}. Restore the vault folder from a backup.")]
    Damaged {
        /// What is wrong with it.
        what: String,
    },

    /// A copy of this attachment cannot leave the device.
    #[error("{reason}")]
    NotShareable {
        /// Why, and what to do instead.
        reason: String,
        /// The same as a stable code (`pdf`, `video`, `heic`, `office`, `other`), for a screen
        /// that says it in its own language.
        detail: &'static str,
    },
}

/// Input refused for a reason a screen can say in its own language: a stable code, the values
/// in the sentence, and the sentence in English (the CLI's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// A stable code (`not_a_public_key`, `folder_not_empty`…).
    pub code: &'static str,
    /// The values in the sentence, by name.
    pub params: std::collections::BTreeMap<String, String>,
    /// The sentence in English.
    pub message: String,
}

/// Why a vault operation failed. In every case, nothing already stored was changed or lost.
///
/// The vault's own errors (the folder, its database, its state) and those every layer can
/// meet (a full disk, invalid input, cancellation) are variants here; each domain's own are
/// in its type ([`KeyError`], [`RecordError`], [`EvidenceError`]), wrapped.
#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    /// The keys' domain: a wrong secret, a damaged key file, a weak new passphrase.
    #[error(transparent)]
    Key(#[from] KeyError),

    /// The records' domain: an invalid record, one that is not there, a conflicting edit.
    #[error(transparent)]
    Record(#[from] RecordError),

    /// The evidence's domain: a damaged attachment, one that cannot be shared.
    #[error(transparent)]
    Evidence(#[from] EvidenceError),

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

    /// Input that is not valid for the operation (a malformed recovery key, a bad setting).
    #[error("{0}")]
    InvalidInput(String),

    /// Input that is not valid, with a code and values so that a screen can say why in its
    /// own language (classified as `invalid_input`, like the above).
    #[error("{}", .0.message)]
    Refused(Refusal),

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

    /// The person cancelled a long operation; nothing was kept.
    #[error("Cancelled. Nothing was kept.")]
    Cancelled,

    /// A file-system error other than a full disk.
    #[error("Tadamun could not read or write the vault folder ({0}). Nothing stored was lost.")]
    Io(#[source] io::Error),

    /// An unexpected database error that is not a sign of damage.
    #[error("The vault's database reported an unexpected error ({0}). Nothing stored was lost.")]
    Database(String),
}

/// The exit statuses of the `tadamun` command. Each error maps to one in
/// [`VaultError::exit_status`]; `tadamun --help` and the README list them from [`ExitStatus::ALL`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum ExitStatus {
    /// A file-system or database error that is not a sign of damage.
    Unexpected = 1,
    /// The command line was not usable.
    Usage = 2,
    /// Wrong passphrase or recovery key.
    WrongSecret = 3,
    /// No vault there, or one already there.
    NoVault = 4,
    /// Damage.
    Damaged = 5,
    /// A newer format.
    NewerFormat = 6,
    /// Disk full.
    DiskFull = 7,
    /// In use, or an erase to finish.
    InUse = 8,
    /// Input refused.
    InvalidInput = 9,
    /// Not confirmed, or cancelled.
    Cancelled = 10,
    /// No such record.
    NoSuchRecord = 11,
    /// Changed since read.
    Conflict = 12,
    /// An export with blockers.
    Blocked = 13,
}

impl ExitStatus {
    /// Every status, in order.
    pub const ALL: [Self; 13] = [
        Self::Unexpected,
        Self::Usage,
        Self::WrongSecret,
        Self::NoVault,
        Self::Damaged,
        Self::NewerFormat,
        Self::DiskFull,
        Self::InUse,
        Self::InvalidInput,
        Self::Cancelled,
        Self::NoSuchRecord,
        Self::Conflict,
        Self::Blocked,
    ];

    /// What the status means, as `tadamun --help` and the README say it.
    pub fn meaning(self) -> &'static str {
        match self {
            Self::Unexpected => "unexpected error (file system, database)",
            Self::Usage => "usage error (unknown command or option)",
            Self::WrongSecret => "wrong passphrase or wrong recovery key",
            Self::NoVault => "no vault in that folder, or a vault already exists there (init)",
            Self::Damaged => "damaged key file, database or attachment",
            Self::NewerFormat => "vault made by a newer version of Tadamun",
            Self::DiskFull => "disk full",
            Self::InUse => "vault in use by another Tadamun, or its erase was interrupted",
            Self::InvalidInput => {
                "invalid input (weak passphrase, malformed recovery key, invalid record)"
            }
            Self::Cancelled => "cancelled (erase or delete not confirmed)",
            Self::NoSuchRecord => "no such record (incident, revision or actor)",
            Self::Conflict => "the record changed since it was read",
            Self::Blocked => {
                "export preview found blockers (listed); nothing can be exported until they are fixed"
            }
        }
    }

    /// The table of exit statuses, as printed at the end of `tadamun --help`.
    pub fn table() -> String {
        let mut out = String::from("Exit codes:\n  0  success");
        for s in Self::ALL {
            out.push_str(&format!("\n {:>2}  {}", s as u8, s.meaning()));
        }
        out
    }
}

impl VaultError {
    /// The one place that classifies an error: its stable code (used by the CLI's JSON
    /// output and, by name, by the desktop app's IPC codes) and the CLI's exit status.
    fn class(&self) -> (&'static str, ExitStatus) {
        use ExitStatus as X;
        match self {
            Self::Key(e) => match e {
                KeyError::WrongPassphrase => ("wrong_passphrase", X::WrongSecret),
                KeyError::WrongRecoveryKey => ("wrong_recovery_key", X::WrongSecret),
                KeyError::KeyFileDamaged { .. } => ("key_file_damaged", X::Damaged),
                KeyError::WeakPassphrase { .. } => ("weak_passphrase", X::InvalidInput),
            },
            Self::Record(e) => match e {
                RecordError::Invalid { .. } => ("invalid_record", X::InvalidInput),
                RecordError::NotFound { .. } => ("record_not_found", X::NoSuchRecord),
                RecordError::Conflict => ("conflict", X::Conflict),
            },
            Self::Evidence(e) => match e {
                EvidenceError::Damaged { .. } => ("evidence_damaged", X::Damaged),
                EvidenceError::NotShareable { .. } => ("not_shareable", X::InvalidInput),
            },
            Self::DatabaseDamaged => ("database_damaged", X::Damaged),
            Self::NotFound { .. } => ("vault_not_found", X::NoVault),
            Self::AlreadyExists { .. } => ("vault_exists", X::NoVault),
            Self::NewerFormat { .. } => ("newer_format", X::NewerFormat),
            Self::DiskFull => ("disk_full", X::DiskFull),
            Self::InvalidInput(_) | Self::Refused(_) => ("invalid_input", X::InvalidInput),
            Self::EraseIncomplete => ("erase_incomplete", X::InUse),
            Self::InUse => ("in_use", X::InUse),
            Self::Cancelled => ("cancelled", X::Cancelled),
            Self::Io(_) | Self::Database(_) => ("io", X::Unexpected),
        }
    }

    /// Input refused with `code`, an English `message` and the values in it.
    pub fn refused<const N: usize>(
        code: &'static str,
        message: impl Into<String>,
        params: [(&str, String); N],
    ) -> Self {
        Self::Refused(Refusal {
            code,
            params: params.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
            message: message.into(),
        })
    }

    /// The finer reason, for errors that carry one: a code and the values a screen needs to
    /// say it in its own language.
    pub fn detail(&self) -> Option<(&'static str, std::collections::BTreeMap<String, String>)> {
        match self {
            Self::Refused(r) => Some((r.code, r.params.clone())),
            Self::Evidence(EvidenceError::NotShareable { detail, .. }) => {
                Some((detail, std::collections::BTreeMap::new()))
            }
            _ => None,
        }
    }

    /// A stable code for the error, used by the CLI's JSON output and the desktop app.
    pub fn code(&self) -> &'static str {
        self.class().0
    }

    /// The `tadamun` command's exit status for this error.
    pub fn exit_status(&self) -> ExitStatus {
        self.class().1
    }

    /// One error of each kind, for tests that check every code is known everywhere.
    pub fn examples() -> Vec<Self> {
        vec![
            KeyError::WrongPassphrase.into(),
            KeyError::WrongRecoveryKey.into(),
            KeyError::KeyFileDamaged {
                file: String::new(),
            }
            .into(),
            Self::DatabaseDamaged,
            Self::NotFound {
                path: PathBuf::new(),
            },
            Self::AlreadyExists {
                path: PathBuf::new(),
            },
            Self::NewerFormat {
                found: 0,
                supported: 0,
            },
            Self::DiskFull,
            KeyError::WeakPassphrase {
                reason: String::new(),
            }
            .into(),
            Self::InvalidInput(String::new()),
            Self::EraseIncomplete,
            Self::InUse,
            RecordError::Invalid {
                problems: Vec::new(),
            }
            .into(),
            RecordError::NotFound {
                what: String::new(),
            }
            .into(),
            Self::Cancelled,
            EvidenceError::Damaged {
                what: String::new(),
            }
            .into(),
            EvidenceError::NotShareable {
                reason: String::new(),
                detail: "other",
            }
            .into(),
            RecordError::Conflict.into(),
            Self::Io(io::Error::other("example")),
            Self::Database(String::new()),
        ]
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
            // A statement stopped by a lock (`Session::interrupter`).
            Some(ErrorCode::OperationInterrupted) => Self::Cancelled,
            _ => Self::Database(e.to_string()),
        }
    }
}

/// Shorthand for results in the vault modules.
pub type Result<T, E = VaultError> = std::result::Result<T, E>;
