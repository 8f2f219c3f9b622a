//! Case records: incidents, the actors they involve, revisions, search and editor drafts.
//!
//! This module owns every read and write of the records tables. It saves an incident, its
//! actors, its revision, its search-index entries and its audit entry in one transaction, so
//! they never disagree. It never writes record contents to the audit log, and it never builds
//! SQL from user input (filters choose among fixed clauses; values are bound).

pub mod history;
pub mod interchange;
pub mod model;
pub mod search;
pub mod text;
pub mod validate;

use std::collections::{BTreeMap, HashMap, HashSet};

use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};

use crate::audit;
use crate::error::{Result, VaultError};
use crate::vocab;
pub use model::*;
/// The database connection the record functions take (from `Session::connection`).
pub type Connection = rusqlite::Connection;
pub use validate::{Problem, Warning};

/// A new random identifier (UUID version 4, lower case).
pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// Whether the people involved have given consent, as the list shows and filters it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ConsentState {
    /// No person (other than alleged perpetrators) is recorded.
    NoPeople,
    /// Someone has no consent recorded, or withdrew it.
    Missing,
    /// Everyone has consent recorded, but someone only for internal use (level 0).
    InternalOnly,
    /// Everyone allows at least de-identified use by the UN (level 1 or more).
    Complete,
}

impl ConsentState {
    /// The stable code stored and used in filters.
    pub fn code(self) -> &'static str {
        match self {
            Self::NoPeople => "no_people",
            Self::Missing => "missing",
            Self::InternalOnly => "internal_only",
            Self::Complete => "complete",
        }
    }

    fn from_code(code: &str) -> Self {
        match code {
            "missing" => Self::Missing,
            "internal_only" => Self::InternalOnly,
            "complete" => Self::Complete,
            _ => Self::NoPeople,
        }
    }
}

/// The consent state of an incident.
pub fn consent_state(incident: &Incident, actors: &HashMap<String, Actor>) -> ConsentState {
    let mut people = 0;
    let mut any_internal = false;
    let mut seen = HashSet::new();
    for inv in &incident.involvements {
        if inv.role == "alleged_perpetrator" || !seen.insert(inv.actor_id.as_str()) {
            continue;
        }
        if actors.get(&inv.actor_id).map(|a| a.kind) != Some(ActorKind::Person) {
            continue;
        }
        people += 1;
        match validate::current_consent(incident, &inv.actor_id) {
            None => return ConsentState::Missing,
            Some(r) if r.revoked_at.is_some() => return ConsentState::Missing,
            Some(r) if r.level == 0 => any_internal = true,
            Some(_) => {}
        }
    }
    match (people, any_internal) {
        (0, _) => ConsentState::NoPeople,
        (_, true) => ConsentState::InternalOnly,
        _ => ConsentState::Complete,
    }
}

/// An incident as the editor shows it: the record, the actors it involves, and what is still
/// missing for a UN submission.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct IncidentView {
    /// The record.
    pub incident: Incident,
    /// The actors it involves, as stored now.
    pub actors: Vec<Actor>,
    /// Its short number in this vault.
    pub number: i64,
    /// Its current revision (1 for a record saved once).
    pub revision: u32,
    /// What is still missing for a UN submission.
    pub warnings: Vec<Warning>,
    /// The consent state.
    pub consent_state: ConsentState,
}

/// What a save produced.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Saved {
    /// The incident's identifier.
    pub id: String,
    /// Its short number.
    pub number: i64,
    /// The revision just written.
    pub revision: u32,
    /// What is still missing for a UN submission.
    pub warnings: Vec<Warning>,
}

/// How a save treats timestamps and existing records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SaveMode {
    /// A save from the editor or CLI: timestamps are set now.
    Edit,
    /// An import: timestamps are kept as given and the incident must be new.
    Import,
}

fn stored_actor(conn: &Connection, id: &str) -> Result<Option<Actor>> {
    let data: Option<String> = conn
        .prepare_cached("SELECT data FROM actors WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?;
    data.map(|d| parse_json(&d)).transpose()
}

pub(crate) fn parse_json<T: serde::de::DeserializeOwned>(data: &str) -> Result<T> {
    serde_json::from_str(data).map_err(|_| VaultError::DatabaseDamaged)
}

fn to_json<T: Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| VaultError::Database(e.to_string()))
}

fn invalid(problems: Vec<Problem>) -> VaultError {
    VaultError::InvalidRecord { problems }
}

