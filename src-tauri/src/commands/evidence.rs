//! Evidence commands: attach files (picker or drop), progress and cancel, thumbnails and
//! previews from memory, shareable flag, decrypted and metadata-free copies.
//!
//! Decrypted bytes reach the webview only as command responses (raw bytes in memory, shown
//! through `blob:` URLs), never as a file or a URL another process could read.

// Tauri hands command arguments over by value.
#![allow(clippy::needless_pass_by_value)]

use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use serde::Serialize;
use tadamun::evidence::{self, Attachment, Imported};
use tauri::ipc::Response;
use tauri::{AppHandle, Emitter, State};
use ts_rs::TS;

use super::blocking;
use super::records::with_session;
use crate::ipc::{AppError, ErrorCode};
use crate::state::{AppState, ChosenKind};

type Shared<'a> = State<'a, Arc<AppState>>;

/// Progress of one file of an import, sent as the `evidence-progress` event.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportProgress {
    /// Position of the file in the batch (0-based).
    pub index: u32,
    /// How many files in the batch.
    pub count: u32,
    /// The file's name.
    pub name: String,
    /// Bytes done.
    pub done: f64,
    /// Bytes in all.
    pub total: f64,
}

/// The outcome for one file of an import.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportOutcome {
    /// The file's name.
    pub name: String,
    /// What was stored, when it worked.
    pub imported: Option<Imported>,
    /// Why not, when it did not.
    pub error: Option<AppError>,
    /// When it worked: a one-time token for removing the original from this computer
    /// (`remove_originals`).
    pub original: Option<String>,
}

/// What removing one original did.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OriginalRemoval {
    /// The file's name.
    pub name: String,
    /// What was removed, when it worked.
    pub removed: Option<tadamun::evidence::originals::RemovedOriginal>,
    /// Why not, when it did not.
    pub error: Option<AppError>,
}

/// Removes the originals of files just attached (their tokens come with the import's
/// outcomes): each overwritten and deleted, with the desktop's thumbnails of it.
#[tauri::command]
pub async fn remove_originals(
    state: Shared<'_>,
    originals: Vec<String>,
) -> Result<Vec<OriginalRemoval>, AppError> {
    let state = Arc::clone(&state);
    blocking(move || {
        let cache = tadamun::evidence::originals::default_thumbnail_cache();
        let mut out = Vec::new();
        for token in &originals {
            let path = state.take_choice(token, ChosenKind::ImportedOriginal)?;
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            match tadamun::evidence::originals::remove_original(&path, cache.as_deref()) {
                Ok(removed) => out.push(OriginalRemoval {
                    name,
                    removed: Some(removed),
                    error: None,
                }),
                Err(e) => out.push(OriginalRemoval {
                    name,
                    removed: None,
                    error: Some(e.into()),
                }),
            }
        }
        Ok(out)
    })
    .await
}

/// Attaches files to an incident, one after the other, with `evidence-progress` events. The
/// files are named by the one-time tokens `pick_files` or a drop gave (never by path). A file that fails does not stop the others; after
/// "Cancel" the current file is abandoned (nothing kept) and the rest are skipped.
#[tauri::command]
pub async fn import_attachments(
    app: AppHandle,
    state: Shared<'_>,
    incident_id: String,
    paths: Vec<String>,
    imported_by: String,
) -> Result<Vec<ImportOutcome>, AppError> {
    let shared = Arc::clone(&state);
    let paths: Vec<PathBuf> = paths
        .iter()
        .map(|token| shared.take_choice(token, ChosenKind::FileToAttach))
        .collect::<Result<_, _>>()?;
    shared.import_cancel.store(false, Ordering::Relaxed);
    blocking(move || {
        shared.with_session(|u| {
            let count = u32::try_from(paths.len()).unwrap_or(u32::MAX);
            let mut out = Vec::new();
            for (i, path) in paths.iter().enumerate() {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if shared.import_cancel.load(Ordering::Relaxed) {
                    out.push(ImportOutcome {
                        name,
                        imported: None,
                        error: Some(AppError::from(tadamun::VaultError::Cancelled)),
                        original: None,
                    });
                    continue;
                }
                let index = u32::try_from(i).unwrap_or(u32::MAX);
                let mut last = 0u64;
                let result = evidence::import_file(
                    &u.session,
                    &incident_id,
                    path,
                    &imported_by,
                    &shared.import_cancel,
                    &mut |p| {
                        // About a hundred events per file at most.
                        if p.done == p.total || p.done - last >= (p.total / 100).max(1024 * 1024) {
                            last = p.done;
                            shared.touch();
                            let _ = app.emit(
                                "evidence-progress",
                                ImportProgress {
                                    index,
                                    count,
                                    name: name.clone(),
                                    done: p.done as f64,
                                    total: p.total as f64,
                                },
                            );
                        }
                    },
                );
                out.push(match result {
                    Ok(imported) => ImportOutcome {
                        name,
                        imported: Some(imported),
                        error: None,
                        original: Some(
                            shared.remember_choice(path.clone(), ChosenKind::ImportedOriginal),
                        ),
                    },
                    Err(e) => ImportOutcome {
                        name,
                        imported: None,
                        error: Some(e.into()),
                        original: None,
                    },
                });
            }
            Ok(out)
        })
    })
    .await
}

