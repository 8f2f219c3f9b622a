//! Record commands: the incident list and search, the editor (load, save, drafts, delete),
//! revisions, actors, vocabularies, the audit log and the demo vault.
//!
//! Every command runs on a blocking thread and needs the vault unlocked; the core does the
//! validation, so a command only passes values through.

// Tauri hands command arguments over by value.
#![allow(clippy::needless_pass_by_value)]

use std::sync::Arc;

use tadamun::keys::KdfPolicy;
use tadamun::records::{
    self, history, search, validate, Actor, ActorKind, ActorSummary, Deleted, Draft, Incident,
    IncidentView, Saved, Snapshot,
};
use tadamun::vocab::Vocabularies;
use tauri::State;

use super::blocking;
use crate::ipc::{AppError, CreatedDemoVault};
use crate::state::AppState;

type Shared<'a> = State<'a, Arc<AppState>>;

/// Runs `f` with the open vault's connection, on a blocking thread.
pub(crate) async fn with_conn<T: Send + 'static>(
    state: &Shared<'_>,
    f: impl FnOnce(&tadamun::records::Connection) -> tadamun::Result<T> + Send + 'static,
) -> Result<T, AppError> {
    let state = Arc::clone(state);
    blocking(move || {
        state.with_session(|u| {
            let conn = u.session.connection()?;
            Ok(f(conn)?)
        })
    })
    .await
}

/// Runs `f` with the open vault's session, on a blocking thread.
pub(crate) async fn with_session<T: Send + 'static>(
    state: &Shared<'_>,
    f: impl FnOnce(&tadamun::vault::Session) -> tadamun::Result<T> + Send + 'static,
) -> Result<T, AppError> {
    let state = Arc::clone(state);
    blocking(move || state.with_session(|u| Ok(f(&u.session)?))).await
}

/// The controlled vocabularies with their labels in every language.
#[tauri::command(async)]
pub fn vocabularies() -> Result<Vocabularies, AppError> {
    Ok(tadamun::vocab::vocabularies()?.clone())
}

/// The countries of ISO 3166-1 (codes and English names; the UI shows localised names).
#[tauri::command(async)]
pub fn countries() -> Vec<validate::Country> {
    validate::countries().to_vec()
}

/// A new random identifier for a record the editor creates.
#[tauri::command(async)]
pub fn new_id() -> String {
    records::new_id()
}

/// Searches incidents (an empty query lists them all).
#[tauri::command]
pub async fn search_incidents(
    state: Shared<'_>,
    query: search::Query,
) -> Result<search::Page, AppError> {
    with_conn(&state, move |c| search::search(c, &query)).await
}

/// One incident with its actors and what is missing for a UN submission.
#[tauri::command]
pub async fn get_incident(state: Shared<'_>, id: String) -> Result<IncidentView, AppError> {
    with_conn(&state, move |c| records::get_incident(c, &id)).await
}

/// Saves an incident (new or edited) with the actors created or changed in the editor.
#[tauri::command]
pub async fn save_incident(
    state: Shared<'_>,
    incident: Incident,
    actors: Vec<Actor>,
    base_revision: Option<u32>,
) -> Result<Saved, AppError> {
    with_conn(&state, move |c| {
        records::save_incident(c, incident, &actors, base_revision)
    })
    .await
}

/// Deletes an incident, its revisions and its index entries for real.
#[tauri::command]
pub async fn delete_incident(state: Shared<'_>, id: String) -> Result<Deleted, AppError> {
    with_session(&state, move |s| records::delete_incident_and_files(s, &id)).await
}

/// Every revision of an incident, newest first.
#[tauri::command]
pub async fn list_revisions(
    state: Shared<'_>,
    id: String,
) -> Result<Vec<history::Revision>, AppError> {
    with_conn(&state, move |c| history::list_revisions(c, &id)).await
}

/// One revision, whole.
#[tauri::command]
pub async fn get_revision(
    state: Shared<'_>,
    id: String,
    revision: u32,
) -> Result<Snapshot, AppError> {
    with_conn(&state, move |c| history::get_revision(c, &id, revision)).await
}

/// What changed between two revisions.
#[tauri::command]
pub async fn compare_revisions(
    state: Shared<'_>,
    id: String,
    older: u32,
    newer: u32,
) -> Result<Vec<history::Change>, AppError> {
    with_conn(&state, move |c| history::compare(c, &id, older, newer)).await
}

/// Every actor (optionally of one kind) with the incidents it appears in.
#[tauri::command]
pub async fn list_actors(
    state: Shared<'_>,
    kind: Option<ActorKind>,
) -> Result<Vec<ActorSummary>, AppError> {
    with_conn(&state, move |c| records::list_actors(c, kind)).await
}

/// Keeps the editor's unsaved state in the encrypted store.
#[tauri::command]
pub async fn save_draft(state: Shared<'_>, key: String, data: String) -> Result<(), AppError> {
    with_conn(&state, move |c| records::save_draft(c, &key, &data)).await
}

/// The editor's unsaved state under `key`, if any.
#[tauri::command]
pub async fn get_draft(state: Shared<'_>, key: String) -> Result<Option<Draft>, AppError> {
    with_conn(&state, move |c| records::get_draft(c, &key)).await
}

/// Every unsaved draft (keys and times only).
#[tauri::command]
pub async fn list_drafts(state: Shared<'_>) -> Result<Vec<Draft>, AppError> {
    with_conn(&state, records::list_drafts).await
}

/// Discards a draft.
#[tauri::command]
pub async fn delete_draft(state: Shared<'_>, key: String) -> Result<(), AppError> {
    with_conn(&state, move |c| records::delete_draft(c, &key)).await
}

/// The newest audit log entries (what happened, never record contents).
#[tauri::command]
pub async fn audit_log(
    state: Shared<'_>,
    limit: u32,
) -> Result<Vec<tadamun::audit::AuditEntry>, AppError> {
    let state = Arc::clone(&state);
    blocking(move || state.with_session(|u| Ok(u.session.audit_recent(limit.min(10_000))?))).await
}

/// Creates the demo vault (fictional cases, public passphrase) and opens it.
#[tauri::command]
pub async fn create_demo_vault(state: Shared<'_>) -> Result<CreatedDemoVault, AppError> {
    let state = Arc::clone(&state);
    blocking(move || {
        let created = tadamun::demo::create(&state.dir, KdfPolicy::calibrated())?;
        let cases = records::count_incidents(created.session.connection()?)?;
        // The demo's recovery key is never shown: the passphrase is public anyway.
        state.put_unlocked(created.session, None);
        Ok(CreatedDemoVault {
            passphrase: tadamun::demo::DEMO_PASSPHRASE.to_owned(),
            cases: u32::try_from(cases).unwrap_or(u32::MAX),
            status: state.status()?,
        })
    })
    .await
}