/// The actors an incident involves or names as a source, as stored or as about to be saved.
fn involved_actors(
    conn: &Connection,
    incident: &Incident,
    incoming: &HashMap<String, Actor>,
) -> Result<HashMap<String, Actor>> {
    let mut out = HashMap::new();
    let ids = incident
        .involvements
        .iter()
        .map(|i| &i.actor_id)
        .chain(incident.sources.iter().filter_map(|s| s.actor_id.as_ref()));
    for id in ids {
        if out.contains_key(id) {
            continue;
        }
        if let Some(a) = incoming.get(id) {
            out.insert(id.clone(), a.clone());
        } else if let Some(a) = stored_actor(conn, id)? {
            out.insert(id.clone(), a);
        }
    }
    Ok(out)
}

/// The text the search index holds for an incident (normalised by [`text::normalize`]).
fn fts_row(incident: &Incident, actors: &HashMap<String, Actor>) -> [String; 5] {
    let mut body = vec![
        incident.narrative.as_str(),
        incident.current_situation.as_str(),
        incident.domestic_remedies.as_str(),
        incident.internal_notes.as_str(),
    ];
    for inv in &incident.involvements {
        body.push(&inv.description);
    }
    for act in &incident.acts {
        body.extend([
            act.description.as_str(),
            act.legal_basis.as_str(),
            act.authority.as_str(),
        ]);
    }
    for s in &incident.sources {
        body.push(&s.description);
    }
    for s in &incident.submissions {
        body.extend([
            s.recipient.as_str(),
            s.response_summary.as_str(),
            s.next_step.as_str(),
        ]);
    }
    let mut names = Vec::new();
    let mut ids: Vec<&String> = actors.keys().collect();
    ids.sort();
    for id in ids {
        if let Some(a) = actors.get(id) {
            names.push(a.name.as_str());
            names.extend(a.other_names.iter().map(String::as_str));
            names.push(&a.registration);
            names.push(&a.occupation);
        }
    }
    let mut places: Vec<&str> = Vec::new();
    if let Some(p) = &incident.place {
        places.push(&p.name);
    }
    for act in &incident.acts {
        places.push(&act.detention_place);
    }
    let mut extra: Vec<&str> = incident.tags.iter().map(String::as_str).collect();
    extra.push(&incident.un_raised_reference);
    for act in &incident.acts {
        extra.push(&act.case_number);
    }
    for l in &incident.un_links {
        extra.extend([l.body.as_str(), l.reference.as_str()]);
    }
    for s in &incident.submissions {
        extra.push(&s.reference);
    }
    let join = |parts: &[&str]| text::normalize(&parts.join("\n"));
    [
        text::normalize(&incident.title),
        join(&body),
        join(&names),
        join(&places),
        join(&extra),
    ]
}

fn write_fts(conn: &Connection, pk: i64, row: &[String; 5], replace: bool) -> Result<()> {
    if replace {
        conn.prepare_cached("DELETE FROM incident_fts WHERE rowid = ?1")?
            .execute([pk])?;
    }
    conn.prepare_cached(
        "INSERT INTO incident_fts (rowid, title, body, names, places, extra)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute((pk, &row[0], &row[1], &row[2], &row[3], &row[4]))?;
    Ok(())
}

/// A stored incident, parsed.
fn stored_incident(conn: &Connection, id: &str) -> Result<Option<(i64, i64, u32, Incident)>> {
    let row: Option<(i64, i64, u32, String)> = conn
        .prepare_cached(
            "SELECT i.pk, i.number, i.revision, d.data FROM incidents i
             JOIN incident_data d ON d.incident_pk = i.pk WHERE i.id = ?1",
        )?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .optional()?;
    row.map(|(pk, number, revision, data)| Ok((pk, number, revision, parse_json(&data)?)))
        .transpose()
}

/// Runs a statement through the connection's prepared-statement cache (saves are frequent).
fn exec(conn: &Connection, sql: &str, params: impl rusqlite::Params) -> Result<usize> {
    Ok(conn.prepare_cached(sql)?.execute(params)?)
}

fn not_found(id: &str) -> VaultError {
    VaultError::RecordNotFound {
        what: format!("incident {id}"),
    }
}

/// The revision snapshot: the incident and the actors it involved at the time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Snapshot {
    /// The incident as saved.
    pub incident: Incident,
    /// The actors it involved, as they were then.
    pub actors: Vec<Actor>,
}

