//! An open vault: its folder, its data key and its database connection.
//!
//! This is the layer every domain (evidence, records, export) works through. It only holds
//! what was opened and hands out the connection; opening, creating, rotating and erasing a
//! vault are orchestration, in [`crate::vault`], which is the only module that builds or
//! changes a `Session`.
//!
//! The rule for callers: a function that only reads or writes rows takes a `&Connection` (or a
//! `&Transaction`), so it can be composed inside one transaction; a function that also touches
//! files in the vault folder (attachments) or needs the data key takes a `&Session`.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use rusqlite::Connection;
use serde::Serialize;

use crate::audit;
use crate::error::{Result, VaultError};
use crate::keys::DataKey;
use crate::rollback::{self, RollbackCheck};
use crate::store;

/// Default inactivity before the desktop app locks, in minutes.
pub const DEFAULT_AUTO_LOCK_MINUTES: u32 = 5;
/// Longest inactivity delay that can be chosen, in minutes.
pub const MAX_AUTO_LOCK_MINUTES: u32 = 240;

/// How long an unlock took, split at the end of the key derivation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct UnlockTimings {
    /// Unwrapping the data key: scrypt for a passphrase, X25519 for a recovery key.
    pub kdf: std::time::Duration,
    /// Everything after: opening and authenticating the database, migrations, the audit entry.
    pub after_kdf: std::time::Duration,
}

/// How a session was opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OpenedWith {
    /// The vault was just created.
    NewVault,
    /// With the passphrase.
    Passphrase,
    /// With the recovery key: the passphrase may be forgotten, and may be reset.
    RecoveryKey,
}

/// An open vault. Dropping it (or [`Session::lock`]) closes the database and zeroises the key.
pub struct Session {
    /// The vault folder.
    pub(crate) dir: PathBuf,
    /// The data key; replaced only by a key rotation.
    pub(crate) key: DataKey,
    /// The database; `None` only after an interrupted rotation closed it.
    pub(crate) conn: Option<Connection>,
    /// How long the unlock took.
    pub(crate) timings: Option<UnlockTimings>,
    /// How the session was opened.
    pub(crate) opened_with: OpenedWith,
    /// The inter-process lock; released when the session is dropped.
    pub(crate) _lock: Option<fs::File>,
    /// Set from another thread to stop this session's long operations (see [`Interrupter`]).
    pub(crate) interrupt: Arc<AtomicBool>,
    /// What the record of the last session said at unlock (rollback detection).
    pub(crate) rollback: RollbackCheck,
    /// When this session was opened (RFC 3339), for the record of the last session.
    pub(crate) unlocked_at: String,
    /// Whether the unlock found an `ERASING` mark beside intact keys and removed it.
    pub(crate) erase_mark_removed: bool,
}

impl Drop for Session {
    /// Records where the audit chain stands as the session ends, so that a database put
    /// back later is seen as older. Best effort: a full disk must not stop a lock.
    fn drop(&mut self) {
        let _ = self.record_last_session();
    }
}

/// Stops a session's long operations from another thread, so that locking never waits for
/// them: a verify, a key rotation or a running database statement returns
/// [`VaultError::Cancelled`] at its next check (within a fraction of a second), and the
/// session can then be dropped. A rotation stopped this way is rolled back.
#[derive(Debug, Clone)]
pub struct Interrupter(Arc<AtomicBool>);

