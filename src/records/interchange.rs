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

use super::{Actor, Incident};
use crate::error::{Result, VaultError};

/// The value of the `format` field.
pub const FORMAT: &str = "tadamun-incidents";
/// The version this build writes and reads.
pub const VERSION: u32 = 1;
/// The largest interchange file accepted, in bytes.
pub const MAX_BYTES: usize = 512 * 1024 * 1024;
/// The most incidents one file may hold.
pub const MAX_INCIDENTS: usize = 100_000;
/// The most actors one file may hold.
pub const MAX_ACTORS: usize = 200_000;

/// Reads a list, refusing it as soon as it holds more than `N` entries: a hostile file of
/// millions of tiny entries must not fill the memory before validation can refuse it.
pub(crate) fn capped<'de, D, T, const N: usize>(
    deserializer: D,
) -> std::result::Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct Visitor<T, const N: usize>(std::marker::PhantomData<T>);
    impl<'de, T: Deserialize<'de>, const N: usize> serde::de::Visitor<'de> for Visitor<T, N> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "a list of at most {N} entries")
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(
            self,
            mut seq: A,
        ) -> std::result::Result<Vec<T>, A::Error> {
            let mut out = Vec::new();
            while let Some(item) = seq.next_element()? {
                if out.len() == N {
                    return Err(serde::de::Error::custom(format!(
                        "more than {N} entries in one list; split the file"
                    )));
                }
                out.push(item);
            }
            Ok(out)
        }
    }
    deserializer.deserialize_seq(Visitor::<T, N>(std::marker::PhantomData))
}

/// Just enough of a file to tell what it is, read without keeping the rest.
#[derive(Deserialize)]
struct Head {
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    version: Option<serde_json::Value>,
}

/// A file of incidents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    /// Always `tadamun-incidents`.
    pub format: String,
    /// The format version (1).
    pub version: u32,
    /// Every actor the incidents involve or name as a source (at most 200,000 in one file).
    #[serde(default, deserialize_with = "capped::<_, _, MAX_ACTORS>")]
    pub actors: Vec<Actor>,
    /// The incidents (at most 100,000 in one file).
    #[serde(deserialize_with = "capped::<_, _, MAX_INCIDENTS>")]
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
    // The head first, without building a tree of the whole file (a 64 MiB file of small
    // values made a tree of 800 MB), then the file straight into the types.
    let head: Head = serde_json::from_slice(bytes).map_err(|e| {
        VaultError::InvalidInput(format!(
            "This is not a valid JSON file (line {}, column {}). Nothing was imported.",
            e.line(),
            e.column()
        ))
    })?;
    if head.format.as_deref() != Some(FORMAT) {
        return Err(VaultError::InvalidInput(
            "This JSON file is not a Tadamun incidents file (its \"format\" is not \"tadamun-incidents\"). Nothing was imported.".to_owned(),
        ));
    }
    match head.version.as_ref().and_then(serde_json::Value::as_u64) {
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
    serde_json::from_slice(bytes).map_err(|e| {
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
            return Err(VaultError::Record(crate::RecordError::Invalid {
                problems: vec![super::Problem {
                    path: format!("actors[{n}].id"),
                    code: "duplicate".to_owned(),
                    message: "Two actors in this file have the same identifier, so Tadamun cannot tell which one is right. Nothing was imported.".to_owned(),
                    params: std::collections::BTreeMap::new(),
                }],
            }));
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
        for id in incident.actor_ids() {
            if seen.insert(id.clone()) {
                if let Some(a) = all_actors.get(id) {
                    wanted.push(a.clone());
                }
            }
        }
        let result = super::import_one(&tx, incident, &wanted);
        match result {
            Ok(s) => saved.push(s),
            Err(VaultError::Record(crate::RecordError::Invalid { problems })) => {
                return Err(VaultError::Record(crate::RecordError::Invalid {
                    problems: problems
                        .into_iter()
                        .map(|mut p| {
                            p.path = format!("incidents[{n}].{}", p.path);
                            p
                        })
                        .collect(),
                }))
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
    fn a_file_of_too_many_entries_is_refused_while_it_is_read() {
        let actor = r#"{"id":"a","kind":"person","name":"n"}"#;
        let mut file = String::from(r#"{"format":"tadamun-incidents","version":1,"actors":["#);
        for i in 0..=MAX_ACTORS {
            if i > 0 {
                file.push(',');
            }
            file.push_str(actor);
        }
        file.push_str(r#"],"incidents":[]}"#);
        let err = parse(file.as_bytes()).unwrap_err().to_string();
        assert!(err.contains("more than 200000 entries"), "{err}");
        // One fewer is read (and would then be checked like any file).
        let at_cap = file.replacen(&format!("{actor},"), "", 1);
        assert_eq!(
            parse(at_cap.as_bytes()).map(|b| b.actors.len()).ok(),
            Some(MAX_ACTORS)
        );
    }

    #[test]
    fn a_list_inside_a_record_longer_than_any_record_may_have_is_refused_while_read() {
        let tags = vec!["\"t\""; crate::records::validate::MAX_ITEMS + 1].join(",");
        let file = format!(
            r#"{{"format":"tadamun-incidents","version":1,"incidents":[{{"id":"i","title":"t","tags":[{tags}]}}]}}"#
        );
        let err = parse(file.as_bytes()).unwrap_err().to_string();
        assert!(err.contains("more than 1000 entries"), "{err}");
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