fn sorted_actors(map: &HashMap<String, Actor>) -> Vec<Actor> {
    let mut v: Vec<Actor> = map.values().cloned().collect();
    v.sort_by(|a, b| a.id.cmp(&b.id));
    v
}

/// Upserts one actor; returns its `pk` and whether its searchable text changed.
fn upsert_actor(
    conn: &Connection,
    actor: &Actor,
    now: &str,
    mode: SaveMode,
) -> Result<(i64, bool)> {
    let existing = stored_actor(conn, &actor.id)?;
    let mut actor = actor.clone();
    match (&existing, mode) {
        (Some(old), SaveMode::Edit) => {
            actor.created_at.clone_from(&old.created_at);
            actor.updated_at = now.to_owned();
        }
        (None, SaveMode::Edit) => {
            actor.created_at = now.to_owned();
            actor.updated_at = now.to_owned();
        }
        (Some(old), SaveMode::Import) => {
            // An import never rewrites someone already recorded here: an older file would
            // otherwise silently revert them in every incident that involves them. (Timestamps
            // a file leaves out are taken as the stored ones.)
            if actor.created_at.is_empty() {
                actor.created_at.clone_from(&old.created_at);
            }
            if actor.updated_at.is_empty() {
                actor.updated_at.clone_from(&old.updated_at);
            }
            if *old != actor {
                return Err(VaultError::InvalidInput(format!(
                    "The file has different details for {} (identifier {}) than this vault. \
                     Nothing was imported: edit the person here, or remove them from the file.",
                    actor.kind.code(),
                    actor.id
                )));
            }
        }
        (None, SaveMode::Import) => {
            if actor.created_at.is_empty() {
                actor.created_at = now.to_owned();
            }
            if actor.updated_at.is_empty() {
                actor.updated_at.clone_from(&actor.created_at);
            }
        }
    }
    let unchanged = existing.as_ref().is_some_and(|old| {
        let mut a = old.clone();
        a.updated_at.clone_from(&actor.updated_at);
        a.created_at.clone_from(&actor.created_at);
        a == actor
    });
    if unchanged {
        let pk: i64 = conn
            .prepare_cached("SELECT pk FROM actors WHERE id = ?1")?
            .query_row([&actor.id], |r| r.get(0))?;
        return Ok((pk, false));
    }
    let data = to_json(&actor)?;
    exec(
        conn,
        "INSERT INTO actors (id, kind, name, updated_at, data) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name,
             updated_at = excluded.updated_at, data = excluded.data",
        (
            &actor.id,
            actor.kind.code(),
            &actor.name,
            &actor.updated_at,
            &data,
        ),
    )?;
    let pk: i64 = conn
        .prepare_cached("SELECT pk FROM actors WHERE id = ?1")?
        .query_row([&actor.id], |r| r.get(0))?;
    Ok((pk, existing.is_some()))
}

/// Re-indexes the incidents that involve actor `actor_pk`, except `skip_pk`.
fn reindex_incidents_of_actor(
    conn: &Connection,
    actor_pk: i64,
    skip_pk: Option<i64>,
) -> Result<()> {
    let pks: Vec<i64> = {
        let mut stmt =
            conn.prepare_cached("SELECT incident_pk FROM incident_actors WHERE actor_pk = ?1")?;
        let rows = stmt.query_map([actor_pk], |r| r.get(0))?;
        rows.collect::<std::result::Result<_, _>>()?
    };
    for pk in pks {
        if Some(pk) == skip_pk {
            continue;
        }
        let data: String = conn
            .prepare_cached("SELECT data FROM incident_data WHERE incident_pk = ?1")?
            .query_row([pk], |r| r.get(0))?;
        let incident: Incident = parse_json(&data)?;
        let actors = involved_actors(conn, &incident, &HashMap::new())?;
        write_fts(conn, pk, &fts_row(&incident, &actors), true)?;
        // The consent state depends on the actors' kinds, which may have changed too.
        exec(
            conn,
            "UPDATE incidents SET consent_state = ?2 WHERE pk = ?1",
            (pk, consent_state(&incident, &actors).code()),
        )?;
    }
    Ok(())
}

