//! The app's one piece of shared state: which vault folder, and whether it is open.
//!
//! Locking never waits. The slot ([`VaultSlot`]) is held only for an instant by anyone; a
//! command takes its own handle on the open vault and works with the slot free. Locking
//! empties the slot and interrupts the session: a running verify, rotation, import or export
//! stops at its next check (within a fraction of a second) and returns, and with the last
//! handle gone the session is dropped (database closed, key zeroised). Erase waits only for
//! that, never for the operation to finish.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, Weak};
use std::time::{Duration, Instant, SystemTime};

use tadamun::keys::RecoveryKey;
use tadamun::rollback::RollbackCheck;
use tadamun::session::Interrupter;
use tadamun::vault::{self, OpenedWith, Session};
use tauri::AppHandle;

use crate::ipc::{
    AppError, LastSessionInfo, LockReason, RollbackWarning, UnlockedWith, VaultState, VaultStatus,
};

/// What a command works on: the open vault and, right after creation, the recovery key not
/// yet confirmed as stored.
pub struct Unlocked {
    /// The open vault.
    pub session: Session,
    /// Held only until the person confirms they stored it (or the vault locks).
    pub pending_recovery_key: Option<RecoveryKey>,
}

/// An open vault, shared by the slot and the commands running on it.
pub struct OpenVault {
    /// One command at a time works on the session.
    inner: Mutex<Unlocked>,
    /// Stops the session's long operations (taken before the session is shared).
    interrupter: Interrupter,
    /// How it was opened, readable without waiting for a running command.
    opened_with: Mutex<OpenedWith>,
    /// Whether a new vault's recovery key is still unconfirmed, likewise.
    recovery_key_pending: AtomicBool,
    /// What the record of the last session said at unlock (rollback detection).
    rollback: RollbackCheck,
    /// Whether the unlock removed an erase mark that was not trusted.
    erase_mark_removed: bool,
}

/// Locked or unlocked: never both, never a half state.
pub enum VaultSlot {
    /// Nothing secret in memory (once the commands still running have stopped).
    Locked,
    /// The vault is open.
    Unlocked(Arc<OpenVault>),
}

/// Everything the commands share.
pub struct AppState {
    /// The vault folder this app works on.
    pub dir: PathBuf,
    slot: Mutex<VaultSlot>,
    last_activity: Mutex<Instant>,
    auto_lock_minutes: AtomicU32,
    /// Set by "Cancel" while attachments are being imported or an export is written, and by
    /// locking.
    pub import_cancel: AtomicBool,
    /// The files and folders the person chose in a native dialog or dropped on the window,
    /// by one-time token: the web view names them only by token, so a compromised page cannot
    /// read or write any other path.
    chosen: Mutex<HashMap<String, Chosen>>,
    /// Why the vault last locked, for the page that the lock replaced (see `locking.rs`);
    /// cleared at the next unlock.
    last_lock: Mutex<Option<LockReason>>,
    /// Whether a lock replaces the web process: always, except under a WebDriver test (test
    /// builds only), whose driver cannot follow the page into a new process.
    pub replace_web_process: AtomicBool,
}

/// A path the person chose, and what for.
struct Chosen {
    path: PathBuf,
    kind: ChosenKind,
}

/// What a chosen path may be used for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChosenKind {
    /// A file to attach (picked or dropped).
    FileToAttach,
    /// A folder to export into.
    ExportFolder,
    /// The original of a file just attached, which the person may have removed.
    ImportedOriginal,
    /// A backup file to write.
    BackupToWrite,
    /// A backup file to check or restore from (usable again: a mistyped recovery key must not
    /// make the person choose the file again).
    BackupToRead,
}

/// How long erase waits for the interrupted commands to let go of the session before it
/// destroys the keys anyway.
const ERASE_WAIT: Duration = Duration::from_secs(3);

impl AppState {
    /// State for the vault in `dir`, locked.
    pub fn new(dir: PathBuf) -> Self {
        Self {
            dir,
            slot: Mutex::new(VaultSlot::Locked),
            last_activity: Mutex::new(Instant::now()),
            auto_lock_minutes: AtomicU32::new(vault::DEFAULT_AUTO_LOCK_MINUTES),
            import_cancel: AtomicBool::new(false),
            chosen: Mutex::new(HashMap::new()),
            last_lock: Mutex::new(None),
            replace_web_process: AtomicBool::new(true),
        }
    }

