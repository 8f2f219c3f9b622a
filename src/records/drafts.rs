//! Drafts: unsaved editor state, kept encrypted in the vault so that a crash or a lock loses
//! no typing.

use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};

use super::*;

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