fn next_number(conn: &Connection) -> Result<i64> {
    let current: i64 = crate::store::get_setting(conn, "next_incident_number")?
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    // Never below an existing number, whatever the setting says.
    let max: i64 = conn
        .prepare_cached("SELECT coalesce(max(number), 0) FROM incidents")?
        .query_row([], |r| r.get(0))?;
    let number = current.max(max + 1);
    crate::store::upsert_setting(conn, "next_incident_number", &(number + 1).to_string())?;
    Ok(number)
}

/// Validates and saves one incident with the actors given (new or changed ones; actors it
/// involves that are not given must already be stored). Writes a revision, the search index
/// and an audit entry. `base_revision` is the revision the editor started from: if the record
/// changed since, nothing is saved and [`VaultError::Conflict`] is returned.
pub fn save_incident(
    conn: &Connection,
    incident: Incident,
    actors: &[Actor],
    base_revision: Option<u32>,
) -> Result<Saved> {
    let tx = conn.unchecked_transaction()?;
    let saved = save_in_tx(&tx, incident, actors, base_revision, SaveMode::Edit)?;
    tx.commit()?;
    Ok(saved)
}

/// [`save_incident`] inside a transaction the caller commits (an export records its
/// submission on several cases at once).
pub(crate) fn save_incident_in(
    conn: &Connection,
    incident: Incident,
    actors: &[Actor],
    base_revision: Option<u32>,
) -> Result<Saved> {
    save_in_tx(conn, incident, actors, base_revision, SaveMode::Edit)
}