    /// Remembers why the vault locked, for the status of the page that comes next.
    pub fn note_lock(&self, reason: LockReason) {
        *self
            .last_lock
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = Some(reason);
    }

    /// Remembers a path the person chose in a native dialog (or dropped), and returns the
    /// one-time token the web view may use for it.
    pub fn remember_choice(&self, path: PathBuf, kind: ChosenKind) -> String {
        let token = tadamun::records::new_id();
        self.chosen
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(token.clone(), Chosen { path, kind });
        token
    }

    /// The path behind a token, used up: a token works once, for what it was chosen for.
    pub fn take_choice(&self, token: &str, kind: ChosenKind) -> Result<PathBuf, AppError> {
        let mut chosen = self.chosen.lock().unwrap_or_else(PoisonError::into_inner);
        match chosen.remove(token) {
            Some(c) if c.kind == kind => Ok(c.path),
            _ => Err(AppError::new(
                crate::ipc::ErrorCode::InvalidInput,
                match kind {
                    ChosenKind::FileToAttach => {
                        "Tadamun only attaches files chosen in its own file dialog or dropped on \
                         its window. Choose the file again."
                    }
                    ChosenKind::ExportFolder => {
                        "Tadamun only writes into a folder chosen in its own folder dialog. \
                         Choose the folder again."
                    }
                    ChosenKind::ImportedOriginal => {
                        "Tadamun only removes the originals of files it has just attached."
                    }
                    ChosenKind::BackupToWrite | ChosenKind::BackupToRead => {
                        "Tadamun only uses backup files chosen in its own file dialog. Choose \
                         the file again."
                    }
                },
            )),
        }
    }

    /// The path behind a token, which stays usable (a backup file to read).
    pub fn peek_choice(&self, token: &str, kind: ChosenKind) -> Result<PathBuf, AppError> {
        let path = self.take_choice(token, kind)?;
        self.chosen
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(
                token.to_owned(),
                Chosen {
                    path: path.clone(),
                    kind,
                },
            );
        Ok(path)
    }

    /// The slot, recovering from a poisoned lock (a panic elsewhere must not lock people out).
    /// Held only for an instant: nothing slow happens under it.
    fn slot(&self) -> MutexGuard<'_, VaultSlot> {
        self.slot.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Records user activity, postponing the automatic lock.
    pub fn touch(&self) {
        *self
            .last_activity
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = Instant::now();
    }

    fn idle_for(&self) -> Duration {
        self.last_activity
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .elapsed()
    }

    /// Remembers the auto-lock delay so the watcher needs no database access.
    pub fn set_auto_lock_minutes(&self, minutes: u32) {
        self.auto_lock_minutes.store(minutes, Ordering::Relaxed);
    }

    /// Opens the slot with a new session.
    pub fn put_unlocked(&self, session: Session, pending_recovery_key: Option<RecoveryKey>) {
        *self
            .last_lock
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = None;
        if let Ok(m) = session.auto_lock_minutes() {
            self.set_auto_lock_minutes(m);
        }
        self.touch();
        let open = OpenVault {
            interrupter: session.interrupter(),
            opened_with: Mutex::new(session.opened_with()),
            recovery_key_pending: AtomicBool::new(pending_recovery_key.is_some()),
            rollback: session.rollback_check().clone(),
            erase_mark_removed: session.erase_mark_removed(),
            inner: Mutex::new(Unlocked {
                session,
                pending_recovery_key,
            }),
        };
        let previous = std::mem::replace(&mut *self.slot(), VaultSlot::Unlocked(Arc::new(open)));
        if let VaultSlot::Unlocked(old) = previous {
            old.interrupter.interrupt();
        }
    }

    /// Locks at once: empties the slot and interrupts what runs on the session, which is
    /// dropped as soon as the running command (if any) has stopped. Returns whether it was
    /// open.
    pub fn lock(&self) -> bool {
        self.lock_and_keep_watch().is_some()
    }

    /// Locks, and returns a way to see when the session is really gone.
    fn lock_and_keep_watch(&self) -> Option<Weak<OpenVault>> {
        // An import or export in progress stops too (nothing of it is kept), and the files and
        // folders chosen so far must be chosen again.
        self.import_cancel.store(true, Ordering::SeqCst);
        self.chosen
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
        let previous = std::mem::replace(&mut *self.slot(), VaultSlot::Locked);
        match previous {
            VaultSlot::Unlocked(open) => {
                open.interrupter.interrupt();
                Some(Arc::downgrade(&open))
            }
            VaultSlot::Locked => None,
        }
    }