impl Interrupter {
    /// Asks every long operation of the session to stop. It cannot be undone: the session
    /// is to be dropped.
    pub fn interrupt(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    /// Whether [`Interrupter::interrupt`] was called.
    pub fn is_interrupted(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

/// SQLite calls the handler every this many virtual-machine steps of a statement; a few
/// microseconds apart, so a long statement (an integrity check, the re-keyed copy) stops
/// almost at once.
const INTERRUPT_CHECK_STEPS: std::ffi::c_int = 10_000;

/// Makes the statements run on `conn` stop when `flag` is set (they fail as interrupted, which
/// reads as [`VaultError::Cancelled`]).
pub(crate) fn stop_statements_on(conn: &Connection, flag: &Arc<AtomicBool>) -> Result<()> {
    let flag = Arc::clone(flag);
    conn.progress_handler(
        INTERRUPT_CHECK_STEPS,
        Some(move || flag.load(Ordering::Relaxed)),
    )?;
    Ok(())
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("dir", &self.dir)
            .finish_non_exhaustive()
    }
}

impl Session {
    /// A session over an opened database (only `vault` opens one), its statements
    /// interruptible from the start.
    pub(crate) fn open(
        dir: PathBuf,
        key: DataKey,
        conn: Connection,
        opened_with: OpenedWith,
        lock: Option<fs::File>,
    ) -> Result<Self> {
        let interrupt = Arc::new(AtomicBool::new(false));
        stop_statements_on(&conn, &interrupt)?;
        // Before anything is written in this session.
        let rollback = rollback::check(&dir, &key, &conn)?;
        Ok(Self {
            dir,
            key,
            conn: Some(conn),
            timings: None,
            opened_with,
            _lock: lock,
            interrupt,
            rollback,
            unlocked_at: crate::audit::now_rfc3339(),
            erase_mark_removed: false,
        })
    }

    /// The vault folder.
    pub fn location(&self) -> &Path {
        &self.dir
    }

    /// How long the unlock that opened this session took (none for a vault just created).
    pub fn unlock_timings(&self) -> Option<UnlockTimings> {
        self.timings
    }

    /// The open database connection.
    pub fn connection(&self) -> Result<&Connection> {
        self.conn.as_ref().ok_or_else(|| {
            VaultError::Database(
                "the vault was closed by an interrupted operation; unlock it again".to_owned(),
            )
        })
    }

    /// What the record of the last session said when this session was opened: whether the
    /// database is older than when the vault was last used (see [`crate::rollback`]).
    pub fn rollback_check(&self) -> &RollbackCheck {
        &self.rollback
    }

    /// Writes the record of this session (the audit chain's head now, and when it opened).
    pub(crate) fn record_last_session(&self) -> Result<()> {
        // Never recreate a file in a folder that is being (or was) erased.
        if !crate::layout::is_live_vault(&self.dir) {
            return Ok(());
        }
        match &self.conn {
            Some(conn) => rollback::record(
                &self.dir.join(rollback::LAST_SESSION_FILE),
                &self.key,
                conn,
                &self.unlocked_at,
            ),
            None => Ok(()),
        }
    }

    /// Whether the unlock found an erase mark beside intact keys (an erase cut off in its
    /// first instant, or a mark someone placed) and removed it.
    pub fn erase_mark_removed(&self) -> bool {
        self.erase_mark_removed
    }

    /// What to tell the person about [`Session::erase_mark_removed`].
    pub fn erase_mark_message(&self) -> Option<&'static str> {
        self.erase_mark_removed.then_some(
            "This vault was marked as being erased, but its keys were intact: either an erase \
             was cut off as it started, or someone who could write to the vault folder placed \
             the mark. The mark was removed and nothing was erased. If you meant to erase \
             this vault, erase it again.",
        )
    }

    /// A handle that stops this session's long operations from another thread.
    pub fn interrupter(&self) -> Interrupter {
        Interrupter(Arc::clone(&self.interrupt))
    }

    /// The flag long loops check (evidence hashing, re-encryption).
    pub(crate) fn interrupt_flag(&self) -> &AtomicBool {
        &self.interrupt
    }

    /// Fails with [`VaultError::Cancelled`] once the session was interrupted.
    pub(crate) fn check_interrupted(&self) -> Result<()> {
        if self.interrupt.load(Ordering::Relaxed) {
            Err(VaultError::Cancelled)
        } else {
            Ok(())
        }
    }

    /// The open database connection, for a write transaction.
    pub(crate) fn connection_mut(&mut self) -> Result<&mut Connection> {
        self.conn.as_mut().ok_or_else(|| {
            VaultError::Database(
                "the vault was closed by an interrupted operation; unlock it again".to_owned(),
            )
        })
    }

    /// Locks the vault: closes the database and zeroises the key.
    pub fn lock(self) {
        drop(self);
    }

    /// How this session was opened.
    pub fn opened_with(&self) -> OpenedWith {
        self.opened_with
    }

    /// Minutes of inactivity before the desktop app locks.
    pub fn auto_lock_minutes(&self) -> Result<u32> {
        Ok(store::get_setting(self.connection()?, "auto_lock_minutes")?
            .and_then(|v| v.parse().ok())
            .unwrap_or(DEFAULT_AUTO_LOCK_MINUTES))
    }

    /// Sets the inactivity delay (1 to [`MAX_AUTO_LOCK_MINUTES`] minutes).
    pub fn set_auto_lock_minutes(&mut self, minutes: u32) -> Result<()> {
        if !(1..=MAX_AUTO_LOCK_MINUTES).contains(&minutes) {
            return Err(VaultError::InvalidInput(format!(
                "Choose an automatic lock delay between 1 and {MAX_AUTO_LOCK_MINUTES} minutes."
            )));
        }
        let tx = self.connection_mut()?.transaction()?;
        store::upsert_setting(&tx, "auto_lock_minutes", &minutes.to_string())?;
        audit::append(
            &tx,
            "setting_changed",
            &serde_json::json!({ "auto_lock_minutes": minutes }),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The vault folder.
    pub(crate) fn dir(&self) -> &Path {
        &self.dir
    }

    /// The data key, for deriving sub-keys (blob encryption).
    pub(crate) fn data_key(&self) -> &DataKey {
        &self.key
    }

    /// The newest audit entries.
    pub fn audit_recent(&self, limit: u32) -> Result<Vec<audit::AuditEntry>> {
        audit::list_recent(self.connection()?, limit)
    }
}