/// Opens the native file picker (several files) and returns a one-time token for each chosen
/// file (the web view never sees or sends a path).
#[tauri::command]
pub async fn pick_files(app: AppHandle, state: Shared<'_>) -> Result<Vec<String>, AppError> {
    use tauri_plugin_dialog::DialogExt;
    let state = Arc::clone(&state);
    blocking(move || {
        let picked = app
            .dialog()
            .file()
            .set_title("Attach files")
            .blocking_pick_files()
            .unwrap_or_default();
        Ok(picked
            .into_iter()
            .filter_map(|p| p.into_path().ok())
            .map(|p| state.remember_choice(p, ChosenKind::FileToAttach))
            .collect())
    })
    .await
}

/// Stops the import in progress; what it was writing is removed.
#[tauri::command(async)]
pub fn cancel_import(state: Shared<'_>) {
    state.import_cancel.store(true, Ordering::Relaxed);
}

/// An incident's attachments.
#[tauri::command]
pub async fn list_attachments(
    state: Shared<'_>,
    incident_id: String,
) -> Result<Vec<Attachment>, AppError> {
    with_session(&state, move |s| {
        evidence::list_attachments(s.connection()?, &incident_id)
    })
    .await
}

/// Changes an attachment's description and shareable flag.
#[tauri::command]
pub async fn update_attachment(
    state: Shared<'_>,
    id: String,
    description: String,
    shareable: bool,
) -> Result<Attachment, AppError> {
    with_session(&state, move |s| {
        evidence::update_attachment(s.connection()?, &id, &description, shareable)
    })
    .await
}

/// Deletes an attachment (its encrypted file too, when nothing else uses it).
#[tauri::command]
pub async fn delete_attachment(state: Shared<'_>, id: String) -> Result<(), AppError> {
    with_session(&state, move |s| evidence::delete_attachment(s, &id)).await
}

/// A small JPEG (no metadata) of an image attachment, as raw bytes; empty for other types.
#[tauri::command]
pub async fn attachment_thumbnail(state: Shared<'_>, id: String) -> Result<Response, AppError> {
    let bytes = with_session(&state, move |s| evidence::thumbnail(s, &id, 320)).await?;
    Ok(Response::new(bytes.unwrap_or_default()))
}

/// An attachment to show inside the app, in memory: an image as a JPEG that the core decoded
/// and encoded again (the web view never decodes a file from outside), a PDF as its bytes.
#[tauri::command]
pub async fn attachment_preview(state: Shared<'_>, id: String) -> Result<Response, AppError> {
    match with_session(&state, move |s| evidence::preview(s, &id)).await? {
        Some((_, bytes)) => Ok(Response::new(bytes)),
        None => Err(AppError::new(
            ErrorCode::InvalidInput,
            "This kind of file cannot be shown inside Tadamun. Save a decrypted copy to open it.",
        )),
    }
}

/// Saves a copy through the native save dialog: the decrypted original, or the metadata-free
/// copy (`sanitised`). Returns false if the person cancelled the dialog.
#[tauri::command]
pub async fn save_attachment_copy(
    app: AppHandle,
    state: Shared<'_>,
    id: String,
    sanitised: bool,
) -> Result<bool, AppError> {
    use tauri_plugin_dialog::DialogExt;
    let attachment = with_session(&state, {
        let id = id.clone();
        move |s| evidence::get_attachment(s.connection()?, &id)
    })
    .await?;
    let suggested = if sanitised {
        let ext = if attachment.media_type == "image/jpeg" {
            "jpg"
        } else {
            "png"
        };
        format!("attachment-01.{ext}")
    } else {
        attachment.original_name.clone()
    };
    let picked = blocking(move || {
        Ok(app
            .dialog()
            .file()
            .set_title(if sanitised {
                "Save a copy without metadata"
            } else {
                "Save a decrypted copy"
            })
            .set_file_name(&suggested)
            .blocking_save_file())
    })
    .await?;
    let Some(path) = picked else { return Ok(false) };
    let path = path.into_path().map_err(|_| {
        AppError::new(
            ErrorCode::InvalidInput,
            "Choose a file on this computer or on a USB stick.",
        )
    })?;
    with_session(&state, move |s| {
        if sanitised {
            evidence::sanitised_copy(s, &id, &path)
        } else {
            evidence::extract(s, &id, &path)
        }
    })
    .await?;
    Ok(true)
}
