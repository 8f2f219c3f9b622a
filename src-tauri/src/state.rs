//! The app's one piece of shared state: which vault folder, and whether it is open.
//!
//! The vault state is an enum, [`VaultSlot`]; locking replaces `Unlocked` with `Locked`, which
//! drops the session (database closed, key zeroised) and any recovery key still held.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime};

use tadamun::keys::RecoveryKey;
use tadamun::vault::{self, Session};
use tauri::{AppHandle, Emitter};

use crate::ipc::{AppError, LockReason, UnlockedWith, VaultLockedEvent, VaultState, VaultStatus};

/// An open vault and, right after creation, the recovery key not yet confirmed as stored.
pub struct Unlocked {
    /// The open vault.
    pub session: Session,
    /// Held only until the person confirms they stored it (or the vault locks).
    pub pending_recovery_key: Option<RecoveryKey>,
}

/// Locked or unlocked: never both, never a half state.
pub enum VaultSlot {
    /// Nothing secret in memory.
    Locked,
    /// The vault is open.
    Unlocked(Box<Unlocked>),
}

/// Everything the commands share.
pub struct AppState {
    /// The vault folder this app works on.
    pub dir: PathBuf,
    slot: Mutex<VaultSlot>,
    last_activity: Mutex<Instant>,
    auto_lock_minutes: AtomicU32,
}

impl AppState {
    /// State for the vault in `dir`, locked.
    pub fn new(dir: PathBuf) -> Self {
        Self {
            dir,
            slot: Mutex::new(VaultSlot::Locked),
            last_activity: Mutex::new(Instant::now()),
            auto_lock_minutes: AtomicU32::new(vault::DEFAULT_AUTO_LOCK_MINUTES),
        }
    }

    /// The slot, recovering from a poisoned lock (a panic elsewhere must not lock people out).
    pub fn slot(&self) -> MutexGuard<'_, VaultSlot> {
        self.slot
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Records user activity, postponing the automatic lock.
    pub fn touch(&self) {
        *self
            .last_activity
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Instant::now();
    }

    fn idle_for(&self) -> Duration {
        self.last_activity
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .elapsed()
    }

    /// Remembers the auto-lock delay so the watcher needs no database access.
    pub fn set_auto_lock_minutes(&self, minutes: u32) {
        self.auto_lock_minutes.store(minutes, Ordering::Relaxed);
    }

    /// Opens the slot with a new session.
    pub fn put_unlocked(&self, session: Session, pending_recovery_key: Option<RecoveryKey>) {
        if let Ok(m) = session.auto_lock_minutes() {
            self.set_auto_lock_minutes(m);
        }
        self.touch();
        *self.slot() = VaultSlot::Unlocked(Box::new(Unlocked {
            session,
            pending_recovery_key,
        }));
    }

    /// Locks: drops the session and every secret it held. Returns whether it was open.
    pub fn lock(&self) -> bool {
        let previous = std::mem::replace(&mut *self.slot(), VaultSlot::Locked);
        matches!(previous, VaultSlot::Unlocked(_))
    }

    /// Whether a new vault's recovery key is still waiting to be confirmed as stored.
    pub fn recovery_key_pending(&self) -> bool {
        matches!(&*self.slot(), VaultSlot::Unlocked(u) if u.pending_recovery_key.is_some())
    }

    /// The status shown by the front end.
    pub fn status(&self) -> Result<VaultStatus, AppError> {
        let info = vault::inspect(&self.dir)?;
        let unlocked_with = match &*self.slot() {
            VaultSlot::Unlocked(u) => Some(UnlockedWith::from(u.session.opened_with())),
            VaultSlot::Locked => None,
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
        })
    }

    /// Runs `f` on the open session, or fails with "locked".
    pub fn with_session<T>(
        &self,
        f: impl FnOnce(&mut Unlocked) -> Result<T, AppError>,
    ) -> Result<T, AppError> {
        match &mut *self.slot() {
            VaultSlot::Unlocked(u) => f(u),
            VaultSlot::Locked => Err(AppError::locked()),
        }
    }
}

/// The longest an unconfirmed recovery key postpones the automatic lock.
const RECOVERY_KEY_GRACE: Duration = Duration::from_secs(30 * 60);

/// How often the watcher looks.
const TICK: Duration = Duration::from_secs(2);
/// A wall-clock jump this much larger than the monotonic clock means the system slept.
const SUSPEND_GAP: Duration = Duration::from_secs(15);

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
            let minutes = u64::from(state.auto_lock_minutes.load(Ordering::Relaxed).max(1));
            let reason = if wall_step > mono_step + SUSPEND_GAP {
                Some(LockReason::Suspend)
            } else if state.idle_for() >= Duration::from_secs(minutes * 60)
                // Locking now would destroy a recovery key the person has not stored yet; wait for
                // them, but not for ever.
                && (!state.recovery_key_pending() || state.idle_for() >= RECOVERY_KEY_GRACE)
            {
                Some(LockReason::Inactivity)
            } else {
                None
            };
            if let Some(reason) = reason {
                if state.lock() {
                    let _ = app.emit("vault-locked", VaultLockedEvent { reason });
                }
            }
        }
    });
}
