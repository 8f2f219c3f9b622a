//! `tadamun evidence …`: attachments from the command line.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use clap::Subcommand;
use tadamun::evidence::{self, Attachment};
use tadamun::records;
use tadamun::VaultError;

use crate::common::{print_json, CliError, Ctx};

#[derive(Subcommand)]
pub enum EvidenceCommand {
    /// Attach files to an incident (each read once, hashed and encrypted; progress on stderr).
    Add {
        /// The incident: `12`, `#12` or its identifier.
        #[arg(long)]
        incident: String,
        /// Who is importing (kept with each attachment).
        #[arg(long, default_value = "")]
        by: String,
        /// The files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Once each file is attached, remove the original from this computer (overwritten,
        /// then deleted) with the desktop's thumbnails of it.
        #[arg(long)]
        remove_originals: bool,
    },
    /// List an incident's attachments.
    List {
        /// The incident: `12`, `#12` or its identifier.
        #[arg(long)]
        incident: String,
    },
    /// Show one attachment's details (hash, type, capture metadata).
    Show {
        /// The attachment's identifier.
        id: String,
    },
    /// Change an attachment's description or whether it may be shared.
    Edit {
        /// The attachment's identifier.
        id: String,
        /// What it shows.
        #[arg(long)]
        description: Option<String>,
        /// Whether it may leave the vault in a sanitised export.
        #[arg(long)]
        shareable: Option<bool>,
    },
    /// Write a decrypted copy, exactly as imported (metadata included), to a file.
    Extract {
        /// The attachment's identifier.
        id: String,
        /// Where to write it.
        #[arg(long)]
        out: PathBuf,
    },
    /// Write the metadata-free copy that may leave the device (images only).
    SanitisedCopy {
        /// The attachment's identifier.
        id: String,
        /// Where to write it.
        #[arg(long)]
        out: PathBuf,
    },
    /// Re-hash every attachment against the SHA-256 taken at import.
    Verify,
}

fn describe(a: &Attachment) {
    println!("{}  {}", a.id, a.original_name);
    println!("  type {}   size {} bytes", a.media_type, a.size);
    println!("  SHA-256 {}", a.sha256);
    println!(
        "  imported {}{}   shareable: {}",
        a.imported_at,
        if a.imported_by.is_empty() {
            String::new()
        } else {
            format!(" by {}", a.imported_by)
        },
        if a.shareable { "yes" } else { "no" }
    );
    let m = &a.metadata;
    if let Some(t) = &m.taken_at {
        println!("  taken {t}");
    }
    if let (Some(lat), Some(lon)) = (m.latitude, m.longitude) {
        println!("  place in its metadata: {lat:.5}, {lon:.5}");
    }
    if let Some(d) = &m.device {
        println!("  device {d}");
    }
    if !a.description.is_empty() {
        println!("  {}", a.description);
    }
}

fn refuse_overwrite(out: &Path) -> Result<(), CliError> {
    if out.exists() {
        return Err(VaultError::InvalidInput(format!(
            "{} already exists. Choose another name; nothing was written.",
            out.display()
        ))
        .into());
    }
    Ok(())
}