fn save_in_tx(
    conn: &Connection,
    mut incident: Incident,
    actors: &[Actor],
    base_revision: Option<u32>,
    mode: SaveMode,
) -> Result<Saved> {
    let vocab = vocab::vocabularies()?;
    let now = audit::now_rfc3339();

    // Check everything first, so a refused save changes nothing.
    let mut problems = Vec::new();
    let mut incoming = HashMap::new();
    for (i, a) in actors.iter().enumerate() {
        problems.extend(validate::check_actor(vocab, a, &format!("actors[{i}]")));
        if incoming.insert(a.id.clone(), a.clone()).is_some() {
            problems.push(Problem {
                path: format!("actors[{i}].id"),
                code: "duplicate".to_owned(),
                message: "Two actors have the same identifier.".to_owned(),
            });
        }
    }
    let involved = involved_actors(conn, &incident, &incoming)?;
    let kinds: HashMap<String, ActorKind> =
        involved.iter().map(|(k, a)| (k.clone(), a.kind)).collect();
    problems.extend(validate::check_incident(vocab, &incident, &kinds));
    if !problems.is_empty() {
        return Err(invalid(problems));
    }

    let existing = stored_incident(conn, &incident.id)?;
    if let (Some((_, _, rev, _)), Some(base)) = (&existing, base_revision) {
        if *rev != base {
            return Err(VaultError::Conflict);
        }
    }
    if existing.is_some() && mode == SaveMode::Import {
        return Err(VaultError::InvalidInput(format!(
            "An incident with the identifier {} is already in the vault. Nothing was imported.",
            incident.id
        )));
    }
    if existing.is_none() && base_revision.is_some() {
        return Err(not_found(&incident.id));
    }
    match (&existing, mode) {
        (Some((_, _, _, old)), SaveMode::Edit) => {
            incident.created_at.clone_from(&old.created_at);
            incident.updated_at.clone_from(&now);
        }
        (None, SaveMode::Edit) => {
            incident.created_at.clone_from(&now);
            incident.updated_at.clone_from(&now);
        }
        (_, SaveMode::Import) => {
            if incident.created_at.is_empty() {
                incident.created_at.clone_from(&now);
            }
            if incident.updated_at.is_empty() {
                incident.updated_at.clone_from(&incident.created_at);
            }
        }
    }

    // Actors: only those the incident involves or names are kept with it.
    let mut reindex = Vec::new();
    let mut upserted = Vec::new();
    for a in actors {
        let (pk, changed) = upsert_actor(conn, a, &now, mode)?;
        upserted.push(pk);
        if changed {
            reindex.push(pk);
        }
    }
    let involved = involved_actors(conn, &incident, &HashMap::new())?;

    let revision = existing.as_ref().map_or(1, |(_, _, r, _)| r + 1);
    let number = match &existing {
        Some((_, n, _, _)) => *n,
        None => next_number(conn)?,
    };
    let start_key = incident.start.as_ref().and_then(validate::date_key);
    let end_key = match (&incident.end, incident.ongoing) {
        (_, true) => Some("9999-12-31".to_owned()),
        (Some(e), false) => validate::period_end_key(e),
        (None, false) => incident.start.as_ref().and_then(validate::period_end_key),
    };
    let state = consent_state(&incident, &involved);
    let types = incident.types.join(",");
    let data = to_json(&incident)?;
    let start_json = incident.start.as_ref().map(to_json).transpose()?;
    let pk: i64 = conn.prepare_cached("INSERT INTO incidents (id, number, revision, title, status, urgency, country, start_key,
             end_key, has_un_link, consent_state, types, created_at, updated_at, start, ongoing)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
         ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, title = excluded.title,
             status = excluded.status, urgency = excluded.urgency, country = excluded.country,
             start_key = excluded.start_key, end_key = excluded.end_key,
             start = excluded.start, ongoing = excluded.ongoing,
             has_un_link = excluded.has_un_link, consent_state = excluded.consent_state,
             types = excluded.types, updated_at = excluded.updated_at
         RETURNING pk")?.query_row(
        rusqlite::params![
            &incident.id,
            number,
            revision,
            &incident.title,
            incident.status.code(),
            incident.urgency.code(),
            &incident.country,
            &start_key,
            &end_key,
            !incident.un_links.is_empty(),
            state.code(),
            &types,
            &incident.created_at,
            &incident.updated_at,
            &start_json,
            incident.ongoing,
        ],
        |r| r.get(0),
    )?;
    exec(
        conn,
        "INSERT INTO incident_data (incident_pk, data) VALUES (?1, ?2)
         ON CONFLICT (incident_pk) DO UPDATE SET data = excluded.data",
        (pk, &data),
    )?;
    exec(
        conn,
        "DELETE FROM incident_types WHERE incident_pk = ?1",
        [pk],
    )?;
    for t in &incident.types {
        exec(
            conn,
            "INSERT OR IGNORE INTO incident_types (code, incident_pk) VALUES (?1, ?2)",
            (t, pk),
        )?;
    }
    let mut old_actor_pks: Vec<i64> = {
        let mut stmt =
            conn.prepare_cached("SELECT actor_pk FROM incident_actors WHERE incident_pk = ?1")?;
        let rows = stmt.query_map([pk], |r| r.get(0))?;
        rows.collect::<std::result::Result<_, _>>()?
    };
    exec(
        conn,
        "DELETE FROM incident_actors WHERE incident_pk = ?1",
        [pk],
    )?;
    for id in involved.keys() {
        exec(
            conn,
            "INSERT OR IGNORE INTO incident_actors (actor_pk, incident_pk)
             SELECT pk, ?2 FROM actors WHERE id = ?1",
            (id, pk),
        )?;
    }
    let snapshot = Snapshot {
        incident: incident.clone(),
        actors: sorted_actors(&involved),
    };
    exec(conn,
        "INSERT INTO incident_revisions (incident_pk, revision, saved_at, data) VALUES (?1, ?2, ?3, ?4)",
        (pk, revision, &now, to_json(&snapshot)?),
    )?;
    write_fts(conn, pk, &fts_row(&incident, &involved), existing.is_some())?;
    for actor_pk in reindex {
        reindex_incidents_of_actor(conn, actor_pk, Some(pk))?;
    }
    // Actors this incident no longer involves (or never did), and no other incident does:
    // not kept, so a name removed from a case does not linger in the vault.
    old_actor_pks.extend(upserted);
    remove_orphan_actors(conn, &old_actor_pks)?;
    exec(
        conn,
        "DELETE FROM editor_drafts WHERE key = ?1",
        [&incident.id],
    )?;
    let event = if existing.is_some() {
        "incident_updated"
    } else {
        "incident_created"
    };
    audit::append(
        conn,
        event,
        &serde_json::json!({ "incident": incident.id, "number": number, "revision": revision }),
    )?;
    Ok(Saved {
        id: incident.id.clone(),
        number,
        revision,
        warnings: validate::warnings(vocab, &incident, &involved),
    })
}

/// Removes the actors among `candidates` that no incident involves any more. Returns how many.
fn remove_orphan_actors(conn: &Connection, candidates: &[i64]) -> Result<u32> {
    let mut removed = 0;
    for pk in candidates {
        let n = exec(
            conn,
            "DELETE FROM actors WHERE pk = ?1
               AND NOT EXISTS (SELECT 1 FROM incident_actors WHERE actor_pk = ?1)",
            [pk],
        )?;
        removed += u32::try_from(n).unwrap_or(0);
    }
    Ok(removed)
}

