//! `tadamun`: the command-line interface to a Tadamun vault.
//!
//! One file per noun (`vault`, `vocab`, `incident`, `actor`, `evidence`, `export`, `demo`);
//! what they share (secrets input, unlocking, confirmations, JSON output, errors) is in
//! `common`. Secrets are read from the terminal without echo, or one per line from standard
//! input with `--passphrase-stdin`; never from the command line, where other users and shell
//! history could see them. Exit statuses are declared once, in `tadamun::error::ExitStatus`.

mod actor;
mod common;
mod demo;
mod evidence;
mod export;
mod incident;
mod vault;
mod vocab;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::LazyLock;

use clap::{Parser, Subcommand};
use tadamun::error::ExitStatus;
use tadamun::VaultError;

use common::{CliError, Ctx, Secrets};

static EXIT_CODES: LazyLock<String> = LazyLock::new(ExitStatus::table);

/// Every heap block is wiped as it is freed, so passphrases and decrypted records do not
/// linger in freed memory.
#[global_allocator]
static ALLOCATOR: zeroizing_alloc::ZeroAlloc<std::alloc::System> =
    zeroizing_alloc::ZeroAlloc(std::alloc::System);

/// Offline, encrypted documentation of reprisals against people who act in solidarity.
#[derive(Parser)]
#[command(name = "tadamun", version, after_help = EXIT_CODES.as_str())]
struct Cli {
    /// The vault folder (default: the app's data folder).
    #[arg(long, global = true, env = "TADAMUN_VAULT", value_name = "DIR")]
    vault: Option<PathBuf>,
    /// Print machine-readable JSON on standard output (anywhere on the command line).
    #[arg(long, global = true)]
    json: bool,
    /// Read the passphrase(s) from standard input, one per line, instead of the terminal.
    #[arg(long, global = true)]
    passphrase_stdin: bool,
    #[command(subcommand)]
    command: Command,
}

// Parsed once per run; boxing the larger variants would only complicate clap's derive.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand)]
enum Command {
    /// Create, inspect, re-key or erase the vault.
    #[command(subcommand)]
    Vault(vault::VaultCommand),
    /// The controlled vocabularies (incident types, UN mechanisms, roles…). Needs no vault.
    #[command(subcommand)]
    Vocab(vocab::VocabCommand),
    /// Record, search, show and change incidents.
    #[command(subcommand)]
    Incident(incident::IncidentCommand),
    /// People, organisations, vessels and State bodies recorded in incidents.
    #[command(subcommand)]
    Actor(actor::ActorCommand),
    /// Encrypted attachments: add, list, extract, metadata-free copies, verify.
    #[command(subcommand)]
    Evidence(evidence::EvidenceCommand),
    /// Sanitised, consent-gated submissions for UN mechanisms (and their preview).
    Export(export::ExportCli),
    /// Create a demo vault filled with fictional cases (its passphrase is public).
    Demo,
}

fn main() -> ExitCode {
    tadamun::harden_process();
    tadamun::wipe_freed_c_memory();
    // No internet socket can be made from here on (src/offline.rs). A kernel without seccomp
    // cannot stop one; the CLI has no network code to use one.
    let _ = tadamun::offline::enforce();
    let cli = Cli::parse();
    let json = cli.json;
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let (code, message, status) = e.describe();
            if json {
                let problems = match &e {
                    CliError::Vault(VaultError::Record(tadamun::RecordError::Invalid {
                        problems,
                    })) => serde_json::to_value(problems).unwrap_or_default(),
                    _ => serde_json::Value::Array(Vec::new()),
                };
                // Which refusal it was (`backup_wrong_key`…), for scripts, with its values.
                let detail = match &e {
                    CliError::Vault(v) => v.detail().map(
                        |(code, params)| serde_json::json!({ "code": code, "params": params }),
                    ),
                    _ => None,
                };
                common::print_json(&serde_json::json!({
                    "ok": false,
                    "error": {
                        "code": code,
                        "message": message,
                        "problems": problems,
                        "detail": detail,
                    },
                }));
            } else {
                eprintln!("tadamun: {message}");
            }
            ExitCode::from(status)
        }
    }
}

fn run(cli: Cli) -> Result<(), CliError> {
    if let Command::Vocab(cmd) = cli.command {
        return vocab::run(cli.json, cmd);
    }
    let dir = match cli.vault {
        Some(d) => d,
        None => tadamun::vault::default_location().ok_or_else(|| {
            CliError::Usage("cannot find the app's data folder: give --vault DIR".to_owned())
        })?,
    };
    let ctx = Ctx {
        dir,
        json: cli.json,
        secrets: Secrets {
            from_stdin: cli.passphrase_stdin,
        },
    };
    match cli.command {
        Command::Vault(c) => vault::run(&ctx, c),
        Command::Incident(c) => incident::run(&ctx, c),
        Command::Actor(c) => actor::run(&ctx, c),
        Command::Evidence(c) => evidence::run(&ctx, c),
        Command::Export(c) => export::run(&ctx, c),
        Command::Demo => demo::run(&ctx),
        Command::Vocab(_) => Ok(()),
    }
}
