//! `tadamun`: the command-line interface to a Tadamun vault.
//!
//! Secrets are read from the terminal without echo, or one per line from standard input with
//! `--passphrase-stdin`; never from the command line, where other users and shell history
//! could see them. Exit codes are listed in `tadamun --help` and in the README.

mod cli_evidence;
mod cli_export;
mod cli_records;

use std::io::{BufRead, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use tadamun::keys::{KdfPolicy, RecoveryKey};
use tadamun::secrecy::{ExposeSecret, SecretString};
use tadamun::vault::{self, VaultState};
use tadamun::VaultError;
use zeroize::Zeroizing;

const EXIT_CODES: &str = "\
Exit codes:
  0  success
  1  unexpected error (file system, database)
  2  usage error (unknown command or option)
  3  wrong passphrase or wrong recovery key
  4  no vault in that folder, or a vault already exists there (init)
  5  damaged key file or database
  6  vault made by a newer version of Tadamun
  7  disk full
  8  vault in use by another Tadamun, or its erase was interrupted
  9  invalid input (weak passphrase, malformed recovery key)
 10  cancelled (erase or delete not confirmed)
 11  no such record (incident, revision or actor)
 12  the record changed since it was read
 13  export preview found blockers (listed); nothing can be exported until they are fixed";

/// Offline, encrypted documentation of reprisals against people who act in solidarity.
#[derive(Parser)]
#[command(name = "tadamun", version, after_help = EXIT_CODES)]
struct Cli {
    /// The vault folder (default: the app's data folder).
    #[arg(long, global = true, env = "TADAMUN_VAULT", value_name = "DIR")]
    vault: Option<PathBuf>,
    /// Print machine-readable JSON on standard output (put it before the command).
    #[arg(long)]
    json: bool,
    #[command(subcommand)]
    command: Command,
}

// Parsed once per run; boxing the larger variants would only complicate clap's derive.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand)]
enum Command {
    /// Create, inspect, re-key or erase the vault.
    #[command(subcommand)]
    Vault(VaultCommand),
    /// The controlled vocabularies (incident types, UN mechanisms, roles…). Needs no vault.
    #[command(subcommand)]
    Vocab(VocabCommand),
    /// Record, search, show and change incidents.
    Incident(cli_records::IncidentCli),
    /// People, organisations, vessels and State bodies recorded in incidents.
    Actor(cli_records::ActorCli),
    /// Encrypted attachments: add, list, extract, metadata-free copies, verify.
    Evidence(cli_evidence::EvidenceCli),
    /// Sanitised, consent-gated submissions for UN mechanisms (and their preview).
    Export(cli_export::ExportCli),
    /// Create a demo vault filled with fictional cases (its passphrase is public).
    Demo,
}

#[derive(Subcommand)]
enum VocabCommand {
    /// List the terms: code, source taxonomy (and HURIDOCS code), label.
    List {
        /// Only this vocabulary (incident_type, un_mechanism, role, …); all when omitted.
        #[arg(long)]
        vocabulary: Option<String>,
        /// Label language: en, fr, es or ar.
        #[arg(long, default_value = "en", value_parser = ["en", "fr", "es", "ar"])]
        language: String,
    },
}

#[derive(clap::Args)]
struct SecretInput {
    /// Read the passphrase(s) from standard input, one per line, instead of the terminal.
    #[arg(long)]
    passphrase_stdin: bool,
}

#[derive(Subcommand)]
enum VaultCommand {
    /// Create a new vault and print its recovery key once.
    Init {
        #[command(flatten)]
        input: SecretInput,
    },
    /// Say whether there is a vault, and whether it can be opened (needs no secret).
    Status,
    /// Replace the passphrase (stdin: current, then new). With --recovery-key, a forgotten
    /// passphrase is replaced using the recovery key instead (stdin: recovery key, then new).
    ChangePassphrase {
        #[command(flatten)]
        input: SecretInput,
        /// Use the recovery key instead of the current passphrase.
        #[arg(long)]
        recovery_key: bool,
    },
    /// Make a new data key, re-encrypt the vault with it, and re-wrap it (stdin: passphrase).
    /// With --new-recovery-key, the recovery key is replaced first (the new one is printed once).
    RotateKey {
        #[command(flatten)]
        input: SecretInput,
        /// Also replace the recovery key (when the old one may have been lost or seen).
        #[arg(long)]
        new_recovery_key: bool,
    },
    /// Replace the recovery key (lost, or seen by someone): the old one stops opening this
    /// vault, and the new one is printed once (stdin: passphrase).
    NewRecoveryKey {
        #[command(flatten)]
        input: SecretInput,
    },
    /// Crypto-erase: destroy the keys so the vault can never be opened, then remove it.
    Erase {
        /// Do not ask for typed confirmation.
        #[arg(long)]
        yes: bool,
    },
    /// Check the audit chain and every database page (stdin: passphrase or recovery key).
    Verify {
        #[command(flatten)]
        input: SecretInput,
        /// Unlock with the recovery key instead of the passphrase.
        #[arg(long)]
        recovery_key: bool,
    },
}

/// Where secrets come from.
struct Secrets {
    pub(crate) from_stdin: bool,
}

impl Secrets {
    fn read(&self, prompt: &str) -> Result<SecretString, CliError> {
        if self.from_stdin {
            let mut line = Zeroizing::new(String::new());
            // A passphrase is a line; 4 KiB is far more than any, and bounds what is read.
            let n = std::io::stdin()
                .lock()
                .take(4096)
                .read_line(&mut line)
                .map_err(|_| CliError::Usage("standard input is not readable text".to_owned()))?;
            if n == 0 {
                return Err(CliError::Usage(format!(
                    "expected a line on standard input for: {}",
                    prompt.trim_end_matches(": ")
                )));
            }
            let trimmed = line.trim_end_matches(['\n', '\r']).to_owned();
            Ok(SecretString::from(trimmed))
        } else {
            if !std::io::stdin().is_terminal() {
                return Err(CliError::Usage(
                    "no terminal to ask for the passphrase: use --passphrase-stdin".to_owned(),
                ));
            }
            let text = rpassword::prompt_password(prompt).map_err(VaultError::Io)?;
            Ok(SecretString::from(text))
        }
    }

    fn read_new(&self) -> Result<SecretString, CliError> {
        let first = self.read("New passphrase: ")?;
        let strength = tadamun::passphrase::estimate(first.expose_secret(), &[]);
        if !self.from_stdin {
            eprintln!(
                "Strength: {}/4 (time to guess: {}){}",
                strength.score,
                strength.crack_time,
                strength
                    .warning
                    .as_deref()
                    .map(|w| format!(" — {w}"))
                    .unwrap_or_default()
            );
            let second = self.read("Repeat the new passphrase: ")?;
            if first.expose_secret() != second.expose_secret() {
                return Err(CliError::Vault(VaultError::InvalidInput(
                    "The two passphrases are different. Nothing was changed.".to_owned(),
                )));
            }
        }
        Ok(first)
    }
}

enum CliError {
    Vault(VaultError),
    Usage(String),
    Cancelled,
    /// An export preview found blockers.
    Blocked,
}

impl From<VaultError> for CliError {
    fn from(e: VaultError) -> Self {
        Self::Vault(e)
    }
}

fn exit_code(e: &CliError) -> u8 {
    match e {
        CliError::Usage(_) => 2,
        CliError::Cancelled => 10,
        CliError::Blocked => 13,
        CliError::Vault(v) => match v {
            VaultError::WrongPassphrase | VaultError::WrongRecoveryKey => 3,
            VaultError::NotFound { .. } | VaultError::AlreadyExists { .. } => 4,
            VaultError::KeyFileDamaged { .. } | VaultError::DatabaseDamaged => 5,
            VaultError::NewerFormat { .. } => 6,
            VaultError::DiskFull => 7,
            VaultError::InUse | VaultError::EraseIncomplete => 8,
            VaultError::WeakPassphrase { .. }
            | VaultError::InvalidInput(_)
            | VaultError::InvalidRecord { .. } => 9,
            VaultError::RecordNotFound { .. } => 11,
            VaultError::Cancelled => 10,
            VaultError::EvidenceDamaged { .. } => 5,
            VaultError::NotShareable { .. } => 9,
            VaultError::Conflict => 12,
            VaultError::Io(_) | VaultError::Database(_) => 1,
        },
    }
}

fn main() -> ExitCode {
    tadamun::harden_process();
    let cli = Cli::parse();
    let json = cli.json;
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let (code, message) = match &e {
                CliError::Vault(v) => (v.code(), v.to_string()),
                CliError::Usage(m) => ("usage", m.clone()),
                CliError::Cancelled => ("cancelled", "Cancelled. Nothing was changed.".to_owned()),
                CliError::Blocked => (
                    "blocked",
                    "The export has blockers (listed above); fix them before exporting.".to_owned(),
                ),
            };
            if json {
                let problems = match &e {
                    CliError::Vault(VaultError::InvalidRecord { problems }) => {
                        serde_json::to_value(problems).unwrap_or_default()
                    }
                    _ => serde_json::Value::Array(Vec::new()),
                };
                println!(
                    "{}",
                    serde_json::json!({ "ok": false, "error": { "code": code, "message": message, "problems": problems } })
                );
            } else {
                eprintln!("tadamun: {message}");
            }
            ExitCode::from(exit_code(&e))
        }
    }
}