    /// Locks, then waits (at most `limit`) until the interrupted commands have let go of the
    /// session. Returns whether it is gone.
    pub fn lock_and_wait_until_closed(&self, limit: Duration) -> bool {
        let Some(watch) = self.lock_and_keep_watch() else {
            return true;
        };
        let until = Instant::now() + limit;
        while watch.strong_count() > 0 {
            if Instant::now() >= until {
                return false;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        true
    }

    /// Erase's lock: wait for the session to close, but not longer than [`ERASE_WAIT`].
    pub fn lock_for_erase(&self) {
        let _ = self.lock_and_wait_until_closed(ERASE_WAIT);
    }

    /// Whether a new vault's recovery key is still waiting to be confirmed as stored.
    pub fn recovery_key_pending(&self) -> bool {
        matches!(&*self.slot(), VaultSlot::Unlocked(o) if o.recovery_key_pending.load(Ordering::Relaxed))
    }

    /// The status shown by the front end (never waits for a running command).
    pub fn status(&self) -> Result<VaultStatus, AppError> {
        let info = vault::inspect(&self.dir)?;
        let (unlocked_with, rollback, erase_mark_removed) = match &*self.slot() {
            VaultSlot::Unlocked(o) => (
                Some(UnlockedWith::from(
                    *o.opened_with.lock().unwrap_or_else(PoisonError::into_inner),
                )),
                Some(o.rollback.clone()),
                o.erase_mark_removed,
            ),
            VaultSlot::Locked => (None, None, false),
        };
        let unlocked = unlocked_with.is_some();
        let state = match info.state {
            _ if unlocked => VaultState::Unlocked,
            vault::VaultState::Missing => VaultState::Missing,
            vault::VaultState::Locked => VaultState::Locked,
            vault::VaultState::EraseIncomplete => VaultState::EraseIncomplete,
        };
        Ok(VaultStatus {
            state,
            location: self.dir.display().to_string(),
            auto_lock_minutes: self.auto_lock_minutes.load(Ordering::Relaxed),
            kdf_log_n: info.kdf_log_n,
            unlocked_with,
            demo: info.demo,
            last_session: rollback.as_ref().and_then(RollbackCheck::last).map(|l| {
                LastSessionInfo {
                    change: l.change,
                    unlocked_at: l.unlocked_at.clone(),
                }
            }),
            rollback_warning: rollback.as_ref().and_then(RollbackWarning::from_check),
            erase_mark_removed,
            language: vault::interface_language(&self.dir),
            locked_because: *self
                .last_lock
                .lock()
                .unwrap_or_else(PoisonError::into_inner),
        })
    }

    /// Runs `f` on the open session, or fails with "locked". The slot is free while `f` runs,
    /// so a lock never waits for it; if the vault is locked meanwhile, `f` is interrupted and
    /// the command reports "locked".
    pub fn with_session<T>(
        &self,
        f: impl FnOnce(&mut Unlocked) -> Result<T, AppError>,
    ) -> Result<T, AppError> {
        let open = match &*self.slot() {
            VaultSlot::Unlocked(o) => Arc::clone(o),
            VaultSlot::Locked => return Err(AppError::locked()),
        };
        let result = {
            let mut inner = open.inner.lock().unwrap_or_else(PoisonError::into_inner);
            if open.interrupter.is_interrupted() {
                return Err(AppError::locked());
            }
            let result = f(&mut inner);
            *open
                .opened_with
                .lock()
                .unwrap_or_else(PoisonError::into_inner) = inner.session.opened_with();
            open.recovery_key_pending
                .store(inner.pending_recovery_key.is_some(), Ordering::Relaxed);
            result
        };
        if open.interrupter.is_interrupted() && result.is_err() {
            return Err(AppError::locked());
        }
        // If the vault was locked meanwhile, this was the last handle: the session goes now.
        drop(open);
        result
    }
}

/// The longest an unconfirmed recovery key postpones the automatic lock.
const RECOVERY_KEY_GRACE: Duration = Duration::from_secs(30 * 60);

/// How often the watcher looks.
const TICK: Duration = Duration::from_secs(2);
/// A wall-clock jump this much larger than the monotonic clock means the system slept.
const SUSPEND_GAP: Duration = Duration::from_secs(15);

/// What the watcher sees at one tick.
#[derive(Debug, Clone, Copy)]
struct Observation {
    /// Wall-clock time since the last tick.
    wall_step: Duration,
    /// Monotonic time since the last tick (stops while the computer sleeps).
    mono_step: Duration,
    /// Time since the person last did anything.
    idle: Duration,
    /// The chosen delay.
    auto_lock_minutes: u32,
    /// Whether a new vault's recovery key is still unconfirmed.
    recovery_key_pending: bool,
}

/// Whether to lock now, and why.
fn lock_reason(o: &Observation) -> Option<LockReason> {
    let delay = Duration::from_secs(u64::from(o.auto_lock_minutes.max(1)) * 60);
    if o.wall_step > o.mono_step + SUSPEND_GAP {
        Some(LockReason::Suspend)
    } else if o.idle >= delay
        // Locking now would destroy a recovery key the person has not stored yet; wait for
        // them, but not for ever.
        && (!o.recovery_key_pending || o.idle >= RECOVERY_KEY_GRACE)
    {
        Some(LockReason::Inactivity)
    } else {
        None
    }
}

/// Locks the vault after inactivity, and when the computer was suspended: during sleep the
/// monotonic clock stops while the wall clock runs on, so a gap between them means a suspend.
pub fn spawn_auto_lock_watcher(app: AppHandle, state: std::sync::Arc<AppState>) {
    std::thread::spawn(move || {
        let mut mono = Instant::now();
        let mut wall = SystemTime::now();
        loop {
            std::thread::sleep(TICK);
            let mono_step = mono.elapsed();
            let wall_step = SystemTime::now().duration_since(wall).unwrap_or_default();
            mono = Instant::now();
            wall = SystemTime::now();
            let reason = lock_reason(&Observation {
                wall_step,
                mono_step,
                idle: state.idle_for(),
                auto_lock_minutes: state.auto_lock_minutes.load(Ordering::Relaxed),
                recovery_key_pending: state.recovery_key_pending(),
            });
            if let Some(reason) = reason {
                if state.lock() {
                    crate::locking::locked(&app, &state, reason);
                }
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A real vault holding two 8 MiB attachments (verifying them takes a while), open in
    /// the app's state.
    fn open_vault_with_attachments() -> (tempfile::TempDir, PathBuf, Arc<AppState>) {
        use std::io::Write;
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("vault");
        let created = vault::create(
            &dir,
            &secrecy::SecretString::from(PASSPHRASE.to_owned()),
            tadamun::keys::KdfPolicy::insecure_fast_for_tests(),
        )
        .unwrap();
        let session = created.session;
        let incident = tadamun::records::Incident::new(tadamun::records::new_id(), "Seized");
        let id = incident.id.clone();
        tadamun::records::save_incident(session.connection().unwrap(), incident, &[], None)
            .unwrap();
        for n in 0..2u8 {
            let path = tmp.path().join(format!("file-{n}"));
            let mut f = std::fs::File::create(&path).unwrap();
            f.set_len(8 * 1024 * 1024).unwrap();
            f.write_all(&[n + 1]).unwrap();
            tadamun::evidence::import_file(
                &session,
                &id,
                &path,
                "",
                &AtomicBool::new(false),
                &mut |_| {},
            )
            .unwrap();
        }
        let state = Arc::new(AppState::new(dir.clone()));
        state.put_unlocked(session, None);
        (tmp, dir, state)
    }

    const PASSPHRASE: &str = "lantern orchard gravel mosaic";

    #[test]
    fn a_lock_during_a_long_verify_returns_at_once_and_the_session_is_gone_within_a_second() {
        let (_tmp, dir, state) = open_vault_with_attachments();
        let (started, running) = std::sync::mpsc::channel();
        let worker_state = Arc::clone(&state);
        let worker = std::thread::spawn(move || {
            worker_state.with_session(|u| {
                let mut told = false;
                let report = u.session.verify_with_progress(&mut |p| {
                    if p.done > 0 && !told {
                        told = true;
                        let _ = started.send(());
                        std::thread::sleep(Duration::from_millis(50));
                    }
                })?;
                Ok(report.is_ok())
            })
        });
        running.recv().unwrap();
        let asked = Instant::now();
        assert!(state.lock(), "the vault was open");
        assert!(
            asked.elapsed() < Duration::from_millis(200),
            "locking waited {:?} for the verify",
            asked.elapsed()
        );
        assert!(
            state.lock_and_wait_until_closed(Duration::from_secs(1)),
            "the session was still open a second after the lock"
        );
        let result = worker.join().unwrap();
        assert!(
            matches!(&result, Err(e) if e.code == crate::ipc::ErrorCode::Locked),
            "{result:?}"
        );
        // The session really is closed: its inter-process lock is released, so the vault
        // opens again (it would be "in use" otherwise), and it is intact.
        let again = vault::unlock_with_passphrase(
            &dir,
            &secrecy::SecretString::from(PASSPHRASE.to_owned()),
        )
        .unwrap();
        assert!(again.verify().unwrap().is_ok());
    }

    #[test]
    fn the_web_view_can_use_only_paths_the_person_chose_and_each_only_once() {
        let state = AppState::new(PathBuf::from("/nonexistent"));
        let file =
            state.remember_choice(PathBuf::from("/home/a/photo.jpg"), ChosenKind::FileToAttach);
        let folder = state.remember_choice(PathBuf::from("/media/usb"), ChosenKind::ExportFolder);
        // A path the page made up is no token at all.
        assert!(state
            .take_choice("/home/a/Documents/secret.pdf", ChosenKind::FileToAttach)
            .is_err());
        // A folder chosen to export into cannot be read as a file to attach (nor the reverse).
        assert!(state
            .take_choice(&folder, ChosenKind::FileToAttach)
            .is_err());
        let again = state.remember_choice(PathBuf::from("/media/usb"), ChosenKind::ExportFolder);
        assert_eq!(
            state.take_choice(&file, ChosenKind::FileToAttach).unwrap(),
            PathBuf::from("/home/a/photo.jpg")
        );
        assert!(
            state.take_choice(&file, ChosenKind::FileToAttach).is_err(),
            "used twice"
        );
        // Locking forgets every choice.
        state.lock();
        assert!(state.take_choice(&again, ChosenKind::ExportFolder).is_err());
    }

    #[test]
    fn status_and_the_watcher_never_wait_for_a_running_command() {
        let (_tmp, _dir, state) = open_vault_with_attachments();
        let (started, running) = std::sync::mpsc::channel();
        let (release, wait) = std::sync::mpsc::channel::<()>();
        let worker_state = Arc::clone(&state);
        let worker = std::thread::spawn(move || {
            worker_state.with_session(|_| {
                let _ = started.send(());
                let _ = wait.recv_timeout(Duration::from_secs(5));
                Ok(())
            })
        });
        running.recv().unwrap();
        let asked = Instant::now();
        assert_eq!(state.status().unwrap().state, VaultState::Unlocked);
        assert!(!state.recovery_key_pending());
        assert!(
            asked.elapsed() < Duration::from_millis(200),
            "{:?}",
            asked.elapsed()
        );
        let _ = release.send(());
        assert!(worker.join().unwrap().is_ok());
    }

    fn seen(idle_secs: u64, minutes: u32) -> Observation {
        Observation {
            wall_step: TICK,
            mono_step: TICK,
            idle: Duration::from_secs(idle_secs),
            auto_lock_minutes: minutes,
            recovery_key_pending: false,
        }
    }

    #[test]
    fn locks_after_the_chosen_delay_and_not_before() {
        assert_eq!(lock_reason(&seen(299, 5)), None);
        assert_eq!(lock_reason(&seen(300, 5)), Some(LockReason::Inactivity));
        assert_eq!(lock_reason(&seen(59, 1)), None);
        assert_eq!(lock_reason(&seen(60, 1)), Some(LockReason::Inactivity));
        // A zero delay is never "lock at once in a loop": it counts as one minute.
        assert_eq!(lock_reason(&seen(30, 0)), None);
    }

    #[test]
    fn a_gap_between_wall_and_monotonic_clocks_means_the_computer_slept() {
        let mut o = seen(0, 5);
        o.wall_step = Duration::from_secs(3600);
        assert_eq!(lock_reason(&o), Some(LockReason::Suspend));
        // A small clock adjustment is not a suspend.
        o.wall_step = TICK + Duration::from_secs(5);
        assert_eq!(lock_reason(&o), None);
    }

    #[test]
    fn an_unconfirmed_recovery_key_postpones_the_inactivity_lock_for_a_while_only() {
        let mut o = seen(600, 5);
        o.recovery_key_pending = true;
        assert_eq!(lock_reason(&o), None);
        o.idle = RECOVERY_KEY_GRACE;
        assert_eq!(lock_reason(&o), Some(LockReason::Inactivity));
        // Sleep still locks at once: the machine may be in someone else's hands.
        let mut o = seen(0, 5);
        o.recovery_key_pending = true;
        o.wall_step = Duration::from_secs(600);
        assert_eq!(lock_reason(&o), Some(LockReason::Suspend));
    }
}
