//! Actors (people, organisations, vessels, State bodies): stored once, shared by the incidents
//! that involve them, and removed when no incident involves them any more.

use std::collections::HashMap;

use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};

use super::*;

pub(super) fn stored_actor(conn: &Connection, id: &str) -> Result<Option<Actor>> {
    let data: Option<String> = conn
        .prepare_cached("SELECT data FROM actors WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?;
    data.map(|d| parse_json(&d)).transpose()
}

/// Upserts one actor; returns its `pk` and whether its searchable text changed.
pub(super) fn upsert_actor(
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
pub(super) fn reindex_incidents_of_actor(
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

/// Removes the actors among `candidates` that no incident involves any more. Returns how many.
pub(super) fn remove_orphan_actors(conn: &Connection, candidates: &[i64]) -> Result<u32> {
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
    let (pk, data) = row.ok_or_else(|| {
        VaultError::Record(crate::RecordError::NotFound {
            what: format!("actor {id}"),
        })
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

pub(super) fn sorted_actors(map: &HashMap<String, Actor>) -> Vec<Actor> {
    let mut v: Vec<Actor> = map.values().cloned().collect();
    v.sort_by(|a, b| a.id.cmp(&b.id));
    v
}