fn print_json(value: &serde_json::Value) {
    println!("{value}");
}

fn run(cli: Cli) -> Result<(), CliError> {
    if let Command::Vocab(VocabCommand::List {
        vocabulary,
        language,
    }) = &cli.command
    {
        return list_vocabularies(cli.json, vocabulary.as_deref(), language);
    }
    let dir = match cli.vault {
        Some(d) => d,
        None => vault::default_location().ok_or_else(|| {
            CliError::Usage("cannot find the app's data folder: give --vault DIR".to_owned())
        })?,
    };
    let json = cli.json;
    let cmd = match cli.command {
        Command::Vault(cmd) => cmd,
        Command::Incident(c) => return cli_records::run_incident(&dir, json, c),
        Command::Actor(c) => return cli_records::run_actor(&dir, json, c),
        Command::Demo => return cli_records::run_demo(&dir, json),
        Command::Evidence(c) => return cli_evidence::run(&dir, json, c),
        Command::Export(c) => return cli_export::run(&dir, json, c),
        Command::Vocab(_) => return Ok(()),
    };
    match cmd {
        VaultCommand::Init { input } => {
            let secrets = Secrets {
                from_stdin: input.passphrase_stdin,
            };
            let passphrase = secrets.read_new()?;
            // A weak passphrase is refused before the slow measuring, not after it.
            tadamun::passphrase::check_new(passphrase.expose_secret())?;
            if !json {
                eprintln!("Measuring this computer to tune the passphrase protection…");
            }
            let policy = KdfPolicy::calibrated();
            let created = vault::create(&dir, &passphrase, policy)?;
            let key = created.recovery_key.expose_secret_text();
            if json {
                print_json(&serde_json::json!({
                    "ok": true,
                    "location": dir,
                    "kdf_log_n": policy.log_n(),
                    "recovery_key": key.expose_secret(),
                }));
            } else {
                println!("Vault created in {}", dir.display());
                println!(
                    "Passphrase protection: scrypt work factor 2^{}",
                    policy.log_n()
                );
                println!();
                println!("Your recovery key (shown only this once):");
                println!();
                println!("    {}", key.expose_secret());
                println!();
                println!("It opens the vault if you forget the passphrase. Write it down or save");
                println!("it on a USB stick, and keep it apart from this computer.");
            }
            created.session.lock();
        }
        VaultCommand::Status => {
            let info = vault::inspect(&dir)?;
            if json {
                print_json(&serde_json::json!({ "ok": true, "vault": info }));
            } else {
                let state = match info.state {
                    VaultState::Missing => "no vault here",
                    VaultState::Locked => "locked (needs the passphrase or the recovery key)",
                    VaultState::EraseIncomplete => {
                        "being erased — can no longer be opened; run `tadamun vault erase` to finish"
                    }
                };
                println!("Vault:    {}", dir.display());
                println!("State:    {state}");
                if let Some(f) = info.format {
                    println!("Format:   {f}");
                }
                if let Some(n) = info.kdf_log_n {
                    println!("Passphrase protection: scrypt work factor 2^{n}");
                }
                if info.rotation_interrupted {
                    println!("A key rotation was interrupted; the next unlock will complete it.");
                }
            }
        }
        VaultCommand::ChangePassphrase {
            input,
            recovery_key,
        } => {
            let secrets = Secrets {
                from_stdin: input.passphrase_stdin,
            };
            if recovery_key {
                let text = secrets.read("Recovery key: ")?;
                let key = RecoveryKey::parse(text.expose_secret())?;
                let mut session = vault::unlock_with_recovery_key(&dir, &key)?;
                let new = secrets.read_new()?;
                session.reset_passphrase(&new, KdfPolicy::calibrated())?;
            } else {
                let current = secrets.read("Current passphrase: ")?;
                let mut session = vault::unlock_with_passphrase(&dir, &current)?;
                let new = secrets.read_new()?;
                session.change_passphrase(&current, &new, KdfPolicy::calibrated())?;
            }
            report(
                json,
                "Passphrase changed. The old passphrase no longer opens this vault, but it still \
                 opens any copy of the vault made before now (a backup, a copied disk). If it may \
                 have been seen, also run: tadamun vault rotate-key",
            );
        }
        VaultCommand::RotateKey {
            input,
            new_recovery_key,
        } => {
            let secrets = Secrets {
                from_stdin: input.passphrase_stdin,
            };
            let passphrase = secrets.read("Passphrase: ")?;
            let mut session = vault::unlock_with_passphrase(&dir, &passphrase)?;
            // The recovery key first: the rotation then wraps the new data key to it.
            let recovery = if new_recovery_key {
                Some(session.new_recovery_key(&passphrase)?)
            } else {
                None
            };
            let policy = KdfPolicy::calibrated();
            let rotated = session.rotate_key(&passphrase, policy, &mut |p| {
                if !json {
                    eprintln!("[{}/{}] {}", p.done, p.total, p.step);
                }
            });
            if let Some(recovery) = &recovery {
                // Shown even if the rotation failed: the new key is already the one in force.
                show_new_recovery_key(json, recovery, rotated.is_ok());
            }
            rotated?;
            if recovery.is_none() {
                report(
                    json,
                    "The vault now uses a new key. Your passphrase and recovery key still work; \
                     copies of the vault made before now do not open with the new key files.",
                );
            }
        }
        VaultCommand::NewRecoveryKey { input } => {
            let secrets = Secrets {
                from_stdin: input.passphrase_stdin,
            };
            let passphrase = secrets.read("Passphrase: ")?;
            let mut session = vault::unlock_with_passphrase(&dir, &passphrase)?;
            let recovery = session.new_recovery_key(&passphrase)?;
            show_new_recovery_key(json, &recovery, false);
            session.lock();
        }
        VaultCommand::Erase { yes } => {
            let info = vault::inspect(&dir)?;
            if info.state == VaultState::Missing {
                return Err(VaultError::NotFound { path: dir }.into());
            }
            if !yes {
                if !std::io::stdin().is_terminal() {
                    return Err(CliError::Usage(
                        "erase needs typed confirmation on a terminal, or --yes".to_owned(),
                    ));
                }
                eprintln!("This destroys the keys of the vault in {}.", dir.display());
                eprintln!("Nobody, including you, will ever be able to open it again.");
                eprint!("Type ERASE to confirm: ");
                let _ = std::io::stderr().flush();
                let mut line = String::new();
                std::io::stdin()
                    .lock()
                    .read_line(&mut line)
                    .map_err(VaultError::Io)?;
                if line.trim() != "ERASE" {
                    return Err(CliError::Cancelled);
                }
            }
            vault::erase(&dir)?;
            report(json, "The vault was erased. It can never be opened again.");
        }
        VaultCommand::Verify {
            input,
            recovery_key,
        } => {
            let secrets = Secrets {
                from_stdin: input.passphrase_stdin,
            };
            let session = if recovery_key {
                let text = secrets.read("Recovery key: ")?;
                let key = RecoveryKey::parse(text.expose_secret())?;
                vault::unlock_with_recovery_key(&dir, &key)?
            } else {
                let passphrase = secrets.read("Passphrase: ")?;
                vault::unlock_with_passphrase(&dir, &passphrase)?
            };
            let report = session.verify()?;
            let ok = report.is_ok();
            let timings = session.unlock_timings().map(|t| {
                serde_json::json!({
                    "kdf_ms": t.kdf.as_secs_f64() * 1000.0,
                    "after_kdf_ms": t.after_kdf.as_secs_f64() * 1000.0,
                })
            });
            if json {
                print_json(&serde_json::json!({ "ok": ok, "report": report, "unlock": timings }));
            } else {
                if let Some(t) = session.unlock_timings() {
                    println!(
                        "Unlocked in {} ms (key derivation {} ms, opening {} ms)",
                        (t.kdf + t.after_kdf).as_millis(),
                        t.kdf.as_millis(),
                        t.after_kdf.as_millis()
                    );
                }
                println!(
                    "Audit log: {} entries, {}",
                    report.audit.entries,
                    if report.audit.is_intact() {
                        "chain intact"
                    } else {
                        "CHAIN BROKEN"
                    }
                );
                for p in &report.audit.problems {
                    println!("  - {p}");
                }
                println!(
                    "Database:  {}",
                    if report.database_intact {
                        "every page authenticated"
                    } else {
                        "DAMAGED"
                    }
                );
                for p in &report.database_problems {
                    println!("  - {p}");
                }
                let e = &report.evidence;
                println!(
                    "Evidence:  {} attachment file(s), {}",
                    e.checked,
                    if e.is_ok() {
                        "every one matches its SHA-256"
                    } else {
                        "PROBLEMS"
                    }
                );
                for h in &e.missing {
                    println!("  - missing: {h}");
                }
                for h in &e.altered {
                    println!("  - damaged or altered: {h}");
                }
                for f in &e.orphaned {
                    println!("  - stray file: blobs/{f}");
                }
            }
            if !ok {
                return Err(VaultError::DatabaseDamaged.into());
            }
        }
    }
    Ok(())
}

