//! `tadamun vault …`: create, inspect, re-key, verify and erase the vault.

use std::path::PathBuf;

use clap::Subcommand;
use tadamun::keys::{KdfPolicy, RecoveryKey};
use tadamun::rollback::RollbackCheck;
use tadamun::secrecy::ExposeSecret;
use tadamun::vault::{self, VaultState};
use tadamun::VaultError;

use crate::common::{confirm_typed, print_json, CliError, Ctx};

#[derive(Subcommand, Clone)]
pub enum VaultCommand {
    /// Create a new vault and print its recovery key once.
    Init,
    /// Say whether there is a vault, and whether it can be opened (needs no secret).
    Status,
    /// Replace the passphrase (stdin: current, then new). With --recovery-key, a forgotten
    /// passphrase is replaced using the recovery key instead (stdin: recovery key, then new).
    ChangePassphrase {
        /// Use the recovery key instead of the current passphrase.
        #[arg(long)]
        recovery_key: bool,
    },
    /// Make a new data key, re-encrypt the vault with it, and re-wrap it (stdin: passphrase).
    /// With --new-recovery-key, the recovery key is replaced first (the new one is printed once).
    RotateKey {
        /// Also replace the recovery key (when the old one may have been lost or seen).
        #[arg(long)]
        new_recovery_key: bool,
    },
    /// Print a new passphrase of random words (seven or more, 77 bits or more) to use for
    /// `init` or `change-passphrase`. Needs no vault.
    SuggestPassphrase {
        /// The language of the words (one of the six UN languages).
        #[arg(long, value_enum, default_value_t = WordsIn::En)]
        language: WordsIn,
    },
    /// Replace the recovery key (lost, or seen by someone): the old one stops opening this
    /// vault, and the new one is printed once (stdin: passphrase).
    NewRecoveryKey,
    /// Crypto-erase: destroy the keys so the vault can never be opened, then remove it.
    Erase {
        /// Do not ask for typed confirmation.
        #[arg(long)]
        yes: bool,
    },
    /// Write a backup of the whole vault (records, history, attachments, audit log) to one
    /// file, encrypted to the recovery key: it opens on another computer with the recovery key
    /// alone (stdin: passphrase).
    Backup {
        /// The backup file to write (suggested ending: .tadamun-backup).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Replace FILE if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Make the vault in --vault from a backup, with a new passphrase (stdin: the recovery
    /// key the vault had when the backup was made, then the new passphrase).
    Restore {
        /// The backup file.
        file: PathBuf,
    },
    /// Check a backup without changing anything: restore it into a temporary folder beside the
    /// vault folder, run every check of `verify`, and remove it again (stdin: recovery key).
    VerifyBackup {
        /// The backup file.
        file: PathBuf,
    },
    /// Check the audit chain and every database page (stdin: passphrase or recovery key).
    Verify {
        /// Unlock with the recovery key instead of the passphrase.
        #[arg(long)]
        recovery_key: bool,
    },
}

/// The languages of the word lists for suggested passphrases.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum WordsIn {
    /// English.
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Chinese (simplified).
    Zh,
    /// Arabic (English words until an Arabic list exists).
    Ar,
    /// Russian (English words until a Russian list exists).
    Ru,
}