/// Loads an incident for the editor.
pub fn get_incident(conn: &Connection, id: &str) -> Result<IncidentView> {
    let (_, number, revision, incident) =
        stored_incident(conn, id)?.ok_or_else(|| not_found(id))?;
    let actors = involved_actors(conn, &incident, &HashMap::new())?;
    let vocab = vocab::vocabularies()?;
    Ok(IncidentView {
        warnings: validate::warnings(vocab, &incident, &actors),
        consent_state: consent_state(&incident, &actors),
        actors: sorted_actors(&actors),
        incident,
        number,
        revision,
    })
}

/// Finds an incident's identifier from what a person typed: its identifier, its number
/// (`12` or `#12`), or a unique beginning of its identifier (at least 4 characters).
pub fn resolve_incident(conn: &Connection, reference: &str) -> Result<String> {
    let reference = reference.trim();
    let exact: Option<String> = conn
        .prepare_cached("SELECT id FROM incidents WHERE id = ?1")?
        .query_row([reference], |r| r.get(0))
        .optional()?;
    if let Some(id) = exact {
        return Ok(id);
    }
    if let Ok(n) = reference.trim_start_matches('#').parse::<i64>() {
        let by_number: Option<String> = conn
            .prepare_cached("SELECT id FROM incidents WHERE number = ?1")?
            .query_row([n], |r| r.get(0))
            .optional()?;
        if let Some(id) = by_number {
            return Ok(id);
        }
    }
    if reference.len() >= 4
        && reference
            .bytes()
            .all(|b| b.is_ascii_hexdigit() || b == b'-')
    {
        let mut stmt = conn
            .prepare_cached("SELECT id FROM incidents WHERE id >= ?1 AND id < ?1 || 'g' LIMIT 2")?;
        let ids: Vec<String> = stmt
            .query_map([reference], |r| r.get(0))?
            .collect::<std::result::Result<_, _>>()?;
        if ids.len() == 1 {
            if let Some(id) = ids.into_iter().next() {
                return Ok(id);
            }
        } else if ids.len() > 1 {
            return Err(VaultError::InvalidInput(format!(
                "More than one incident starts with '{reference}'. Type more of its identifier, or its number."
            )));
        }
    }
    Err(not_found(reference))
}

/// What a deletion removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Deleted {
    /// How many revisions were removed with the incident.
    pub revisions: u32,
    /// How many actors were removed because no other incident involves them.
    pub actors: u32,
    /// How many attachments were removed with the incident.
    pub attachments: u32,
    /// Encrypted files no attachment uses any more, to remove from `blobs/` after the commit
    /// ([`delete_incident_and_files`] does it).
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub blob_ids: Vec<String>,
}

/// Deletes an incident (see [`delete_incident`]) and the encrypted files of attachments that
/// nothing else uses.
pub fn delete_incident_and_files(session: &crate::session::Session, id: &str) -> Result<Deleted> {
    let deleted = delete_incident(session.connection()?, id)?;
    crate::evidence::remove_blob_files(session.dir(), &deleted.blob_ids);
    Ok(deleted)
}

/// Deletes an incident for real: the record, every revision, its search-index entries, its
/// editor draft, and the actors no other incident involves. With `secure_delete` on (database
/// and index), the freed pages are overwritten. The audit log keeps only that a deletion
/// happened.
pub fn delete_incident(conn: &Connection, id: &str) -> Result<Deleted> {
    let tx = conn.unchecked_transaction()?;
    let (pk, number, _, _) = stored_incident(&tx, id)?.ok_or_else(|| not_found(id))?;
    let actor_pks: Vec<i64> = {
        let mut stmt =
            tx.prepare_cached("SELECT actor_pk FROM incident_actors WHERE incident_pk = ?1")?;
        let rows = stmt.query_map([pk], |r| r.get(0))?;
        rows.collect::<std::result::Result<_, _>>()?
    };
    let blob_pks = crate::evidence::blobs_of_incident(&tx, pk)?;
    let attachments = tx.execute("DELETE FROM attachments WHERE incident_pk = ?1", [pk])?;
    let blob_ids = crate::evidence::remove_orphan_blobs(&tx, &blob_pks)?;
    let revisions = tx.execute(
        "DELETE FROM incident_revisions WHERE incident_pk = ?1",
        [pk],
    )?;
    tx.execute("DELETE FROM incident_fts WHERE rowid = ?1", [pk])?;
    tx.execute("DELETE FROM editor_drafts WHERE key = ?1", [id])?;
    tx.execute("DELETE FROM incidents WHERE pk = ?1", [pk])?;
    let actors = remove_orphan_actors(&tx, &actor_pks)?;
    audit::append(
        &tx,
        "incident_deleted",
        &serde_json::json!({ "number": number }),
    )?;
    tx.commit()?;
    Ok(Deleted {
        revisions: u32::try_from(revisions).unwrap_or(u32::MAX),
        actors,
        attachments: u32::try_from(attachments).unwrap_or(u32::MAX),
        blob_ids,
    })
}