fn list_vocabularies(json: bool, only: Option<&str>, language: &str) -> Result<(), CliError> {
    let all = tadamun::vocab::vocabularies()?;
    let selected: Vec<(&String, &Vec<tadamun::vocab::Term>)> = all
        .vocabularies
        .iter()
        .filter(|(name, _)| only.is_none_or(|o| o == name.as_str()))
        .collect();
    if selected.is_empty() {
        let names: Vec<&str> = all.vocabularies.keys().map(String::as_str).collect();
        return Err(VaultError::InvalidInput(format!(
            "There is no vocabulary called {:?}. Choose one of: {}.",
            only.unwrap_or_default(),
            names.join(", ")
        ))
        .into());
    }
    if json {
        let out: serde_json::Map<String, serde_json::Value> = selected
            .iter()
            .map(|(name, terms)| {
                let terms: Vec<serde_json::Value> = terms
                    .iter()
                    .map(|t| {
                        serde_json::json!({
                            "code": t.code,
                            "group": t.group,
                            "source": t.source,
                            "source_code": t.source_code,
                            "label": t.labels.get(language),
                        })
                    })
                    .collect();
                ((*name).clone(), serde_json::Value::Array(terms))
            })
            .collect();
        print_json(
            &serde_json::json!({ "ok": true, "version": all.version, "language": language, "vocabularies": out }),
        );
    } else {
        for (name, terms) in selected {
            println!("{name}");
            for t in terms {
                let source = match &t.source_code {
                    Some(code) => format!("{}:{code}", t.source),
                    None => t.source.clone(),
                };
                println!("  {:<40} {:<22} {}", t.code, source, t.labels.get(language));
            }
        }
    }
    Ok(())
}

/// Prints a new recovery key once, with what it means.
fn show_new_recovery_key(json: bool, recovery: &RecoveryKey, rotated: bool) {
    let key = recovery.expose_secret_text();
    let note = if rotated {
        "The old recovery key no longer opens this vault, and the vault uses a new key: copies \
         made before now stay locked to the old key files."
    } else {
        "The old recovery key no longer opens this vault. It still opens copies of the vault \
         made before now (a backup, a copied disk); to make them useless too, run: tadamun \
         vault rotate-key"
    };
    if json {
        print_json(&serde_json::json!({
            "ok": true,
            "recovery_key": key.expose_secret(),
            "message": note,
        }));
    } else {
        println!("Your new recovery key (shown only this once):");
        println!();
        println!("    {}", key.expose_secret());
        println!();
        println!("Write it down or save it on a USB stick, and keep it apart from this computer.");
        println!("{note}");
    }
}

fn report(json: bool, message: &str) {
    if json {
        print_json(&serde_json::json!({ "ok": true, "message": message }));
    } else {
        println!("{message}");
    }
}
