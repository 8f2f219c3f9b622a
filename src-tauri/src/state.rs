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
    /// Set by "Cancel" while attachments are being imported.
    pub import_cancel: std::sync::atomic::AtomicBool,
}

impl AppState {
    /// State for the vault in `dir`, locked.
    pub fn new(dir: PathBuf) -> Self {
        Self {
            dir,
            slot: Mutex::new(VaultSlot::Locked),
            last_activity: Mutex::new(Instant::now()),
            auto_lock_minutes: AtomicU32::new(vault::DEFAULT_AUTO_LOCK_MINUTES),
            import_cancel: std::sync::atomic::AtomicBool::new(false),
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
        // An import in progress holds the vault: stop it (nothing is kept) so locking is not
        // left waiting for a large file.
        self.import_cancel
            .store(true, std::sync::atomic::Ordering::Relaxed);
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
            demo: info.demo,
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
                    let _ = app.emit("vault-locked", VaultLockedEvent { reason });
                }
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

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
