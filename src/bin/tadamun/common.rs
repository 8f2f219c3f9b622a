//! What every `tadamun` command shares: where secrets come from, unlocking, typed
//! confirmations, JSON output, and the error a command ends with.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

use tadamun::keys::RecoveryKey;
use tadamun::secrecy::{ExposeSecret, SecretString};
use tadamun::vault::{self, Session};
use tadamun::VaultError;
use zeroize::{Zeroize, Zeroizing};

/// How a command ended, when it did not succeed.
pub enum CliError {
    /// From the core: its code and exit status are declared in `tadamun::error`.
    Vault(VaultError),
    /// The command line or its input was not usable (exit status 2).
    Usage(String),
    /// A typed confirmation was not given.
    Cancelled,
    /// An export preview found blockers.
    Blocked,
}

impl From<VaultError> for CliError {
    fn from(e: VaultError) -> Self {
        Self::Vault(e)
    }
}

impl CliError {
    /// The stable code (as in `--json` output), the plain message and the exit status.
    pub fn describe(&self) -> (&'static str, String, u8) {
        use tadamun::error::ExitStatus;
        match self {
            Self::Vault(v) => (v.code(), v.to_string(), v.exit_status() as u8),
            Self::Usage(m) => ("usage", m.clone(), ExitStatus::Usage as u8),
            Self::Cancelled => (
                "cancelled",
                "Cancelled. Nothing was changed.".to_owned(),
                ExitStatus::Cancelled as u8,
            ),
            Self::Blocked => (
                "blocked",
                "The export has blockers (listed above); fix them before exporting.".to_owned(),
                ExitStatus::Blocked as u8,
            ),
        }
    }
}

/// What a command runs with: the vault folder, the output form, where secrets come from.
pub struct Ctx {
    /// The vault folder.
    pub dir: PathBuf,
    /// Print JSON on standard output.
    pub json: bool,
    /// Where passphrases and recovery keys are read from.
    pub secrets: Secrets,
}

impl Ctx {
    /// Asks for the passphrase and opens the vault.
    pub fn unlock(&self) -> Result<Session, CliError> {
        Ok(self.unlock_keeping_passphrase("Passphrase: ")?.0)
    }

    /// Asks for the passphrase (with `prompt`) and opens the vault; the passphrase is returned
    /// too, for the commands that must show it again (a change, a rotation, a new recovery key).
    pub fn unlock_keeping_passphrase(
        &self,
        prompt: &str,
    ) -> Result<(Session, SecretString), CliError> {
        let passphrase = self.secrets.read(prompt)?;
        let session = warn_about_the_vault(vault::unlock_with_passphrase(&self.dir, &passphrase)?);
        Ok((session, passphrase))
    }

    /// Asks for the recovery key and opens the vault.
    pub fn unlock_with_recovery_key(&self) -> Result<Session, CliError> {
        let text = self.secrets.read("Recovery key: ")?;
        let key = RecoveryKey::parse(text.expose_secret())?;
        Ok(warn_about_the_vault(vault::unlock_with_recovery_key(
            &self.dir, &key,
        )?))
    }

    /// Reports a plain success: `{"ok": true, "message": …}` in JSON, the message otherwise.
    pub fn report(&self, message: &str) {
        if self.json {
            print_json(&serde_json::json!({ "ok": true, "message": message }));
        } else {
            println!("{message}");
        }
    }
}

/// Prints `value` as one line of JSON on standard output.
pub fn print_json(value: &serde_json::Value) {
    println!("{value}");
}

/// Says on standard error (whatever the output format) what the unlock found that the person
/// must know: a database older than when the vault was last used (someone may have put back
/// an older copy), or an erase mark beside intact keys (removed).
fn warn_about_the_vault(session: Session) -> Session {
    if let Some(message) = session.rollback_check().message() {
        eprintln!("tadamun: WARNING: {message}");
    }
    if let Some(message) = session.erase_mark_message() {
        eprintln!("tadamun: WARNING: {message}");
    }
    session
}

/// Where secrets come from: the terminal without echo, or standard input, one per line.
pub struct Secrets {
    /// Read from standard input (`--passphrase-stdin`).
    pub from_stdin: bool,
}

impl Secrets {
    /// Reads one secret.
    pub fn read(&self, prompt: &str) -> Result<SecretString, CliError> {
        if self.from_stdin {
            // Read straight from the file descriptor, a byte at a time up to the newline: std's
            // buffered stdin would keep a copy of the passphrase in a buffer nothing can wipe,
            // and would take bytes that belong to what follows (a JSON file after it).
            let stdin = std::io::stdin();
            let mut line = Zeroizing::new(Vec::with_capacity(256));
            let mut byte = [0u8; 1];
            let mut ended = false;
            while line.len() <= 4096 {
                match rustix::io::read(&stdin, &mut byte) {
                    Ok(0) => break,
                    Ok(_) if byte[0] == b'\n' => {
                        ended = true;
                        break;
                    }
                    Ok(_) => line.push(byte[0]),
                    Err(rustix::io::Errno::INTR) => {}
                    Err(_) => {
                        return Err(CliError::Usage("standard input is not readable".to_owned()))
                    }
                }
            }
            byte.zeroize();
            if line.is_empty() && !ended {
                return Err(CliError::Usage(format!(
                    "expected a line on standard input for: {}",
                    prompt.trim_end_matches(": ")
                )));
            }
            if line.last() == Some(&b'\r') {
                line.pop();
            }
            let text = String::from_utf8(std::mem::take(&mut *line))
                .map_err(|_| CliError::Usage("standard input is not readable text".to_owned()))?;
            Ok(SecretString::from(text))
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

    /// Reads a new passphrase; on a terminal, shows its strength and asks for it twice.
    pub fn read_new(&self) -> Result<SecretString, CliError> {
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

/// Asks, on a terminal, for `expected` to be typed before something that cannot be undone.
/// `what` is the command's name for the error shown when there is no terminal (use `--yes`);
/// `label` is how the prompt names what to type.
pub fn confirm_typed(
    what: &str,
    warning: &[String],
    label: &str,
    expected: &str,
) -> Result<(), CliError> {
    if !std::io::stdin().is_terminal() {
        return Err(CliError::Usage(format!(
            "{what} needs typed confirmation on a terminal, or --yes"
        )));
    }
    for line in warning {
        eprintln!("{line}");
    }
    eprint!("Type {label} to confirm: ");
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(VaultError::Io)?;
    let typed = line.trim();
    if typed != expected && typed.trim_start_matches('#') != expected {
        return Err(CliError::Cancelled);
    }
    Ok(())
}
