//! The hash-chained audit log.
//!
//! Each entry stores the hash of the previous one, so an entry that is altered, removed or
//! inserted afterwards breaks the chain, and [`verify_chain`] finds where. The log records
//! *that* something happened (vault created, passphrase changed, key rotated, incident
//! deleted…), never secret values or the contents of records.

use rusqlite::Connection;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::error::Result;

/// The hash before the first entry.
const GENESIS: [u8; 32] = [0u8; 32];

/// Settings key that remembers the newest entry, so that cutting entries off the end is noticed.
const HEAD_SETTING: &str = "audit_head";

/// One audit log entry as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AuditEntry {
    /// Position in the log, from 1 with no gaps.
    pub seq: i64,
    /// When it happened (UTC, RFC 3339).
    pub at: String,
    /// What happened, as a stable code (`vault_created`, `passphrase_changed`, …).
    pub event: String,
    /// Non-secret details as a JSON object.
    pub detail: String,
}

fn entry_hash(prev: &[u8], seq: i64, at: &str, event: &str, detail: &str) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(b"tadamun audit v1\0");
    h.update(prev);
    h.update(seq.to_be_bytes());
    for field in [at, event, detail] {
        h.update((field.len() as u64).to_be_bytes());
        h.update(field.as_bytes());
    }
    h.finalize().into()
}

/// The current time as RFC 3339 UTC, to the second.
pub(crate) fn now_rfc3339() -> String {
    let now = time::OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    now.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// Appends an entry. Call inside the transaction that makes the change it records, so the
/// change and its entry land together or not at all.
pub fn append(conn: &Connection, event: &str, detail: &serde_json::Value) -> Result<i64> {
    let (prev_seq, prev_hash) = head(conn)?;
    let seq = prev_seq
        .checked_add(1)
        .ok_or_else(|| crate::VaultError::Database("the audit log is full".to_owned()))?;
    let at = now_rfc3339();
    let detail = detail.to_string();
    let hash = entry_hash(&prev_hash, seq, &at, event, &detail);
    conn.execute(
        "INSERT INTO audit_log (seq, at, event, detail, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        (seq, &at, event, &detail, &prev_hash, hash.as_slice()),
    )?;
    crate::store::upsert_setting(conn, HEAD_SETTING, &format!("{seq}:{}", hex::encode(hash)))?;
    Ok(seq)
}

/// The newest entry's number and hash (`0` and the genesis hash for an empty log): the head
/// of the chain, which names the whole history before it.
pub(crate) fn head(conn: &Connection) -> Result<(i64, Vec<u8>)> {
    Ok(conn
        .prepare_cached("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
        .or_else(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Ok((0, GENESIS.to_vec())),
            other => Err(other),
        })?)
}

/// What [`verify_chain`] found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChainReport {
    /// Number of entries read.
    pub entries: u64,
    /// Problems found, in plain words; empty when the chain is intact.
    pub problems: Vec<String>,
}

impl ChainReport {
    /// Whether the chain is intact.
    pub fn is_intact(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Walks the whole log and checks every link, the numbering, and the remembered head.
pub fn verify_chain(conn: &Connection) -> Result<ChainReport> {
    let mut stmt =
        conn.prepare("SELECT seq, at, event, detail, prev_hash, hash FROM audit_log ORDER BY seq")?;
    let mut rows = stmt.query([])?;
    let mut problems = Vec::new();
    let mut expected_prev = GENESIS.to_vec();
    let mut expected_seq = 1i64;
    let mut entries = 0u64;
    let mut last: Option<(i64, Vec<u8>)> = None;
    while let Some(row) = rows.next()? {
        let seq: i64 = row.get(0)?;
        let at: String = row.get(1)?;
        let event: String = row.get(2)?;
        let detail: String = row.get(3)?;
        let prev_hash: Vec<u8> = row.get(4)?;
        let hash: Vec<u8> = row.get(5)?;
        entries += 1;
        if seq != expected_seq {
            problems.push(format!(
                "entry {expected_seq} is missing (found {seq} instead)"
            ));
        }
        if prev_hash != expected_prev {
            problems.push(format!("entry {seq} does not follow the entry before it"));
        }
        if entry_hash(&prev_hash, seq, &at, &event, &detail).as_slice() != hash.as_slice() {
            problems.push(format!(
                "entry {seq} ({event}) was altered after it was written"
            ));
        }
        expected_prev = hash.clone();
        expected_seq = seq.saturating_add(1);
        last = Some((seq, hash));
    }
    let head = crate::store::get_setting(conn, HEAD_SETTING)?;
    match (head, last) {
        (None, None) => {}
        (Some(head), Some((seq, hash))) => {
            if head != format!("{seq}:{}", hex::encode(hash)) {
                problems.push("the newest entries of the log were removed or replaced".to_owned());
            }
        }
        (Some(_), None) => problems.push("the log was emptied".to_owned()),
        (None, Some(_)) => problems.push("the log's head marker is missing".to_owned()),
    }
    Ok(ChainReport { entries, problems })
}

/// The newest entries first, for display.
pub fn list_recent(conn: &Connection, limit: u32) -> Result<Vec<AuditEntry>> {
    let mut stmt =
        conn.prepare("SELECT seq, at, event, detail FROM audit_log ORDER BY seq DESC LIMIT ?1")?;
    let rows = stmt.query_map([limit], |r| {
        Ok(AuditEntry {
            seq: r.get(0)?,
            at: r.get(1)?,
            event: r.get(2)?,
            detail: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
