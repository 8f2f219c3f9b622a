//! `tadamun export …`: sanitised, consent-gated submissions, and their preview.

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use clap::{Args, Subcommand};
use tadamun::export::{self, BlockKind, ExportRequest, Format, ReportingPeriod, Submitter};

use crate::common::{print_json, CliError, Ctx};

/// What to export, to whom (shared by `export` and `export preview`).
#[derive(Args, Clone)]
struct Selection {
    /// The recipient profile: ohchr-reprisals, special-procedures, sg-report, legal-team,
    /// public-summary.
    #[arg(long)]
    recipient: Option<String>,
    /// The incidents: `12`, `#12` or identifiers (repeat, or separate with commas).
    #[arg(long = "incident", value_delimiter = ',')]
    incidents: Vec<String>,
    /// Formats, comma-separated: docx, pdf, json, csv, uwazi-csv.
    #[arg(long, value_delimiter = ',', default_value = "docx,pdf")]
    format: Vec<String>,
    /// The report's language: en, fr, es, ar, ru or zh (a recipient's other working languages
    /// are warned about, not refused).
    #[arg(long, default_value = "en")]
    language: String,
    /// A Special Procedures mandate addressed (repeat for several).
    #[arg(long = "mandate")]
    mandates: Vec<String>,
    /// First day of the reporting period (sg-report), YYYY-MM-DD.
    #[arg(long, requires = "period_to")]
    period_from: Option<String>,
    /// Last day of the reporting period (sg-report), YYYY-MM-DD.
    #[arg(long, requires = "period_from")]
    period_to: Option<String>,
    /// Submitter's name (confidential cover sheet only).
    #[arg(long)]
    submitter_name: Option<String>,
    /// Submitter's organisation (cover sheet only).
    #[arg(long)]
    submitter_organisation: Option<String>,
    /// Submitter's secure contact (cover sheet only).
    #[arg(long)]
    submitter_contact: Option<String>,
    /// Submitter's relation to the victim(s) (cover sheet only).
    #[arg(long)]
    submitter_relation: Option<String>,
    /// Give a de-identified person the same pseudonym in every case of the report (by
    /// default each case starts again at "Person A", so a reader cannot link cases).
    #[arg(long)]
    same_pseudonym: bool,
}

/// Sanitised, consent-gated exports for UN mechanisms and legal teams.
#[derive(Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ExportCli {
    #[command(subcommand)]
    command: Option<ExportCommand>,
    #[command(flatten)]
    selection: Selection,
    /// Encrypt every file to this age public key (age1…); repeat for several recipients.
    #[arg(long = "encrypt-to")]
    encrypt_to: Vec<String>,
    /// The folder to write into (created if missing; nothing in it is overwritten).
    #[arg(long)]
    out: Option<PathBuf>,
}

// Parsed once per run; boxing the larger variant would only complicate clap's derive.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand)]
enum ExportCommand {
    /// Print the report as the recipient will read it, what was withheld, and the blockers;
    /// writes nothing.
    Preview(Selection),
    /// List the recipient profiles and what each may receive.
    Recipients,
}

fn request(s: &Selection) -> Result<ExportRequest, CliError> {
    let recipient = s.recipient.clone().ok_or_else(|| {
        CliError::Usage("give --recipient (see `tadamun export recipients`)".to_owned())
    })?;
    if s.incidents.is_empty() {
        return Err(CliError::Usage("give at least one --incident".to_owned()));
    }
    let mut formats = Vec::new();
    for f in &s.format {
        formats.push(Format::from_cli(f).ok_or_else(|| {
            CliError::Usage(format!(
                "unknown format '{f}': use docx, pdf, json, csv or uwazi-csv"
            ))
        })?);
    }
    let submitter = Submitter {
        name: s.submitter_name.clone().unwrap_or_default(),
        organisation: s.submitter_organisation.clone().unwrap_or_default(),
        contact: s.submitter_contact.clone().unwrap_or_default(),
        relation: s.submitter_relation.clone().unwrap_or_default(),
    };
    Ok(ExportRequest {
        recipient,
        incident_ids: s.incidents.clone(),
        formats,
        language: s.language.clone(),
        mandates: s.mandates.clone(),
        reporting_period: match (&s.period_from, &s.period_to) {
            (Some(from), Some(to)) => Some(ReportingPeriod {
                from: from.clone(),
                to: to.clone(),
            }),
            _ => None,
        },
        submitter: (!submitter.is_blank()).then_some(submitter),
        same_pseudonym_across_cases: s.same_pseudonym,
    })
}

