//! Backup commands: make a backup to a file chosen in the native dialog, check one, and
//! restore one as this computer's vault. Paths never come from the web view: it holds only
//! the tokens of files chosen in Tadamun's own dialogs.

// Tauri hands command arguments (State, AppHandle, strings) over by value.
#![allow(clippy::needless_pass_by_value)]

use std::sync::Arc;

use serde::Serialize;
use tadamun::keys::{KdfPolicy, RecoveryKey};
use tadamun::secrecy::{ExposeSecret, SecretString};
use tadamun::vault;
use tauri::{AppHandle, Emitter, State};
use ts_rs::TS;

use super::blocking;
use super::export::ChosenFolder;
use crate::ipc::{AppError, ErrorCode, VaultStatus};
use crate::state::{AppState, ChosenKind};

type Shared<'a> = State<'a, Arc<AppState>>;

/// The event that reports a backup, check or restore under way.
pub const BACKUP_PROGRESS: &str = "backup-progress";

/// When the last backup was made, and whether it is time for another.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupStatus {
    /// When the last backup was made (UTC, RFC 3339); none if never.
    pub last_at: Option<String>,
    /// Whole days since then.
    pub days_since: Option<u32>,
    /// Whether to remind the person: cases are recorded and there is no backup of the last
    /// `reminderDays` days.
    pub due: bool,
    /// After how many days a backup counts as old.
    pub reminder_days: u32,
}

/// A backup, check or restore under way.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupProgress {
    /// `database` (copying it), `files` (writing the backup), `reading` (reading a backup),
    /// `checking` (checking what was read).
    pub step: String,
    /// Bytes done in this step.
    pub done: f64,
    /// Bytes in all in this step.
    pub total: f64,
}

/// What a backup holds, as it says itself.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupSummary {
    /// The backup file, for display.
    pub path: String,
    /// When it was made (UTC, RFC 3339).
    pub made_at: String,
    /// The version of Tadamun that made it.
    pub app_version: String,
    /// Incidents in it.
    pub incidents: u32,
    /// Attachments in it.
    pub attachments: u32,
    /// Entries in its audit log.
    pub audit_entries: u32,
}

impl BackupSummary {
    fn new(path: &std::path::Path, m: &vault::BackupManifest) -> Self {
        let n = |v: u64| u32::try_from(v).unwrap_or(u32::MAX);
        Self {
            path: path.display().to_string(),
            made_at: m.made_at.clone(),
            app_version: m.app_version.clone(),
            incidents: n(m.incidents),
            attachments: n(m.attachments),
            audit_entries: n(m.audit_entries),
        }
    }
}

/// What a check of a backup found: it is whole (a damaged one is an error).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupChecked {
    /// What it holds.
    pub summary: BackupSummary,
    /// Attachments decrypted and compared with their SHA-256.
    pub attachments_checked: u32,
}

/// The vault restored from a backup, open.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RestoredVault {
    /// What the backup held.
    pub summary: BackupSummary,
    /// The vault's state now (unlocked).
    pub status: VaultStatus,
}

fn emitter(app: &AppHandle) -> impl FnMut(vault::Progress) + '_ {
    move |p: vault::Progress| {
        #[allow(clippy::cast_precision_loss)] // bytes, shown as a bar
        let _ = app.emit(
            BACKUP_PROGRESS,
            BackupProgress {
                step: p.step.to_owned(),
                done: p.done as f64,
                total: p.total as f64,
            },
        );
    }
}

/// When the last backup was made, and whether to remind the person.
#[tauri::command]
pub async fn backup_status(state: Shared<'_>) -> Result<BackupStatus, AppError> {
    let state = Arc::clone(&state);
    blocking(move || {
        state.with_session(|u| {
            let s = u.session.backup_status()?;
            Ok(BackupStatus {
                last_at: s.last_at,
                days_since: s.days_since,
                due: s.due,
                reminder_days: vault::BACKUP_REMINDER_DAYS,
            })
        })
    })
    .await
}

fn chosen(path: std::path::PathBuf, state: &AppState, kind: ChosenKind) -> ChosenFolder {
    let shown = path.display().to_string();
    ChosenFolder {
        token: state.remember_choice(path, kind),
        path: shown,
    }
}

/// What a native file dialog returned, remembered under a token. `None`: cancelled.
fn picked_file(
    picked: Option<tauri_plugin_dialog::FilePath>,
    state: &AppState,
    kind: ChosenKind,
) -> Result<Option<ChosenFolder>, AppError> {
    let Some(path) = picked else { return Ok(None) };
    let path = path.into_path().map_err(|_| {
        AppError::new(
            ErrorCode::InvalidInput,
            "Choose a file on this computer or on a USB stick.",
        )
    })?;
    Ok(Some(chosen(path, state, kind)))
}

