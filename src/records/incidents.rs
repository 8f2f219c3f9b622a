//! Incidents: saving (validated, versioned, indexed for search, audited), reading, finding
//! by number or identifier, and deleting.

use std::collections::HashMap;

use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};

use super::*;

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
pub(super) enum SaveMode {
    /// A save from the editor or CLI: timestamps are set now.
    Edit,
    /// An import: timestamps are kept as given and the incident must be new.
    Import,
}

/// The actors an incident involves or names as a source, as stored or as about to be saved.
pub(super) fn involved_actors(
    conn: &Connection,
    incident: &Incident,
    incoming: &HashMap<String, Actor>,
) -> Result<HashMap<String, Actor>> {
    let mut out = HashMap::new();
    for id in incident.actor_ids() {
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
pub(super) fn fts_row(incident: &Incident, actors: &HashMap<String, Actor>) -> [String; 5] {
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

pub(super) fn write_fts(
    conn: &Connection,
    pk: i64,
    row: &[String; 5],
    replace: bool,
) -> Result<()> {
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

/// The revision snapshot: the incident and the actors it involved at the time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Snapshot {
    /// The incident as saved.
    pub incident: Incident,
    /// The actors it involved, as they were then.
    pub actors: Vec<Actor>,
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
/// changed since, nothing is saved and [`crate::RecordError::Conflict`] is returned.
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
            problems.push(Problem::new(
                format!("actors[{i}].id"),
                "duplicate",
                "Two actors have the same identifier.",
            ));
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
            return Err(VaultError::Record(crate::RecordError::Conflict));
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

pub(crate) fn import_one(conn: &Connection, incident: Incident, actors: &[Actor]) -> Result<Saved> {
    save_in_tx(conn, incident, actors, None, SaveMode::Import)
}
