//! Revisions: every save of an incident is kept whole, can be read back and compared.

use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{parse_json, Snapshot};
use crate::error::{Result, VaultError};

/// One saved revision, as the history list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Revision {
    /// 1 for the first save.
    pub revision: u32,
    /// When it was saved (RFC 3339, UTC).
    pub saved_at: String,
    /// The title it had then.
    pub title: String,
}

fn incident_pk(conn: &Connection, id: &str) -> Result<i64> {
    conn.prepare_cached("SELECT pk FROM incidents WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| {
            VaultError::Record(crate::RecordError::NotFound {
                what: format!("incident {id}"),
            })
        })
}

/// Every revision of an incident, newest first.
pub fn list_revisions(conn: &Connection, id: &str) -> Result<Vec<Revision>> {
    let pk = incident_pk(conn, id)?;
    let mut stmt = conn.prepare_cached(
        "SELECT revision, saved_at, json_extract(data, '$.incident.title')
         FROM incident_revisions WHERE incident_pk = ?1 ORDER BY revision DESC",
    )?;
    let rows = stmt.query_map([pk], |r| {
        Ok(Revision {
            revision: r.get(0)?,
            saved_at: r.get(1)?,
            title: r.get::<_, Option<String>>(2)?.unwrap_or_default(),
        })
    })?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

/// One revision, whole.
pub fn get_revision(conn: &Connection, id: &str, revision: u32) -> Result<Snapshot> {
    let pk = incident_pk(conn, id)?;
    let data: String = conn
        .prepare_cached(
            "SELECT data FROM incident_revisions WHERE incident_pk = ?1 AND revision = ?2",
        )?
        .query_row((pk, revision), |r| r.get(0))
        .optional()?
        .ok_or_else(|| {
            VaultError::Record(crate::RecordError::NotFound {
                what: format!("revision {revision} of incident {id}"),
            })
        })?;
    parse_json(&data)
}

/// One field that differs between two revisions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Change {
    /// Where: `incident.title`, `incident.acts[0].case_number`, `actors[<id>].name`.
    pub path: String,
    /// The value in the older revision (absent when the field was added).
    pub before: Option<String>,
    /// The value in the newer revision (absent when the field was removed).
    pub after: Option<String>,
}

fn flatten(prefix: &str, value: &Value, out: &mut BTreeMap<String, String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                flatten(&format!("{prefix}.{k}"), v, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                flatten(&format!("{prefix}[{i}]"), v, out);
            }
        }
        Value::Null => {}
        Value::String(s) if s.is_empty() => {}
        Value::String(s) => {
            out.insert(prefix.to_owned(), s.clone());
        }
        other => {
            out.insert(prefix.to_owned(), other.to_string());
        }
    }
}

/// Flattens a snapshot into `path → value`, with actors keyed by id so that reordering them
/// is not a change. Timestamps that every save changes are left out.
fn flat(snapshot: &Snapshot) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    let mut incident = serde_json::to_value(&snapshot.incident)
        .map_err(|e| VaultError::Database(e.to_string()))?;
    if let Value::Object(map) = &mut incident {
        map.remove("updated_at");
    }
    flatten("incident", &incident, &mut out);
    for actor in &snapshot.actors {
        let mut v = serde_json::to_value(actor).map_err(|e| VaultError::Database(e.to_string()))?;
        if let Value::Object(map) = &mut v {
            map.remove("updated_at");
            map.remove("id");
        }
        flatten(&format!("actors[{}]", actor.id), &v, &mut out);
    }
    Ok(out)
}

/// What changed between two snapshots, field by field.
pub fn diff(older: &Snapshot, newer: &Snapshot) -> Result<Vec<Change>> {
    let a = flat(older)?;
    let b = flat(newer)?;
    let mut changes = Vec::new();
    for (path, before) in &a {
        match b.get(path) {
            Some(after) if after == before => {}
            after => changes.push(Change {
                path: path.clone(),
                before: Some(before.clone()),
                after: after.cloned(),
            }),
        }
    }
    for (path, after) in &b {
        if !a.contains_key(path) {
            changes.push(Change {
                path: path.clone(),
                before: None,
                after: Some(after.clone()),
            });
        }
    }
    changes.sort_by(|x, y| x.path.cmp(&y.path));
    Ok(changes)
}

/// What changed between two revisions of an incident.
pub fn compare(conn: &Connection, id: &str, older: u32, newer: u32) -> Result<Vec<Change>> {
    diff(
        &get_revision(conn, id, older)?,
        &get_revision(conn, id, newer)?,
    )
}
