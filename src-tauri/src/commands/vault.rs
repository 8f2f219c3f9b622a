//! Vault commands: create, unlock, lock, settings, passphrase change, key rotation, erase.
//!
//! Slow work (scrypt, re-encryption) runs on a blocking thread so the window stays responsive.
//! Passphrases arrive as strings from the front end and are moved into `SecretString` at once.

// Tauri hands command arguments (State, AppHandle, strings) over by value.
#![allow(clippy::needless_pass_by_value)]

use std::sync::Arc;

use tadamun::keys::{KdfPolicy, RecoveryKey};
use tadamun::secrecy::{ExposeSecret, SecretString};
use tadamun::vault;
use tauri::{AppHandle, Emitter, State};

use crate::ipc::{
    AppError, CreatedVault, ErrorCode, LockReason, PassphraseStrength, ProgressEvent, VaultStatus,
    VerifyReport,
};
use crate::state::AppState;

type Shared<'a> = State<'a, Arc<AppState>>;

use super::blocking;

/// The vault's state (no secret needed).
#[tauri::command(async)]
pub fn vault_status(state: Shared<'_>) -> Result<VaultStatus, AppError> {
    state.status()
}

/// Strength of a candidate passphrase, as the person types.
#[tauri::command(async)]
pub fn passphrase_strength(passphrase: String) -> PassphraseStrength {
    let passphrase = SecretString::from(passphrase);
    tadamun::passphrase::estimate(passphrase.expose_secret(), &[]).into()
}

/// A new passphrase of random words in the language of the interface (English words where
/// there is no list for it), offered before the person types one of their own. Shown once,
/// on screen, like the recovery key; never stored.
#[tauri::command(async)]
pub fn suggest_passphrase(language: String) -> String {
    tadamun::passphrase::generate(&language)
        .expose_secret()
        .to_owned()
}

/// Creates the vault and opens it; returns the recovery key to show once.
#[tauri::command]
pub async fn create_vault(state: Shared<'_>, passphrase: String) -> Result<CreatedVault, AppError> {
    let passphrase = SecretString::from(passphrase);
    let state = Arc::clone(&state);
    blocking(move || {
        let policy = KdfPolicy::calibrated();
        let created = vault::create(&state.dir, &passphrase, policy)?;
        let recovery_key = created
            .recovery_key
            .expose_secret_text()
            .expose_secret()
            .to_owned();
        state.put_unlocked(created.session, Some(created.recovery_key));
        Ok(CreatedVault {
            recovery_key,
            kdf_log_n: policy.log_n(),
            status: state.status()?,
        })
    })
    .await
}

/// Opens a native save dialog and writes the recovery key to the chosen file. The key never
/// crosses IPC for this. Returns false if the person cancelled.
#[tauri::command]
pub async fn save_recovery_key(app: AppHandle, state: Shared<'_>) -> Result<bool, AppError> {
    use tauri_plugin_dialog::DialogExt;
    let state = Arc::clone(&state);
    blocking(move || {
        let Some(path) = app
            .dialog()
            .file()
            .set_title("Save the recovery key")
            .set_file_name("tadamun-recovery-key.txt")
            .blocking_save_file()
        else {
            return Ok(false);
        };
        let path = path.into_path().map_err(|_| {
            AppError::new(
                ErrorCode::InvalidInput,
                "Choose a file on this computer or on a USB stick.",
            )
        })?;
        state.with_session(|u| {
            let key = u.pending_recovery_key.as_ref().ok_or_else(|| {
                AppError::new(
                    ErrorCode::InvalidInput,
                    "The recovery key is no longer held; it is shown only once.",
                )
            })?;
            let text = zeroize::Zeroizing::new(format!(
                "Tadamun recovery key\n\nThis key opens your vault if you forget the passphrase.\n\
                 Keep it apart from the computer, where nobody else can find it.\n\n{}\n",
                key.expose_secret_text().expose_secret()
            ));
            write_owner_only(&path, text.as_bytes()).map_err(tadamun::VaultError::from)?;
            Ok(true)
        })
    })
    .await
}