/// Opens the native save dialog for a new backup file. `None`: the person cancelled.
#[tauri::command]
pub async fn backup_choose_file(
    app: AppHandle,
    state: Shared<'_>,
) -> Result<Option<ChosenFolder>, AppError> {
    use tauri_plugin_dialog::DialogExt;
    let state = Arc::clone(&state);
    blocking(move || {
        let picked = app
            .dialog()
            .file()
            .set_title("Save the backup")
            .set_file_name(vault::suggested_backup_name())
            .add_filter("Tadamun backup", &[vault::BACKUP_EXTENSION])
            .blocking_save_file();
        picked_file(picked, &state, ChosenKind::BackupToWrite)
    })
    .await
}

/// Opens the native file dialog to choose a backup to check or restore. `None`: cancelled.
#[tauri::command]
pub async fn backup_pick_file(
    app: AppHandle,
    state: Shared<'_>,
) -> Result<Option<ChosenFolder>, AppError> {
    use tauri_plugin_dialog::DialogExt;
    let state = Arc::clone(&state);
    blocking(move || {
        let picked = app
            .dialog()
            .file()
            .set_title("Choose a backup")
            .add_filter("Tadamun backup", &[vault::BACKUP_EXTENSION])
            .blocking_pick_file();
        picked_file(picked, &state, ChosenKind::BackupToRead)
    })
    .await
}

/// Writes a backup of the open vault to the file chosen in [`backup_choose_file`] (`file`:
/// its token), with `backup-progress` events. The dialog already asked before replacing a
/// file. Lock cancels it, and the partial file is removed.
#[tauri::command]
pub async fn backup_run(
    app: AppHandle,
    state: Shared<'_>,
    file: String,
) -> Result<BackupSummary, AppError> {
    let out = state.take_choice(&file, ChosenKind::BackupToWrite)?;
    let state = Arc::clone(&state);
    blocking(move || {
        state.with_session(|u| {
            let manifest = u.session.backup(&out, true, &mut emitter(&app))?;
            Ok(BackupSummary::new(&out, &manifest))
        })
    })
    .await
}

/// Checks the backup chosen in [`backup_pick_file`]: restores it into a temporary folder
/// beside the vault's and runs every check of Verify there. Needs no open vault.
#[tauri::command]
pub async fn verify_backup(
    app: AppHandle,
    state: Shared<'_>,
    file: String,
    recovery_key: String,
) -> Result<BackupChecked, AppError> {
    let path = state.peek_choice(&file, ChosenKind::BackupToRead)?;
    let key = RecoveryKey::parse(SecretString::from(recovery_key).expose_secret())?;
    let state = Arc::clone(&state);
    blocking(move || {
        let work = state
            .dir
            .parent()
            .map(std::path::Path::to_path_buf)
            .unwrap_or_else(std::env::temp_dir);
        let check = vault::verify_backup(&path, &work, &key, &mut emitter(&app))?;
        Ok(BackupChecked {
            summary: BackupSummary::new(&path, &check.manifest),
            attachments_checked: u32::try_from(check.report.evidence.checked).unwrap_or(u32::MAX),
        })
    })
    .await
}

/// Restores the backup chosen in [`backup_pick_file`] as this computer's vault (there must
/// be none), with a new passphrase, and opens it.
#[tauri::command]
pub async fn restore_backup(
    app: AppHandle,
    state: Shared<'_>,
    file: String,
    recovery_key: String,
    passphrase: String,
) -> Result<RestoredVault, AppError> {
    let path = state.peek_choice(&file, ChosenKind::BackupToRead)?;
    let key = RecoveryKey::parse(SecretString::from(recovery_key).expose_secret())?;
    let passphrase = SecretString::from(passphrase);
    let state = Arc::clone(&state);
    blocking(move || {
        // A weak passphrase is refused before the measuring, not after it.
        tadamun::passphrase::check_new(passphrase.expose_secret())?;
        let policy = KdfPolicy::calibrated();
        let (session, manifest) = vault::restore(
            &path,
            &state.dir,
            &key,
            &passphrase,
            policy,
            &mut emitter(&app),
        )?;
        state.put_unlocked(session, None);
        Ok(RestoredVault {
            summary: BackupSummary::new(&path, &manifest),
            status: state.status()?,
        })
    })
    .await
}