/// Runs a `vault` command.
pub fn run(ctx: &Ctx, cmd: VaultCommand) -> Result<(), CliError> {
    match cmd {
        VaultCommand::Init => {
            let passphrase = ctx.secrets.read_new()?;
            // A weak passphrase is refused before the slow measuring, not after it.
            tadamun::passphrase::check_new(passphrase.expose_secret())?;
            if !ctx.json {
                eprintln!("Measuring this computer to tune the passphrase protection…");
            }
            let policy = KdfPolicy::calibrated();
            let created = vault::create(&ctx.dir, &passphrase, policy)?;
            let key = created.recovery_key.expose_secret_text();
            if ctx.json {
                print_json(&serde_json::json!({
                    "ok": true,
                    "location": ctx.dir,
                    "kdf_log_n": policy.log_n(),
                    "recovery_key": key.expose_secret(),
                }));
            } else {
                println!("Vault created in {}", ctx.dir.display());
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
            let info = vault::inspect(&ctx.dir)?;
            if ctx.json {
                print_json(&serde_json::json!({ "ok": true, "vault": info }));
            } else {
                let state = match info.state {
                    VaultState::Missing => "no vault here",
                    VaultState::Locked => "locked (needs the passphrase or the recovery key)",
                    VaultState::EraseIncomplete => {
                        "being erased — can no longer be opened; run `tadamun vault erase` to finish"
                    }
                };
                println!("Vault:    {}", ctx.dir.display());
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
        VaultCommand::ChangePassphrase { recovery_key } => {
            if recovery_key {
                let mut session = ctx.unlock_with_recovery_key()?;
                let new = ctx.secrets.read_new()?;
                session.reset_passphrase(&new, KdfPolicy::calibrated())?;
            } else {
                let (mut session, current) =
                    ctx.unlock_keeping_passphrase("Current passphrase: ")?;
                let new = ctx.secrets.read_new()?;
                session.change_passphrase(&current, &new, KdfPolicy::calibrated())?;
            }
            ctx.report(
                "Passphrase changed. The old passphrase no longer opens this vault, but it still \
                 opens any copy of the vault made before now (a backup, a copied disk). If it may \
                 have been seen, also run: tadamun vault rotate-key",
            );
        }
        VaultCommand::RotateKey { new_recovery_key } => {
            let (mut session, passphrase) = ctx.unlock_keeping_passphrase("Passphrase: ")?;
            // The recovery key first: the rotation then wraps the new data key to it.
            let recovery = if new_recovery_key {
                Some(session.new_recovery_key(&passphrase)?)
            } else {
                None
            };
            let policy = KdfPolicy::calibrated();
            let rotated = session.rotate_key(&passphrase, policy, &mut |p| {
                if !ctx.json {
                    eprintln!("[{}/{}] {}", p.done, p.total, p.step);
                }
            });
            if let Some(recovery) = &recovery {
                // Shown even if the rotation failed: the new key is already the one in force.
                show_new_recovery_key(ctx, recovery, rotated.is_ok());
            }
            rotated?;
            if recovery.is_none() {
                ctx.report(
                    "The vault now uses a new key. Your passphrase and recovery key still work; \
                     copies of the vault made before now do not open with the new key files.",
                );
            }
        }
        VaultCommand::SuggestPassphrase { language } => {
            // The value's command-line name is the language code (`en`, `fr`…).
            let code = clap::ValueEnum::to_possible_value(&language)
                .map(|v| v.get_name().to_owned())
                .unwrap_or_default();
            let suggested = tadamun::passphrase::generate(&code);
            if ctx.json {
                print_json(
                    &serde_json::json!({ "ok": true, "passphrase": suggested.expose_secret() }),
                );
            } else {
                println!("{}", suggested.expose_secret());
                eprintln!(
                    "Random words: learn them by heart or write them down, and keep them apart from \
                     this computer. Nobody, including Tadamun, can recover them."
                );
            }
        }
        VaultCommand::NewRecoveryKey => {
            let (mut session, passphrase) = ctx.unlock_keeping_passphrase("Passphrase: ")?;
            let recovery = session.new_recovery_key(&passphrase)?;
            show_new_recovery_key(ctx, &recovery, false);
            session.lock();
        }
        VaultCommand::Erase { yes } => {
            let info = vault::inspect(&ctx.dir)?;
            if info.state == VaultState::Missing {
                return Err(VaultError::NotFound {
                    path: ctx.dir.clone(),
                }
                .into());
            }
            if !yes {
                confirm_typed(
                    "erase",
                    &[
                        format!(
                            "This destroys the keys of the vault in {}.",
                            ctx.dir.display()
                        ),
                        "Nobody, including you, will ever be able to open it again.".to_owned(),
                    ],
                    "ERASE",
                    "ERASE",
                )?;
            }
            vault::erase(&ctx.dir)?;
            ctx.report("The vault was erased. It can never be opened again.");
        }
        VaultCommand::Backup { out, force } => {
            let session = ctx.unlock()?;
            let mut shown = Percent::new(ctx, "Writing the backup");
            let manifest = session.backup(&out, force, &mut |p| shown.show(p.done, p.total))?;
            shown.end();
            if ctx.json {
                print_json(&serde_json::json!({
                    "ok": true,
                    "file": out,
                    "backup": manifest,
                }));
            } else {
                println!(
                    "Backup written to {}: {} incident(s), {} attachment(s).",
                    out.display(),
                    manifest.incidents,
                    manifest.attachments
                );
                println!(
                    "It opens only with your recovery key. Keep it apart from this computer, and \
                     check it with: tadamun vault verify-backup FILE"
                );
            }
            session.lock();
        }
        VaultCommand::Restore { file } => {
            let text = ctx.secrets.read("Recovery key: ")?;
            let key = RecoveryKey::parse(text.expose_secret())?;
            let passphrase = ctx.secrets.read_new()?;
            // A weak passphrase is refused before the measuring, not after it.
            tadamun::passphrase::check_new(passphrase.expose_secret())?;
            if !ctx.json {
                eprintln!("Measuring this computer to tune the passphrase protection…");
            }
            let policy = KdfPolicy::calibrated();
            let mut shown = Percent::new(ctx, "Restoring");
            let (session, manifest) =
                vault::restore(&file, &ctx.dir, &key, &passphrase, policy, &mut |p| {
                    shown.show(p.done, p.total);
                })?;
            shown.end();
            if ctx.json {
                print_json(&serde_json::json!({
                    "ok": true,
                    "location": ctx.dir,
                    "backup": manifest,
                }));
            } else {
                println!(
                    "Restored into {}: {} incident(s), {} attachment(s), from the backup made {}.",
                    ctx.dir.display(),
                    manifest.incidents,
                    manifest.attachments,
                    manifest.made_at
                );
                println!("Every check passed. It opens with your new passphrase; the recovery key still works.");
            }
            session.lock();
        }
        VaultCommand::VerifyBackup { file } => {
            let text = ctx.secrets.read("Recovery key: ")?;
            let key = RecoveryKey::parse(text.expose_secret())?;
            let work = ctx
                .dir
                .parent()
                .map(std::path::Path::to_path_buf)
                .unwrap_or_else(std::env::temp_dir);
            let mut shown = Percent::new(ctx, "Checking");
            let check = vault::verify_backup(&file, &work, &key, &mut |p| {
                shown.show(p.done, p.total);
            })?;
            shown.end();
            if ctx.json {
                print_json(&serde_json::json!({ "ok": true, "check": check }));
            } else {
                let m = &check.manifest;
                println!(
                    "The backup is complete and intact: made {} by Tadamun {}, {} incident(s), {} \
                     attachment(s) ({} checked against their SHA-256), audit log of {} entries.",
                    m.made_at,
                    m.app_version,
                    m.incidents,
                    m.attachments,
                    check.report.evidence.checked,
                    check.report.audit.entries
                );
            }
        }
        VaultCommand::Verify { recovery_key } => {
            let session = if recovery_key {
                ctx.unlock_with_recovery_key()?
            } else {
                ctx.unlock()?
            };
            let report = session.verify()?;
            let ok = report.is_ok();
            let timings = session.unlock_timings().map(|t| {
                serde_json::json!({
                    "kdf_ms": t.kdf.as_secs_f64() * 1000.0,
                    "after_kdf_ms": t.after_kdf.as_secs_f64() * 1000.0,
                })
            });
            if ctx.json {
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
                match &report.rollback {
                    RollbackCheck::NoRecord => {
                        println!("History:   no record of an earlier session to compare with");
                    }
                    RollbackCheck::Consistent { last } => println!(
                        "History:   as recorded when last used (change {}, opened {})",
                        last.change, last.unlocked_at
                    ),
                    other => println!(
                        "History:   OLDER THAN WHEN LAST USED — {}",
                        other.message().unwrap_or_default()
                    ),
                }
            }
            if !ok {
                return Err(VaultError::DatabaseDamaged.into());
            }
        }
    }
    Ok(())
}

/// Prints a new recovery key once, with what it means.
fn show_new_recovery_key(ctx: &Ctx, recovery: &RecoveryKey, rotated: bool) {
    let key = recovery.expose_secret_text();
    let note = if rotated {
        "The old recovery key no longer opens this vault, and the vault uses a new key: copies \
         made before now stay locked to the old key files."
    } else {
        "The old recovery key no longer opens this vault. It still opens copies of the vault \
         made before now (a backup, a copied disk); to make them useless too, run: tadamun \
         vault rotate-key"
    };
    if ctx.json {
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

/// A percentage on standard error while something long runs (only on a terminal, and never
/// with `--json`).
struct Percent {
    label: &'static str,
    on: bool,
    last: Option<u64>,
}

impl Percent {
    fn new(ctx: &Ctx, label: &'static str) -> Self {
        use std::io::IsTerminal;
        Self {
            label,
            on: !ctx.json && std::io::stderr().is_terminal(),
            last: None,
        }
    }

    fn show(&mut self, done: u64, total: u64) {
        let percent = (done.saturating_mul(100))
            .checked_div(total)
            .unwrap_or(0)
            .min(100);
        if self.on && self.last != Some(percent) {
            self.last = Some(percent);
            eprint!("\r{}… {percent} %", self.label);
        }
    }

    fn end(&self) {
        if self.on && self.last.is_some() {
            eprintln!();
        }
    }
}
