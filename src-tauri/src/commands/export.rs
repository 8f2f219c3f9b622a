//! Export commands: recipient profiles, the preview of exactly what leaves, and the export
//! itself with `export-progress` events. Decrypted records never reach the webview except as
//! the sanitised preview the person asked for.

// Tauri hands command arguments over by value.
#![allow(clippy::needless_pass_by_value)]

use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use tadamun::export::{self, ExportOutcome, ExportRequest, Preview, ProfileSummary, Submitter};
use tauri::{AppHandle, Emitter, State};

use super::blocking;
use super::records::with_conn;
use crate::ipc::{AppError, ErrorCode};
use crate::state::AppState;

type Shared<'a> = State<'a, Arc<AppState>>;

/// The recipient profiles and what each may receive.
#[tauri::command(async)]
pub fn export_profiles() -> Result<Vec<ProfileSummary>, AppError> {
    Ok(export::profile_summaries()?)
}

/// The sanitised report as the recipient will read it, what was withheld, blockers, warnings
/// and the files that would be written. Writes nothing.
#[tauri::command]
pub async fn export_preview(
    state: Shared<'_>,
    request: ExportRequest,
) -> Result<Preview, AppError> {
    with_conn(&state, move |conn| export::preview(conn, &request)).await
}

/// Checks age public keys (`age1…`) before an export.
#[tauri::command(async)]
pub fn export_check_keys(keys: Vec<String>) -> Result<(), AppError> {
    export::parse_recipients(&keys)?;
    Ok(())
}

/// The submitter entered at the last export (kept inside the vault).
#[tauri::command]
pub async fn export_last_submitter(state: Shared<'_>) -> Result<Option<Submitter>, AppError> {
    with_conn(&state, export::last_submitter).await
}

/// Opens the native folder picker. `None`: the person cancelled.
#[tauri::command]
pub async fn export_choose_folder(app: AppHandle) -> Result<Option<String>, AppError> {
    use tauri_plugin_dialog::DialogExt;
    let picked = blocking(move || {
        Ok(app
            .dialog()
            .file()
            .set_title("Choose the folder to export into")
            .blocking_pick_folder())
    })
    .await?;
    let Some(path) = picked else { return Ok(None) };
    let path = path.into_path().map_err(|_| {
        AppError::new(
            ErrorCode::InvalidInput,
            "Choose a folder on this computer or on a USB stick.",
        )
    })?;
    Ok(Some(path.display().to_string()))
}

/// Writes the export into `out_dir` (age-encrypted to `encrypt_to` when given), with
/// `export-progress` events, and records it on each case. Lock cancels it.
#[tauri::command]
pub async fn export_run(
    app: AppHandle,
    state: Shared<'_>,
    request: ExportRequest,
    out_dir: String,
    encrypt_to: Vec<String>,
) -> Result<ExportOutcome, AppError> {
    if out_dir.trim().is_empty() {
        return Err(AppError::new(
            ErrorCode::InvalidInput,
            "Choose the folder to export into.",
        ));
    }
    let out = PathBuf::from(out_dir.trim());
    if !out.is_absolute() {
        return Err(AppError::new(
            ErrorCode::InvalidInput,
            "Give the whole path of the folder (starting with /), or use \"Choose folder…\".",
        ));
    }
    let shared = Arc::clone(&state);
    shared.import_cancel.store(false, Ordering::Relaxed);
    blocking(move || {
        shared.with_session(|u| {
            Ok(export::export(
                &u.session,
                &request,
                &out,
                &encrypt_to,
                &shared.import_cancel,
                &mut |p| {
                    shared.touch();
                    let _ = app.emit("export-progress", p);
                },
            )?)
        })
    })
    .await
}