/// Runs `tadamun export …`.
pub fn run(ctx: &Ctx, cli: ExportCli) -> Result<(), CliError> {
    let json = ctx.json;
    match cli.command {
        Some(ExportCommand::Recipients) => {
            let profiles = export::profile_summaries()?;
            if json {
                print_json(&serde_json::json!({ "ok": true, "recipients": profiles }));
            } else {
                for p in profiles {
                    println!("{}  {}", p.id, p.name);
                    println!(
                        "    named from consent level {}, pseudonym from level {}; languages {}",
                        p.name_min_level,
                        p.include_min_level,
                        p.languages.join(", ")
                    );
                    println!("    {}", p.about);
                }
            }
            Ok(())
        }
        Some(ExportCommand::Preview(selection)) => {
            let request = request(&selection)?;
            let session = ctx.unlock()?;
            let preview = export::preview(session.connection()?, &request)?;
            if json {
                print_json(&serde_json::json!({ "ok": true, "preview": preview }));
                return Ok(());
            }
            for b in &preview.document {
                match b.kind {
                    BlockKind::Title => println!("{}\n", b.text.to_uppercase()),
                    BlockKind::Heading => println!("\n== {} ==", b.text),
                    BlockKind::Section => println!("\n-- {}", b.text),
                    BlockKind::Subheading => println!("  * {}", b.text),
                    BlockKind::Field => println!("    {}: {}", b.label, b.text),
                    BlockKind::Paragraph => println!("    {}", b.text.replace('\n', "\n    ")),
                    BlockKind::Note => println!("  ({})", b.text),
                }
            }
            if !preview.cover_sheet.is_empty() {
                println!("\n==== Confidential cover sheet (a separate file) ====");
                for b in &preview.cover_sheet {
                    if b.label.is_empty() {
                        println!("  {}", b.text);
                    } else {
                        println!("    {}: {}", b.label, b.text);
                    }
                }
            }
            println!("\n==== Withheld or changed (shown only to you) ====");
            for n in &preview.notes {
                let case = n.case.map(|c| format!("case {c}: ")).unwrap_or_default();
                if n.shown_as.is_empty() {
                    println!("  {case}{}", n.detail);
                } else {
                    println!("  {case}\"{}\" — {}", n.shown_as, n.detail);
                }
            }
            for l in &preview.left_out {
                println!("  left out: #{} {} — {}", l.number, l.title, l.reason);
            }
            for w in &preview.warnings {
                let case = w.case.map(|c| format!("case {c}: ")).unwrap_or_default();
                println!("  warning: {case}{}", w.message);
            }
            println!("\n==== Files that would be written ====");
            for f in &preview.files {
                println!("  {}  — {}", f.name, f.what);
                if !f.contents.is_empty() {
                    println!("      contains: {}", f.contents.join(", "));
                }
            }
            if preview.blockers.is_empty() {
                println!("\nNo blockers: `tadamun export … --out DIR` will write these files.");
                Ok(())
            } else {
                println!("\n==== Blockers: fix these before exporting ====");
                for b in &preview.blockers {
                    let case = b.case.map(|c| format!("case {c}: ")).unwrap_or_default();
                    println!("  {case}{}", b.message);
                }
                Err(CliError::Blocked)
            }
        }
        None => {
            let request = request(&cli.selection)?;
            let out = cli.out.ok_or_else(|| {
                CliError::Usage("give --out DIR (the folder to write into)".to_owned())
            })?;
            // Check the keys before asking for the passphrase.
            export::parse_recipients(&cli.encrypt_to)?;
            let session = ctx.unlock()?;
            let never = AtomicBool::new(false);
            let outcome = export::export(
                &session,
                &request,
                &out,
                &cli.encrypt_to,
                &never,
                &mut |p| {
                    if !json && p.done < p.total {
                        eprintln!("[{}/{}] {}", p.done + 1, p.total, p.stage);
                    }
                },
            )?;
            if json {
                print_json(&serde_json::json!({ "ok": true, "export": outcome }));
            } else {
                println!(
                    "Exported {} case(s) to {}{}:",
                    outcome.cases,
                    outcome.dir,
                    if outcome.encrypted {
                        ", encrypted with age"
                    } else {
                        ""
                    }
                );
                for f in &outcome.files {
                    println!("  {}  {}  ({} bytes)", f.sha256, f.name, f.size);
                }
                println!("The export is recorded on each case as a submission.");
            }
            Ok(())
        }
    }
}
