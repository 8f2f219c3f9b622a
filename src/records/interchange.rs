//! The JSON interchange format: one or many incidents with the actors they involve, their
//! acts, consent, sources and submissions, exactly as stored. Version 1 is described by
//! `docs/interchange.schema.json` (generated from these types; a test keeps it current).
//!
//! Exporting then importing into an empty vault gives back the same records: identifiers,
//! timestamps and every field are kept. Revision history and the short numbers are local to a
//! vault and not part of the format.

use rusqlite::Connection;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::model::{Actor, Incident};
use crate::error::{Result, VaultError};

/// The value of the `format` field.
pub const FORMAT: &str = "tadamun-incidents";
/// The version this build writes and reads.
pub const VERSION: u32 = 1;
/// The largest interchange file accepted, in bytes.
pub const MAX_BYTES: usize = 512 * 1024 * 1024;

/// A file of incidents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    /// Always `tadamun-incidents`.
    pub format: String,
    /// The format version (1).
    pub version: u32,
    /// Every actor the incidents involve or name as a source.
    #[serde(default)]
    pub actors: Vec<Actor>,
    /// The incidents.
    pub incidents: Vec<Incident>,
}

/// The JSON Schema of the format, as published in `docs/interchange.schema.json`.
pub fn json_schema() -> serde_json::Value {
    let mut schema = serde_json::to_value(schemars::schema_for!(Bundle)).unwrap_or_default();
    if let serde_json::Value::Object(map) = &mut schema {
        map.insert(
            "$id".to_owned(),
            serde_json::Value::String(
                "https://tadamun.invalid/schema/interchange-v1.json".to_owned(),
            ),
        );
        map.insert(
            "description".to_owned(),
            serde_json::Value::String(
                "Tadamun incidents interchange format, version 1. A file of incidents with the actors they involve.".to_owned(),
            ),
        );
    }
    schema
}

/// Parses an interchange file, with clear errors for the wrong kind of file.
pub fn parse(bytes: &[u8]) -> Result<Bundle> {
    if bytes.len() > MAX_BYTES {
        return Err(VaultError::InvalidInput(format!(
            "This file is larger than {} MiB, the most Tadamun imports at once. Split it into several files.",
            MAX_BYTES / (1024 * 1024)
        )));
    }
    let head: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
        VaultError::InvalidInput(format!(
            "This is not a valid JSON file (line {}, column {}). Nothing was imported.",
            e.line(),
            e.column()
        ))
    })?;
    match head.get("format").and_then(serde_json::Value::as_str) {
        Some(FORMAT) => {}
        _ => {
            return Err(VaultError::InvalidInput(
                "This JSON file is not a Tadamun incidents file (its \"format\" is not \"tadamun-incidents\"). Nothing was imported.".to_owned(),
            ))
        }
    }
    match head.get("version").and_then(serde_json::Value::as_u64) {
        Some(v) if v == u64::from(VERSION) => {}
        Some(v) => {
            return Err(VaultError::InvalidInput(format!(
                "This file uses version {v} of the format; this version of Tadamun reads version {VERSION}. Update Tadamun. Nothing was imported."
            )))
        }
        None => {
            return Err(VaultError::InvalidInput(
                "This file does not say which version of the format it uses. Nothing was imported.".to_owned(),
            ))
        }
    }
    serde_json::from_value(head).map_err(|e| {
        VaultError::InvalidInput(format!(
            "This file does not match the Tadamun incidents format: {e}. Nothing was imported."
        ))
    })
}

/// The incidents `ids` (all when empty) with their actors, ready to write as JSON.
pub fn export(conn: &Connection, ids: &[String]) -> Result<Bundle> {
    let ids: Vec<String> = if ids.is_empty() {
        let mut stmt = conn.prepare_cached("SELECT id FROM incidents ORDER BY number")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        rows.collect::<std::result::Result<_, _>>()?
    } else {
        ids.to_vec()
    };
    let mut incidents = Vec::new();
    let mut actors: Vec<Actor> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for id in &ids {
        let view = super::get_incident(conn, id)?;
        for a in view.actors {
            if seen.insert(a.id.clone()) {
                actors.push(a);
            }
        }
        incidents.push(view.incident);
    }
    actors.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(Bundle {
        format: FORMAT.to_owned(),
        version: VERSION,
        actors,
        incidents,
    })
}