/// Runs an `evidence` command.
pub fn run(ctx: &Ctx, cmd: EvidenceCommand) -> Result<(), CliError> {
    let json = ctx.json;
    let session = ctx.unlock()?;
    let conn = session.connection()?;
    match cmd {
        EvidenceCommand::Add {
            incident,
            by,
            files,
            remove_originals,
        } => {
            let incident = records::resolve_incident(conn, &incident)?;
            let never = AtomicBool::new(false);
            let mut results = Vec::new();
            for file in &files {
                let started = std::time::Instant::now();
                let mut last = 0u64;
                let name = file.display().to_string();
                let imported =
                    evidence::import_file(&session, &incident, file, &by, &never, &mut |p| {
                        // A line per 64 MiB is enough on a terminal or in a log.
                        if p.done - last >= 64 * 1024 * 1024 || p.done == p.total {
                            last = p.done;
                            let secs = started.elapsed().as_secs_f64().max(0.001);
                            let rate = p.done as f64 / secs;
                            let eta = if rate > 0.0 {
                                (p.total.saturating_sub(p.done)) as f64 / rate
                            } else {
                                0.0
                            };
                            eprintln!(
                                "{name}: {} / {} MiB ({:.0} MiB/s, about {:.0} s left)",
                                p.done / (1024 * 1024),
                                p.total / (1024 * 1024),
                                rate / (1024.0 * 1024.0),
                                eta
                            );
                        }
                    })?;
                if !json {
                    let note = if imported.already_attached {
                        " (already attached to this incident)"
                    } else if imported.duplicate_content {
                        " (same content as a file already in the vault: stored once)"
                    } else {
                        ""
                    };
                    println!(
                        "Attached {} — SHA-256 {}{note}",
                        imported.attachment.original_name, imported.attachment.sha256
                    );
                }
                if remove_originals {
                    let cache = evidence::originals::default_thumbnail_cache();
                    let removed = evidence::originals::remove_original(file, cache.as_deref())?;
                    if !json {
                        println!(
                            "Removed the original {name} ({} thumbnail(s) of it too)",
                            removed.thumbnails_removed
                        );
                    }
                }
                results.push(imported);
            }
            if json {
                print_json(&serde_json::json!({ "ok": true, "imported": results }));
            }
            if !remove_originals {
                eprintln!(
                    "The originals are still on this computer, where anyone who opens it can find \
                     them. To remove them as they are attached, add --remove-originals."
                );
            }
        }
        EvidenceCommand::List { incident } => {
            let incident = records::resolve_incident(conn, &incident)?;
            let list = evidence::list_attachments(conn, &incident)?;
            if json {
                print_json(&serde_json::json!({ "ok": true, "attachments": list }));
            } else if list.is_empty() {
                println!("No attachments.");
            } else {
                for a in &list {
                    describe(a);
                }
            }
        }
        EvidenceCommand::Show { id } => {
            let a = evidence::get_attachment(conn, &id)?;
            if json {
                print_json(&serde_json::json!({ "ok": true, "attachment": a }));
            } else {
                describe(&a);
            }
        }
        EvidenceCommand::Edit {
            id,
            description,
            shareable,
        } => {
            let a = evidence::get_attachment(conn, &id)?;
            let a = evidence::update_attachment(
                conn,
                &id,
                description.as_deref().unwrap_or(&a.description),
                shareable.unwrap_or(a.shareable),
            )?;
            if json {
                print_json(&serde_json::json!({ "ok": true, "attachment": a }));
            } else {
                describe(&a);
            }
        }
        EvidenceCommand::Extract { id, out } => {
            refuse_overwrite(&out)?;
            let a = evidence::extract(&session, &id, &out)?;
            if json {
                print_json(&serde_json::json!({ "ok": true, "out": out, "sha256": a.sha256 }));
            } else {
                println!(
                    "Wrote a decrypted copy to {} (SHA-256 checked: {}).",
                    out.display(),
                    a.sha256
                );
                println!("It is NOT encrypted and keeps all its metadata: delete it when done.");
            }
        }
        EvidenceCommand::SanitisedCopy { id, out } => {
            refuse_overwrite(&out)?;
            evidence::sanitised_copy(&session, &id, &out)?;
            if json {
                print_json(&serde_json::json!({ "ok": true, "out": out }));
            } else {
                println!("Wrote a metadata-free copy to {}.", out.display());
            }
        }
        EvidenceCommand::Verify => {
            let report = evidence::verify(&session, &mut |_| {})?;
            let ok = report.is_ok();
            if json {
                print_json(&serde_json::json!({ "ok": ok, "report": report }));
            } else {
                println!(
                    "{} attachment file(s) checked, {} MiB re-hashed.",
                    report.checked,
                    report.bytes / (1024 * 1024)
                );
                for h in &report.missing {
                    println!("  MISSING  {h}");
                }
                for h in &report.altered {
                    println!("  ALTERED  {h}");
                }
                for f in &report.orphaned {
                    println!("  STRAY    blobs/{f}");
                }
                if ok {
                    println!("Every attachment matches the hash taken at import.");
                }
            }
            if !ok {
                return Err(VaultError::Evidence(tadamun::EvidenceError::Damaged {
                    what: "see the report above".to_owned(),
                })
                .into());
            }
        }
    }
    session.lock();
    Ok(())
}
