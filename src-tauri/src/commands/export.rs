//! Export commands: recipient profiles, the preview of exactly what leaves, and the export
//! itself with `export-progress` events. Decrypted records never reach the webview except as
//! the sanitised preview the person asked for.

// Tauri hands command arguments over by value.
#![allow(clippy::needless_pass_by_value)]

use std::sync::atomic::Ordering;
use std::sync::Arc;

use serde::Serialize;
use tadamun::export::{self, ExportOutcome, ExportRequest, Preview, ProfileSummary, Submitter};
use tauri::{AppHandle, Emitter, State};
use ts_rs::TS;

use super::blocking;
use super::records::with_conn;
use crate::ipc::{AppError, ErrorCode};
use crate::state::{AppState, ChosenKind};

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

/// A folder the person chose in the native dialog: shown by its path, used by its token.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChosenFolder {
    /// The one-time token `export_run` takes (the web view never names a path itself).
    pub token: String,
    /// The folder, for display.
    pub path: String,
}

/// Opens the native folder picker. `None`: the person cancelled.
#[tauri::command]
pub async fn export_choose_folder(
    app: AppHandle,
    state: Shared<'_>,
) -> Result<Option<ChosenFolder>, AppError> {
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
    let shown = path.display().to_string();
    Ok(Some(ChosenFolder {
        token: state.remember_choice(path, ChosenKind::ExportFolder),
        path: shown,
    }))
}

/// Writes the export into the folder chosen in the native dialog (`folder`: its token),
/// age-encrypted to `encrypt_to` when given, with `export-progress` events, and records it on
/// each case. Lock cancels it.
#[tauri::command]
pub async fn export_run(
    app: AppHandle,
    state: Shared<'_>,
    request: ExportRequest,
    folder: String,
    encrypt_to: Vec<String>,
) -> Result<ExportOutcome, AppError> {
    let out = state.take_choice(&folder, ChosenKind::ExportFolder)?;
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