/// What an import added.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Imported {
    /// The incidents added: identifier and number.
    pub incidents: Vec<super::Saved>,
}

/// Imports a bundle: all of it, or nothing. Incidents must be new to this vault; actors may
/// already exist (they are updated to the file's version). Identifiers and timestamps are kept.
/// Two actors with one identifier are refused; consent is sorted by date, and consent for a
/// person this vault already knew is marked unconfirmed until confirmed here.
pub fn import(conn: &Connection, bundle: Bundle) -> Result<Imported> {
    let tx = conn.unchecked_transaction()?;
    let mut saved = Vec::new();
    let mut all_actors: std::collections::HashMap<String, Actor> = std::collections::HashMap::new();
    for (n, a) in bundle.actors.iter().enumerate() {
        if all_actors.insert(a.id.clone(), a.clone()).is_some() {
            return Err(VaultError::InvalidRecord {
                problems: vec![super::Problem {
                    path: format!("actors[{n}].id"),
                    code: "duplicate".to_owned(),
                    message: "Two actors in this file have the same identifier, so Tadamun cannot tell which one is right. Nothing was imported.".to_owned(),
                }],
            });
        }
    }
    // People this vault already knew before the import.
    let known: std::collections::HashSet<String> = {
        let mut stmt = tx.prepare_cached("SELECT id FROM actors")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        rows.collect::<std::result::Result<_, _>>()?
    };
    for (n, mut incident) in bundle.incidents.into_iter().enumerate() {
        // Consent is read by date; keep the history in date order as well.
        incident.consent.sort_by(|a, b| a.date.cmp(&b.date));
        // A file must not raise the consent of someone this vault documents: what it says
        // about them waits for a confirmation here.
        for c in &mut incident.consent {
            if known.contains(&c.actor_id) {
                c.unconfirmed_import = true;
            }
        }
        let mut wanted: Vec<Actor> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let ids = incident
            .involvements
            .iter()
            .map(|i| &i.actor_id)
            .chain(incident.sources.iter().filter_map(|s| s.actor_id.as_ref()));
        for id in ids {
            if seen.insert(id.clone()) {
                if let Some(a) = all_actors.get(id) {
                    wanted.push(a.clone());
                }
            }
        }
        let result = super::import_one(&tx, incident, &wanted);
        match result {
            Ok(s) => saved.push(s),
            Err(VaultError::InvalidRecord { problems }) => {
                return Err(VaultError::InvalidRecord {
                    problems: problems
                        .into_iter()
                        .map(|mut p| {
                            p.path = format!("incidents[{n}].{}", p.path);
                            p
                        })
                        .collect(),
                })
            }
            Err(e) => return Err(e),
        }
    }
    tx.commit()?;
    Ok(Imported { incidents: saved })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `docs/interchange.schema.json` is generated from the types; regenerate it with
    /// `UPDATE_SCHEMA=1 cargo test --lib committed_schema`.
    #[test]
    fn committed_schema_is_current() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/interchange.schema.json");
        let generated = format!(
            "{}\n",
            serde_json::to_string_pretty(&json_schema()).unwrap()
        );
        if std::env::var_os("UPDATE_SCHEMA").is_some() {
            std::fs::write(&path, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "docs/interchange.schema.json is stale: run UPDATE_SCHEMA=1 cargo test --lib committed_schema"
        );
    }

    #[test]
    fn wrong_format_and_version_are_refused_with_clear_errors() {
        let not_json = parse(b"{not json").unwrap_err().to_string();
        assert!(not_json.contains("not a valid JSON file"), "{not_json}");
        let other = parse(br#"{"format":"uwazi","version":1,"incidents":[]}"#)
            .unwrap_err()
            .to_string();
        assert!(other.contains("not a Tadamun incidents file"), "{other}");
        let newer = parse(br#"{"format":"tadamun-incidents","version":2,"incidents":[]}"#)
            .unwrap_err()
            .to_string();
        assert!(newer.contains("version 2"), "{newer}");
        let typo =
            parse(br#"{"format":"tadamun-incidents","version":1,"incidents":[],"actorz":[]}"#)
                .unwrap_err()
                .to_string();
        assert!(typo.contains("actorz"), "{typo}");
    }
}