/// An actor in the actor list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ActorSummary {
    /// The actor.
    pub actor: Actor,
    /// The incidents it appears in: number and title.
    pub incidents: Vec<ActorIncident>,
}

/// An incident an actor appears in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ActorIncident {
    /// The incident's identifier.
    pub id: String,
    /// Its number.
    pub number: i64,
    /// Its title.
    pub title: String,
    /// The actor's roles in it.
    pub roles: Vec<String>,
}

/// Every actor in the vault, without their incidents (for finding their names in text).
pub fn all_actors(conn: &Connection) -> Result<Vec<Actor>> {
    let mut stmt = conn.prepare_cached("SELECT data FROM actors ORDER BY pk")?;
    let rows: Vec<String> = stmt
        .query_map([], |r| r.get(0))?
        .collect::<std::result::Result<_, _>>()?;
    rows.iter().map(|d| parse_json(d)).collect()
}

/// Every actor, by name, with the incidents it appears in. `kind` limits the list.
pub fn list_actors(conn: &Connection, kind: Option<ActorKind>) -> Result<Vec<ActorSummary>> {
    let mut stmt = conn.prepare_cached(
        "SELECT pk, data FROM actors WHERE ?1 IS NULL OR kind = ?1 ORDER BY name COLLATE NOCASE, pk",
    )?;
    let rows: Vec<(i64, String)> = stmt
        .query_map([kind.map(ActorKind::code)], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<std::result::Result<_, _>>()?;
    rows.into_iter()
        .map(|(pk, data)| {
            let actor: Actor = parse_json(&data)?;
            let incidents = actor_incidents(conn, pk, &actor.id)?;
            Ok(ActorSummary { actor, incidents })
        })
        .collect()
}

/// One actor with the incidents it appears in.
pub fn get_actor(conn: &Connection, id: &str) -> Result<ActorSummary> {
    let row: Option<(i64, String)> = conn
        .prepare_cached("SELECT pk, data FROM actors WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let (pk, data) = row.ok_or_else(|| VaultError::RecordNotFound {
        what: format!("actor {id}"),
    })?;
    let actor: Actor = parse_json(&data)?;
    let incidents = actor_incidents(conn, pk, &actor.id)?;
    Ok(ActorSummary { actor, incidents })
}

fn actor_incidents(conn: &Connection, actor_pk: i64, actor_id: &str) -> Result<Vec<ActorIncident>> {
    let mut stmt = conn.prepare_cached(
        "SELECT i.id, i.number, i.title, d.data FROM incident_actors ia
         JOIN incidents i ON i.pk = ia.incident_pk JOIN incident_data d ON d.incident_pk = i.pk WHERE ia.actor_pk = ?1 ORDER BY i.number",
    )?;
    let rows: Vec<(String, i64, String, String)> = stmt
        .query_map([actor_pk], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<std::result::Result<_, _>>()?;
    rows.into_iter()
        .map(|(id, number, title, data)| {
            let incident: Incident = parse_json(&data)?;
            let mut roles: Vec<String> = incident
                .involvements
                .iter()
                .filter(|i| i.actor_id == actor_id)
                .map(|i| i.role.clone())
                .collect();
            if incident
                .sources
                .iter()
                .any(|s| s.actor_id.as_deref() == Some(actor_id))
            {
                roles.push("source".to_owned());
            }
            roles.dedup();
            Ok(ActorIncident {
                id,
                number,
                title,
                roles,
            })
        })
        .collect()
}

/// Saves the editor's unsaved state under `key` (an incident id, or a key for a new one).
/// The data is opaque JSON from the editor, kept in the encrypted store.
pub fn save_draft(conn: &Connection, key: &str, data: &str) -> Result<()> {
    if data.len() > 16 * 1024 * 1024 {
        return Err(VaultError::InvalidInput(
            "This draft is too large to keep.".to_owned(),
        ));
    }
    exec(
        conn,
        "INSERT INTO editor_drafts (key, saved_at, data) VALUES (?1, ?2, ?3)
         ON CONFLICT (key) DO UPDATE SET saved_at = excluded.saved_at, data = excluded.data",
        (key, audit::now_rfc3339(), data),
    )?;
    Ok(())
}

/// An unsaved editor state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Draft {
    /// The key it was saved under.
    pub key: String,
    /// When (RFC 3339, UTC).
    pub saved_at: String,
    /// The editor's state.
    pub data: String,
}

