//! `verify`: the audit chain, every database page, the records' consistency and every
//! attachment against its SHA-256.

use serde::Serialize;

use super::*;

/// One step of a long operation, for a progress bar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Progress {
    /// What is being done, as a stable code (`database`, `passphrase_key`, …).
    pub step: &'static str,
    /// Steps done so far.
    pub done: u64,
    /// Steps in all.
    pub total: u64,
}

/// What [`Session::verify`] found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VerifyReport {
    /// The audit log check.
    pub audit: ChainReport,
    /// Whether every database page passed SQLCipher's authentication and SQLite's checks.
    pub database_intact: bool,
    /// Database problems found, if any.
    pub database_problems: Vec<String>,
    /// Every attachment re-hashed against its SHA-256.
    pub evidence: crate::evidence::EvidenceReport,
    /// Whether the database is older than when the vault was last used (checked at unlock
    /// against the record kept outside the database; see [`crate::rollback`]).
    pub rollback: crate::rollback::RollbackCheck,
}

impl VerifyReport {
    /// Whether everything checked out.
    pub fn is_ok(&self) -> bool {
        self.audit.is_intact()
            && self.database_intact
            && self.evidence.is_ok()
            && !self.rollback.is_suspect()
    }
}

impl Session {
    /// Checks the audit chain and every database page.
    pub fn verify(&self) -> Result<VerifyReport> {
        self.verify_with_progress(&mut |_| {})
    }

    /// [`Session::verify`], reporting progress while attachments are re-hashed.
    pub fn verify_with_progress(
        &self,
        progress: &mut dyn FnMut(crate::evidence::Progress),
    ) -> Result<VerifyReport> {
        self.check_interrupted()?;
        let conn = self.connection()?;
        let audit = audit::verify_chain(conn)?;
        let mut database_problems = Vec::new();
        {
            let mut stmt = conn.prepare("PRAGMA cipher_integrity_check")?;
            let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
            for row in rows {
                database_problems.push(row?);
            }
        }
        let quick: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if quick != "ok" {
            database_problems.push(quick);
        }
        // The search index's own structure (a damaged index would miss or invent results).
        if let Err(e) = conn.execute(
            "INSERT INTO incident_fts (incident_fts, rank) VALUES ('integrity-check', 0)",
            [],
        ) {
            database_problems.push(format!("the search index is damaged ({e})"));
        }
        database_problems.extend(crate::records::check_consistency(conn)?);
        let mut evidence = crate::evidence::verify(self, progress)?;
        // Files no record refers to are what a write left when it failed half way (found by
        // the I/O-fault torture: a deleted attachment's file that could not be removed). When
        // the database is intact and known to be the latest, they are removed and the removal
        // recorded. Otherwise (an older database put back) they may belong to newer records,
        // and are only reported.
        if !evidence.orphaned.is_empty()
            && database_problems.is_empty()
            && audit.problems.is_empty()
            && !self.rollback.is_suspect()
        {
            let removed = crate::evidence::remove_leftovers(self, &evidence.orphaned)?;
            audit::append(
                conn,
                "leftover_files_removed",
                &serde_json::json!({ "files": removed }),
            )?;
            evidence.orphaned.clear();
        }
        Ok(VerifyReport {
            audit,
            database_intact: database_problems.is_empty(),
            database_problems,
            evidence,
            rollback: self.rollback.clone(),
        })
    }
}
