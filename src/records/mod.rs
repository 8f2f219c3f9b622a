//! Case records: incidents, the actors they involve, revisions, search and editor drafts.
//!
//! This module owns every read and write of the records tables. It saves an incident, its
//! actors, its revision, its search-index entries and its audit entry in one transaction, so
//! they never disagree. It never writes record contents to the audit log, and it never builds
//! SQL from user input (filters choose among fixed clauses; values are bound).

mod actor_model;
mod actors;
mod consent;
mod countries;
mod dates;
mod drafts;
pub mod history;
mod incidents;
pub mod interchange;
pub mod model;
pub mod search;
pub mod text;
pub mod validate;
mod warnings;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::audit;
use crate::error::{Result, VaultError};
use crate::vocab;
pub use actor_model::*;
pub use model::*;
/// The database connection the record functions take (from `Session::connection`).
pub type Connection = rusqlite::Connection;
pub use validate::{Problem, Warning};

pub use actors::{all_actors, get_actor, list_actors, ActorIncident, ActorSummary};
use actors::{
    reindex_incidents_of_actor, remove_orphan_actors, sorted_actors, stored_actor, upsert_actor,
};
pub(crate) use consent::consent_state_from_code;
pub use consent::{consent_state, ConsentState};
pub use drafts::{delete_draft, get_draft, list_drafts, save_draft, Draft};
pub use incidents::{
    delete_incident, delete_incident_and_files, get_incident, resolve_incident, save_incident,
    Deleted, IncidentView, Saved, Snapshot,
};
use incidents::{fts_row, involved_actors, write_fts, SaveMode};
pub(crate) use incidents::{import_one, save_incident_in};

/// A new random identifier (UUID version 4, lower case).
pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

pub(crate) fn parse_json<T: serde::de::DeserializeOwned>(data: &str) -> Result<T> {
    serde_json::from_str(data).map_err(|_| VaultError::DatabaseDamaged)
}

fn to_json<T: Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| VaultError::Database(e.to_string()))
}

fn invalid(problems: Vec<Problem>) -> VaultError {
    VaultError::Record(crate::RecordError::Invalid { problems })
}

/// Runs a statement through the connection's prepared-statement cache (saves are frequent).
fn exec(conn: &Connection, sql: &str, params: impl rusqlite::Params) -> Result<usize> {
    Ok(conn.prepare_cached(sql)?.execute(params)?)
}

fn not_found(id: &str) -> VaultError {
    VaultError::Record(crate::RecordError::NotFound {
        what: format!("incident {id}"),
    })
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