/// The draft saved under `key`, if any.
pub fn get_draft(conn: &Connection, key: &str) -> Result<Option<Draft>> {
    Ok(conn
        .prepare_cached("SELECT key, saved_at, data FROM editor_drafts WHERE key = ?1")?
        .query_row([key], |r| {
            Ok(Draft {
                key: r.get(0)?,
                saved_at: r.get(1)?,
                data: r.get(2)?,
            })
        })
        .optional()?)
}

/// Every editor draft, newest first, without their data. Settings kept in the same table
/// (keys `export:…`, such as the last submitter) are not drafts and are not listed.
pub fn list_drafts(conn: &Connection) -> Result<Vec<Draft>> {
    let mut stmt = conn.prepare_cached(
        "SELECT key, saved_at FROM editor_drafts WHERE key NOT LIKE 'export:%' ORDER BY saved_at DESC",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Draft {
            key: r.get(0)?,
            saved_at: r.get(1)?,
            data: String::new(),
        })
    })?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

/// Discards the draft saved under `key`.
pub fn delete_draft(conn: &Connection, key: &str) -> Result<()> {
    exec(conn, "DELETE FROM editor_drafts WHERE key = ?1", [key])?;
    Ok(())
}

/// Cross-checks the records tables for `verify`: every incident has its data and its current
/// revision, and the search index has one entry per incident. Returns the problems found.
pub fn check_consistency(conn: &Connection) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    let q =
        |sql: &str| -> Result<i64> { Ok(conn.prepare_cached(sql)?.query_row([], |r| r.get(0))?) };
    let without_data = q("SELECT count(*) FROM incidents i
         WHERE NOT EXISTS (SELECT 1 FROM incident_data d WHERE d.incident_pk = i.pk)")?;
    if without_data > 0 {
        problems.push(format!(
            "{without_data} incident(s) have lost their contents"
        ));
    }
    let without_revision = q("SELECT count(*) FROM incidents i WHERE NOT EXISTS
         (SELECT 1 FROM incident_revisions r WHERE r.incident_pk = i.pk AND r.revision = i.revision)")?;
    if without_revision > 0 {
        problems.push(format!(
            "{without_revision} incident(s) have lost their current revision"
        ));
    }
    let incidents = q("SELECT count(*) FROM incidents")?;
    let indexed = q("SELECT count(*) FROM incident_fts")?;
    if indexed != incidents {
        problems.push(format!(
            "the search index has {indexed} entries for {incidents} incidents"
        ));
    }
    Ok(problems)
}

/// How many incidents the vault holds.
pub fn count_incidents(conn: &Connection) -> Result<u64> {
    let n: i64 = conn
        .prepare_cached("SELECT count(*) FROM incidents")?
        .query_row([], |r| r.get(0))?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// Summary statistics for the home screen.
pub fn type_counts(conn: &Connection) -> Result<BTreeMap<String, u64>> {
    let mut stmt =
        conn.prepare_cached("SELECT code, count(*) FROM incident_types GROUP BY code")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
    let mut out = BTreeMap::new();
    for row in rows {
        let (code, n) = row?;
        out.insert(code, u64::try_from(n).unwrap_or(0));
    }
    Ok(out)
}

pub(crate) fn import_one(conn: &Connection, incident: Incident, actors: &[Actor]) -> Result<Saved> {
    save_in_tx(conn, incident, actors, None, SaveMode::Import)
}

pub(crate) fn consent_state_from_code(code: &str) -> ConsentState {
    ConsentState::from_code(code)
}
