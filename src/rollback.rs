//! Rollback detection: the record of the last session, kept beside the database.
//!
//! Anyone who can write to the vault folder can put back an older `store.db` without knowing
//! the passphrase: deleted cases would come back, withdrawn consent would be in force again,
//! and the audit chain inside that older database is intact. So the vault keeps, outside the
//! database, the head of the audit chain as it was when a session last ended (the number of
//! the latest change and its hash), with the time of the last unlock, authenticated with a
//! key derived from the data key (HMAC-SHA-256): it cannot be forged without the key.
//!
//! At unlock the database's own head is compared with that record. A database whose latest
//! change is older than the record (or has the same number and another history) was rolled
//! back: the vault still opens, because it may be a backup the person restored, but the
//! person is told, the audit log records it, and `verify` reports it. The record is rewritten
//! at each unlock and when the session ends, and is rotated with the key.
//!
//! What it cannot see: a whole folder put back, record included. For that, the unlock screen
//! shows the number of the latest change and when the vault was last opened, which the person
//! can recognise as older than they remember.

use std::path::Path;

use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use crate::audit;
use crate::error::Result;
use crate::fsutil;
use crate::keys::DataKey;
use rusqlite::{Connection, OptionalExtension};

/// The file beside the database.
pub const LAST_SESSION_FILE: &str = "last-session";

/// What was recorded when the vault was last used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastSession {
    /// The number of the latest change (audit entry) then.
    pub change: i64,
    /// When the vault was last unlocked (RFC 3339), before this time.
    pub unlocked_at: String,
}

/// What the comparison at unlock found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum RollbackCheck {
    /// No record yet: a new vault, or one made before this check existed.
    NoRecord,
    /// The database is the one of the last session, or newer.
    Consistent {
        /// What was recorded.
        last: LastSession,
    },
    /// The database is older than the last session, or has another history: changes made
    /// since are missing.
    RolledBack {
        /// What was recorded.
        last: LastSession,
        /// The database's latest change.
        database_change: i64,
    },
    /// The record does not authenticate under this vault's key: it was altered or copied
    /// from another vault, so nothing can be said.
    RecordAltered,
}

impl RollbackCheck {
    /// Whether the person must be warned.
    pub fn is_suspect(&self) -> bool {
        matches!(self, Self::RolledBack { .. } | Self::RecordAltered)
    }

    /// The last session's record, when there is a trustworthy one.
    pub fn last(&self) -> Option<&LastSession> {
        match self {
            Self::Consistent { last } | Self::RolledBack { last, .. } => Some(last),
            Self::NoRecord | Self::RecordAltered => None,
        }
    }

    /// What to tell the person, in plain words.
    pub fn message(&self) -> Option<String> {
        match self {
            Self::RolledBack {
                last,
                database_change,
            } => Some(format!(
                "This vault's database is older than the last time it was used: its latest \
                 change is number {database_change}, but change {} was recorded when the vault \
                 was last closed. Cases deleted or consent withdrawn since may be back. If you \
                 did not restore a backup yourself, someone may have replaced the database.",
                last.change
            )),
            Self::RecordAltered => Some(
                "The record of the last session does not match this vault's key: it was \
                 altered or copied from another vault. Tadamun cannot tell whether the database \
                 was replaced by an older copy."
                    .to_owned(),
            ),
            Self::NoRecord | Self::Consistent { .. } => None,
        }
    }
}

/// The file as stored: the record and its MAC.
#[derive(Serialize, Deserialize)]
struct Stored {
    version: u32,
    change: i64,
    head: String,
    unlocked_at: String,
    mac: String,
}

/// The MAC over a record, keyed from the data key (HKDF-SHA-256, its own label).
fn mac_of(key: &DataKey, change: i64, head: &str, unlocked_at: &str) -> Option<Hmac<Sha256>> {
    let hk = hkdf::Hkdf::<Sha256>::new(None, key.expose_secret_bytes());
    let mut mac_key = zeroize::Zeroizing::new([0u8; 32]);
    hk.expand(b"tadamun last-session mac v1", mac_key.as_mut())
        .ok()?;
    let mut mac = Hmac::<Sha256>::new_from_slice(mac_key.as_ref()).ok()?;
    mac.update(format!("v1\n{change}\n{head}\n{unlocked_at}\n").as_bytes());
    Some(mac)
}

/// Compares the database's audit chain with the record in `dir` (read before the unlock
/// writes anything): the entry the record names must be in the database, with its hash.
pub(crate) fn check(dir: &Path, key: &DataKey, conn: &Connection) -> Result<RollbackCheck> {
    let Ok(bytes) = std::fs::read(dir.join(LAST_SESSION_FILE)) else {
        return Ok(RollbackCheck::NoRecord);
    };
    let Ok(stored) = serde_json::from_slice::<Stored>(&bytes) else {
        return Ok(RollbackCheck::RecordAltered);
    };
    let authentic = stored.version == 1
        && hex::decode(&stored.mac).ok().is_some_and(|tag| {
            mac_of(key, stored.change, &stored.head, &stored.unlocked_at)
                .is_some_and(|mac| mac.verify_slice(&tag).is_ok())
        });
    if !authentic {
        return Ok(RollbackCheck::RecordAltered);
    }
    let recorded_entry: Option<Vec<u8>> = conn
        .prepare_cached("SELECT hash FROM audit_log WHERE seq = ?1")?
        .query_row([stored.change], |r| r.get(0))
        .optional()?;
    let in_history =
        stored.change == 0 || recorded_entry.is_some_and(|hash| hex::encode(hash) == stored.head);
    let last = LastSession {
        change: stored.change,
        unlocked_at: stored.unlocked_at,
    };
    Ok(if in_history {
        RollbackCheck::Consistent { last }
    } else {
        RollbackCheck::RolledBack {
            last,
            database_change: audit::head(conn)?.0,
        }
    })
}

/// Writes the record of this session to `path`: the database's head now, and `unlocked_at`.
pub(crate) fn record(
    path: &Path,
    key: &DataKey,
    conn: &Connection,
    unlocked_at: &str,
) -> Result<()> {
    let (change, hash) = audit::head(conn)?;
    let head = hex::encode(hash);
    let mac = mac_of(key, change, &head, unlocked_at)
        .ok_or_else(|| {
            crate::VaultError::Database("cannot derive the session record's key".to_owned())
        })?
        .finalize()
        .into_bytes();
    let stored = Stored {
        version: 1,
        change,
        head,
        unlocked_at: unlocked_at.to_owned(),
        mac: hex::encode(mac),
    };
    let json =
        serde_json::to_vec(&stored).map_err(|e| crate::VaultError::Database(e.to_string()))?;
    fsutil::atomic_write(path, &json)?;
    Ok(())
}