/// Writes a file readable by its owner only (on Unix), for the recovery key.
fn write_owner_only(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// The person confirmed they stored the recovery key: forget it.
#[tauri::command(async)]
pub fn confirm_recovery_key_stored(state: Shared<'_>) -> Result<(), AppError> {
    state.with_session(|u| {
        u.pending_recovery_key = None;
        Ok(())
    })
}

/// Unlocks with the passphrase.
#[tauri::command]
pub async fn unlock_with_passphrase(
    state: Shared<'_>,
    passphrase: String,
) -> Result<VaultStatus, AppError> {
    let passphrase = SecretString::from(passphrase);
    let state = Arc::clone(&state);
    blocking(move || {
        let session = vault::unlock_with_passphrase(&state.dir, &passphrase)?;
        state.put_unlocked(session, None);
        state.status()
    })
    .await
}

/// Unlocks with the recovery key.
#[tauri::command]
pub async fn unlock_with_recovery_key(
    state: Shared<'_>,
    recovery_key: String,
) -> Result<VaultStatus, AppError> {
    let text = SecretString::from(recovery_key);
    let state = Arc::clone(&state);
    blocking(move || {
        let key = RecoveryKey::parse(text.expose_secret())?;
        let session = vault::unlock_with_recovery_key(&state.dir, &key)?;
        state.put_unlocked(session, None);
        state.status()
    })
    .await
}

/// Locks the vault now.
#[tauri::command(async)]
pub fn lock(app: AppHandle, state: Shared<'_>) -> Result<VaultStatus, AppError> {
    if state.lock() {
        crate::locking::locked(&app, &state, LockReason::User);
    }
    state.status()
}

/// The person is active: postpone the automatic lock.
#[tauri::command(async)]
pub fn touch_activity(state: Shared<'_>) {
    state.touch();
}

/// The languages of the app's screens: the six official UN languages.
pub const INTERFACE_LANGUAGES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

/// Remembers the language chosen for the screens (kept in clear in the vault folder: it is
/// needed before the vault is opened, and says nothing about the records).
#[tauri::command(async)]
pub fn set_language(state: Shared<'_>, language: String) -> Result<VaultStatus, AppError> {
    if !INTERFACE_LANGUAGES.contains(&language.as_str()) {
        return Err(tadamun::VaultError::InvalidInput(format!(
            "Tadamun's screens are in {}; '{language}' is not one of them.",
            INTERFACE_LANGUAGES.join(", ")
        ))
        .into());
    }
    vault::set_interface_language(&state.dir, &language)?;
    state.status()
}

/// Sets the automatic lock delay.
#[tauri::command(async)]
pub fn set_auto_lock(state: Shared<'_>, minutes: u32) -> Result<VaultStatus, AppError> {
    state.with_session(|u| Ok(u.session.set_auto_lock_minutes(minutes)?))?;
    state.set_auto_lock_minutes(minutes);
    state.status()
}

/// Replaces the passphrase. Without `current`, resets it: allowed only after an unlock with
/// the recovery key (the way back from a forgotten passphrase).
#[tauri::command]
pub async fn change_passphrase(
    state: Shared<'_>,
    current: Option<String>,
    new_passphrase: String,
) -> Result<(), AppError> {
    let current = current.map(SecretString::from);
    let new = SecretString::from(new_passphrase);
    let state = Arc::clone(&state);
    blocking(move || {
        let policy = KdfPolicy::calibrated();
        state.with_session(|u| {
            match &current {
                Some(current) => u.session.change_passphrase(current, &new, policy)?,
                None => u.session.reset_passphrase(&new, policy)?,
            }
            Ok(())
        })
    })
    .await
}

/// Rotates the data key, emitting `rotate-progress` events.
#[tauri::command]
pub async fn rotate_key(
    app: AppHandle,
    state: Shared<'_>,
    passphrase: String,
) -> Result<(), AppError> {
    let passphrase = SecretString::from(passphrase);
    let state = Arc::clone(&state);
    blocking(move || {
        let policy = KdfPolicy::calibrated();
        state.with_session(|u| {
            let mut progress = |p: vault::Progress| {
                let _ = app.emit(
                    "rotate-progress",
                    ProgressEvent {
                        step: p.step.to_owned(),
                        done: u32::try_from(p.done).unwrap_or(u32::MAX),
                        total: u32::try_from(p.total).unwrap_or(u32::MAX),
                    },
                );
            };
            Ok(u.session.rotate_key(&passphrase, policy, &mut progress)?)
        })
    })
    .await
}

/// Replaces the recovery key (lost or seen): the old one stops opening this vault. Returns the
/// new key to show once; it is also held, like the first one, until the person says they
/// stored it, so that "Save to a file" can write it.
#[tauri::command]
pub async fn new_recovery_key(state: Shared<'_>, passphrase: String) -> Result<String, AppError> {
    let passphrase = SecretString::from(passphrase);
    let state = Arc::clone(&state);
    blocking(move || {
        state.with_session(|u| {
            let key = u.session.new_recovery_key(&passphrase)?;
            let text = key.expose_secret_text().expose_secret().to_owned();
            u.pending_recovery_key = Some(key);
            Ok(text)
        })
    })
    .await
}

/// Crypto-erases the vault: locks it, destroys its keys, removes it. The person confirms in a
/// native dialog first (after typing ERASE in the page): a compromised page cannot wipe the
/// vault on its own.
#[tauri::command]
pub async fn erase_vault(app: AppHandle, state: Shared<'_>) -> Result<VaultStatus, AppError> {
    use tauri_plugin_dialog::{DialogExt, MessageDialogButtons, MessageDialogKind};
    let state = Arc::clone(&state);
    blocking(move || {
        let confirmed = app
            .dialog()
            .message(
                "Erase this vault for ever? Its keys are destroyed: nobody, including you, will \
                 ever open it again.",
            )
            .title("Erase the vault")
            .kind(MessageDialogKind::Warning)
            .buttons(MessageDialogButtons::OkCancelCustom(
                "Erase for ever".to_owned(),
                "Keep the vault".to_owned(),
            ))
            .blocking_show();
        if !confirmed {
            return Err(tadamun::VaultError::Cancelled.into());
        }
        // Never waits for a running verify, rotation or export: they are interrupted, and the
        // keys are destroyed as soon as the session is closed (or after a few seconds anyway).
        state.lock_for_erase();
        vault::erase(&state.dir)?;
        crate::locking::locked(&app, &state, LockReason::Erased);
        state.status()
    })
    .await
}

/// Checks the audit chain and every database page.
#[tauri::command]
pub async fn verify_vault(state: Shared<'_>) -> Result<VerifyReport, AppError> {
    let state = Arc::clone(&state);
    blocking(move || {
        state.with_session(|u| {
            let r = u.session.verify()?;
            let mut problems = r.audit.problems.clone();
            problems.extend(r.database_problems.iter().cloned());
            let e = &r.evidence;
            problems.extend(
                e.missing
                    .iter()
                    .map(|h| format!("attachment missing (SHA-256 {h})")),
            );
            problems.extend(
                e.altered
                    .iter()
                    .map(|h| format!("attachment damaged or altered (SHA-256 {h})")),
            );
            problems.extend(
                e.orphaned
                    .iter()
                    .map(|f| format!("stray file in blobs/: {f}")),
            );
            problems.extend(r.rollback.message());
            Ok(VerifyReport {
                audit_entries: u32::try_from(r.audit.entries).unwrap_or(u32::MAX),
                audit_chain_intact: r.audit.is_intact(),
                database_intact: r.database_intact,
                attachments_checked: u32::try_from(e.checked).unwrap_or(u32::MAX),
                attachments_intact: e.is_ok(),
                problems,
            })
        })
    })
    .await
}
