//! Types that cross the IPC boundary to the front end. TypeScript declarations are generated
//! from these (`ui/src/lib/ipc/bindings.ts`); a test fails when the committed file is stale.
//!
//! None of these types may ever carry a passphrase or a key, with one deliberate exception:
//! [`CreatedVault::recovery_key`], shown to the person once right after the vault is created.

use serde::{Deserialize, Serialize};
use tadamun::VaultError;
use ts_rs::TS;

/// What the app can say about the vault folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum VaultState {
    /// No vault yet: the first-run screen.
    Missing,
    /// A vault that needs the passphrase or the recovery key.
    Locked,
    /// The vault is open in this app.
    Unlocked,
    /// A crypto-erase was interrupted; the vault can no longer be opened.
    EraseIncomplete,
}

/// The vault's state and the settings the front end shows.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VaultStatus {
    /// Locked, unlocked, missing…
    pub state: VaultState,
    /// The vault folder, for display.
    pub location: String,
    /// Minutes of inactivity before the app locks.
    pub auto_lock_minutes: u32,
    /// The scrypt work factor protecting the passphrase, if known.
    pub kdf_log_n: Option<u8>,
    /// How the open vault was unlocked (none while locked).
    pub unlocked_with: Option<UnlockedWith>,
    /// Whether this is the demonstration vault (fictional cases, public passphrase).
    pub demo: bool,
    /// While open: the previous session as the vault recorded it (its latest change and when
    /// it was opened), so that a person can notice a vault older than they remember.
    pub last_session: Option<LastSessionInfo>,
    /// While open: why the database looks older than when the vault was last used (someone
    /// may have put back an older copy); none when all is as recorded.
    pub rollback_warning: Option<RollbackWarning>,
    /// While open: the unlock found an erase mark beside intact keys (an erase cut off as it
    /// started, or a mark someone placed) and removed it; nothing was erased.
    pub erase_mark_removed: bool,
    /// The language the person chose for the screens, if they chose one (else the system's).
    pub language: Option<String>,
    /// While locked: why the vault last locked. A lock replaces the page (and its web
    /// process), so the new page learns it here rather than from the `vault-locked` event.
    pub locked_because: Option<LockReason>,
}

/// Why the database looks older than when the vault was last used.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RollbackWarning {
    /// `rolled_back` (the database's latest change is older than the one recorded when the
    /// vault was last closed) or `record_altered` (that record does not match this vault's key).
    pub code: String,
    /// The latest change in the database, for `rolled_back`.
    pub database_change: Option<i64>,
    /// The latest change recorded when the vault was last closed, for `rolled_back`.
    pub last_change: Option<i64>,
    /// The same in English (the CLI's words).
    pub message: String,
}

impl RollbackWarning {
    /// The warning for `check`, if it warns.
    pub fn from_check(check: &tadamun::rollback::RollbackCheck) -> Option<Self> {
        use tadamun::rollback::RollbackCheck as C;
        let message = check.message()?;
        Some(match check {
            C::RolledBack {
                last,
                database_change,
            } => Self {
                code: "rolled_back".to_owned(),
                database_change: Some(*database_change),
                last_change: Some(last.change),
                message,
            },
            _ => Self {
                code: "record_altered".to_owned(),
                database_change: None,
                last_change: None,
                message,
            },
        })
    }
}

/// The previous session, as recorded outside the database.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LastSessionInfo {
    /// The number of the latest change then (audit entry).
    #[ts(type = "number")]
    pub change: i64,
    /// When the vault was opened then (RFC 3339, UTC).
    pub unlocked_at: String,
}

/// How the open vault was unlocked. After a recovery-key unlock, the passphrase can be replaced
/// without typing the old one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum UnlockedWith {
    /// The vault was just created.
    NewVault,
    /// With the passphrase.
    Passphrase,
    /// With the recovery key.
    RecoveryKey,
}

impl From<tadamun::vault::OpenedWith> for UnlockedWith {
    fn from(o: tadamun::vault::OpenedWith) -> Self {
        match o {
            tadamun::vault::OpenedWith::NewVault => Self::NewVault,
            tadamun::vault::OpenedWith::Passphrase => Self::Passphrase,
            tadamun::vault::OpenedWith::RecoveryKey => Self::RecoveryKey,
        }
    }
}

/// A passphrase strength estimate (mirrors `tadamun::passphrase::Strength`).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PassphraseStrength {
    /// 0 (guessable) to 4 (very hard to guess).
    pub score: u8,
    /// Whether the passphrase may be used.
    pub acceptable: bool,
    /// Whether it is shorter than `min_length`.
    pub too_short: bool,
    /// The minimum number of characters.
    pub min_length: u32,
    /// Estimated time to guess it offline, in seconds (the screen says it in its language).
    pub crack_seconds: f64,
    /// The main warning's code (`DatesAreOftenEasyToGuess`…), if any.
    pub warning: Option<String>,
    /// The codes of the suggestions to make it stronger.
    pub suggestions: Vec<String>,
}

impl From<tadamun::passphrase::Strength> for PassphraseStrength {
    fn from(s: tadamun::passphrase::Strength) -> Self {
        Self {
            score: s.score,
            acceptable: s.acceptable,
            too_short: s.too_short,
            min_length: u32::try_from(s.min_length).unwrap_or(u32::MAX),
            crack_seconds: s.crack_seconds,
            warning: s.warning_code,
            suggestions: s.suggestion_codes,
        }
    }
}

/// Returned once, when a vault is created.
#[derive(Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CreatedVault {
    /// The recovery key, to show once. Not kept anywhere in the vault.
    pub recovery_key: String,
    /// The scrypt work factor chosen for this computer.
    pub kdf_log_n: u8,
    /// The new state (unlocked).
    pub status: VaultStatus,
}

/// Stable error codes the front end translates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Wrong passphrase.
    WrongPassphrase,
    /// Wrong recovery key.
    WrongRecoveryKey,
    /// A key file is damaged.
    KeyFileDamaged,
    /// The database is damaged or altered.
    DatabaseDamaged,
    /// No vault in the folder.
    VaultNotFound,
    /// A vault already exists there.
    VaultExists,
    /// Made by a newer version of Tadamun.
    NewerFormat,
    /// Disk full.
    DiskFull,
    /// The new passphrase is too weak.
    WeakPassphrase,
    /// The vault must be unlocked first.
    Locked,
    /// An erase was interrupted.
    EraseIncomplete,
    /// Open in another Tadamun.
    InUse,
    /// Invalid input.
    InvalidInput,
    /// A record failed its checks; `problems` lists them by field.
    InvalidRecord,
    /// The record is not in the vault.
    RecordNotFound,
    /// The record changed since it was opened.
    Conflict,
    /// The person cancelled; nothing was kept.
    Cancelled,
    /// An attachment's encrypted file is missing, damaged or altered.
    EvidenceDamaged,
    /// This attachment cannot leave the device (the reason is in the message).
    NotShareable,
    /// Any other file-system or database error.
    Io,
}

/// Every command error: a code to translate and an English message as fallback.
/// Messages come from the core, which never puts secrets in them.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AppError {
    /// Stable code.
    pub code: ErrorCode,
    /// Plain-words message in English.
    pub message: String,
    /// For `invalid_record`: what is wrong, field by field (empty otherwise).
    pub problems: Vec<tadamun::records::Problem>,
    /// The finer reason, where the core gives one (`not_a_public_key`, `pdf`…): the screen
    /// says it in its own language with `params`, never the English `message`.
    pub detail: Option<String>,
    /// The values of the finer reason, by name.
    #[ts(type = "Record<string, string>")]
    pub params: std::collections::BTreeMap<String, String>,
}

impl ErrorCode {
    /// The IPC code named like the core's stable code (`wrong_passphrase` and so on).
    fn from_core(code: &str) -> Option<Self> {
        serde_json::from_value(serde_json::Value::String(code.to_owned())).ok()
    }
}

impl AppError {
    /// An error with a code and a plain message.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            problems: Vec::new(),
            detail: None,
            params: std::collections::BTreeMap::new(),
        }
    }

    /// The vault is locked, so the command cannot run.
    pub fn locked() -> Self {
        Self::new(ErrorCode::Locked, "The vault is locked. Unlock it first.")
    }
}

impl From<VaultError> for AppError {
    fn from(e: VaultError) -> Self {
        // The core declares each error's code once (`VaultError::code`); the IPC code is the
        // variant of the same name. A test below checks that every core code has one.
        let code = ErrorCode::from_core(e.code()).unwrap_or(ErrorCode::Io);
        let problems = match &e {
            VaultError::Record(tadamun::RecordError::Invalid { problems }) => problems.clone(),
            _ => Vec::new(),
        };
        let (detail, params) = match e.detail() {
            Some((detail, params)) => (Some(detail.to_owned()), params),
            None => (None, std::collections::BTreeMap::new()),
        };
        Self {
            code,
            message: e.to_string(),
            problems,
            detail,
            params,
        }
    }
}

/// Why the vault was locked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum LockReason {
    /// The person pressed Lock.
    User,
    /// No activity for the chosen delay.
    Inactivity,
    /// The computer went to sleep.
    Suspend,
    /// The operating system locked the screen.
    ScreenLocked,
    /// The vault was crypto-erased.
    Erased,
}

/// Payload of the `vault-locked` event.
#[derive(Debug, Clone, Serialize, TS)]
pub struct VaultLockedEvent {
    /// Why.
    pub reason: LockReason,
}

/// Payload of progress events (`rotate-progress`).
#[derive(Debug, Clone, Serialize, TS)]
pub struct ProgressEvent {
    /// The step being done, as a stable code.
    pub step: String,
    /// Steps done.
    pub done: u32,
    /// Steps in all.
    pub total: u32,
}

/// What a vault check found.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VerifyReport {
    /// Audit entries read.
    pub audit_entries: u32,
    /// Whether the audit hash chain is intact.
    pub audit_chain_intact: bool,
    /// Whether every database page authenticated.
    pub database_intact: bool,
    /// Attachments re-hashed against their SHA-256.
    pub attachments_checked: u32,
    /// Whether every attachment is present and unaltered, with no stray file.
    pub attachments_intact: bool,
    /// Problems, in plain words.
    pub problems: Vec<String>,
}

/// A demonstration vault just created: its public passphrase, to show on screen.
#[derive(Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CreatedDemoVault {
    /// The demo passphrase (public; the vault holds fictional cases only).
    pub passphrase: String,
    /// How many fictional cases it holds.
    pub cases: u32,
    /// The vault's state.
    pub status: VaultStatus,
}

/// The record types shared with the core, declared for TypeScript.
fn record_declarations(cfg: &ts_rs::Config) -> Vec<String> {
    use tadamun::records::{self as r, history, interchange, search, validate};
    vec![
        r::PartialDate::decl(cfg),
        r::DatePrecision::decl(cfg),
        r::Place::decl(cfg),
        r::PlacePrecision::decl(cfg),
        r::Status::decl(cfg),
        r::Urgency::decl(cfg),
        r::IncidentField::decl(cfg),
        r::Incident::decl(cfg),
        r::ActorKind::decl(cfg),
        r::ActorField::decl(cfg),
        r::Actor::decl(cfg),
        r::Involvement::decl(cfg),
        r::NameForm::decl(cfg),
        r::ConsentGiver::decl(cfg),
        r::ConsentMethod::decl(cfg),
        r::ConsentRecord::decl(cfg),
        r::LawyerAccess::decl(cfg),
        r::ActField::decl(cfg),
        r::Act::decl(cfg),
        r::UnLink::decl(cfg),
        r::SourceKind::decl(cfg),
        r::Reliability::decl(cfg),
        r::Source::decl(cfg),
        r::Submission::decl(cfg),
        r::ConsentState::decl(cfg),
        r::IncidentView::decl(cfg),
        r::Saved::decl(cfg),
        r::Snapshot::decl(cfg),
        r::Deleted::decl(cfg),
        r::ActorSummary::decl(cfg),
        r::ActorIncident::decl(cfg),
        r::Draft::decl(cfg),
        validate::Problem::decl(cfg),
        validate::Warning::decl(cfg),
        validate::Country::decl(cfg),
        search::Sort::decl(cfg),
        search::Query::decl(cfg),
        search::Summary::decl(cfg),
        search::Page::decl(cfg),
        history::Revision::decl(cfg),
        history::Change::decl(cfg),
        interchange::Imported::decl(cfg),
        tadamun::vocab::Labels::decl(cfg),
        tadamun::vocab::Term::decl(cfg),
        tadamun::vocab::Vocabularies::decl(cfg),
        tadamun::audit::AuditEntry::decl(cfg),
        tadamun::evidence::Attachment::decl(cfg),
        tadamun::evidence::CaptureMetadata::decl(cfg),
        tadamun::evidence::Imported::decl(cfg),
        crate::commands::evidence::ImportProgress::decl(cfg),
        crate::commands::evidence::ImportOutcome::decl(cfg),
        crate::commands::evidence::OriginalRemoval::decl(cfg),
        tadamun::evidence::originals::RemovedOriginal::decl(cfg),
        tadamun::export::Format::decl(cfg),
        tadamun::export::Submitter::decl(cfg),
        tadamun::export::ReportingPeriod::decl(cfg),
        tadamun::export::ExportRequest::decl(cfg),
        tadamun::export::BlockKind::decl(cfg),
        tadamun::export::Block::decl(cfg),
        tadamun::export::NoteKind::decl(cfg),
        tadamun::export::Note::decl(cfg),
        tadamun::export::Finding::decl(cfg),
        tadamun::export::LeftOut::decl(cfg),
        tadamun::export::PlannedFile::decl(cfg),
        tadamun::export::Preview::decl(cfg),
        tadamun::export::WrittenFile::decl(cfg),
        tadamun::export::ExportOutcome::decl(cfg),
        crate::commands::export::ChosenFolder::decl(cfg),
        crate::commands::backup::BackupStatus::decl(cfg),
        crate::commands::backup::BackupProgress::decl(cfg),
        crate::commands::backup::BackupSummary::decl(cfg),
        crate::commands::backup::BackupChecked::decl(cfg),
        crate::commands::backup::RestoredVault::decl(cfg),
        tadamun::export::ExportProgress::decl(cfg),
        tadamun::export::ProfileSummary::decl(cfg),
    ]
}

/// The TypeScript declarations of every IPC type, as committed in the front end.
pub fn typescript_bindings() -> String {
    let cfg = ts_rs::Config::new().with_large_int("number");
    let decls = [
        VaultState::decl(&cfg),
        VaultStatus::decl(&cfg),
        UnlockedWith::decl(&cfg),
        LastSessionInfo::decl(&cfg),
        RollbackWarning::decl(&cfg),
        PassphraseStrength::decl(&cfg),
        CreatedVault::decl(&cfg),
        ErrorCode::decl(&cfg),
        AppError::decl(&cfg),
        LockReason::decl(&cfg),
        VaultLockedEvent::decl(&cfg),
        ProgressEvent::decl(&cfg),
        VerifyReport::decl(&cfg),
        CreatedDemoVault::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from src-tauri/src/ipc.rs by `cargo test -p tadamun-desktop` with\n\
         // UPDATE_BINDINGS=1. Do not edit by hand: CI fails when this file is stale.\n\n",
    );
    for d in decls.into_iter().chain(record_declarations(&cfg)) {
        out.push_str("export ");
        out.push_str(&d);
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    /// Every code the core can report reaches the front end as its own IPC code, not as `io`.
    #[test]
    fn every_core_error_code_has_an_ipc_code_of_the_same_name() {
        for e in tadamun::VaultError::examples() {
            let core = e.code();
            let ipc = serde_json::to_value(super::AppError::from(e).code).unwrap_or_default();
            assert_eq!(ipc, serde_json::Value::from(core), "core code {core}");
        }
    }

    #[test]
    fn committed_typescript_bindings_are_current() {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/ipc/bindings.ts");
        let fresh = super::typescript_bindings();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &fresh).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(
            committed, fresh,
            "ui/src/lib/ipc/bindings.ts is stale: run UPDATE_BINDINGS=1 cargo test -p tadamun-desktop"
        );
    }

    /// The one list of desktop commands (`commands.txt`) against the three other places that
    /// must name exactly the same ones.
    #[test]
    fn every_place_lists_the_same_desktop_commands() {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let read = |p: &str| std::fs::read_to_string(root.join(p)).unwrap_or_default();
        let sorted = |mut v: Vec<String>| {
            v.sort();
            v
        };
        let listed = sorted(
            read("commands.txt")
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_owned)
                .collect(),
        );
        assert!(listed.len() > 40, "commands.txt lists {}", listed.len());
        // Handlers: `commands::<module>::<name>,` inside generate_handler!.
        let lib = read("src/lib.rs");
        let handler = lib
            .split("generate_handler![")
            .nth(1)
            .and_then(|rest| rest.split(']').next())
            .unwrap_or_default();
        let handlers = sorted(
            handler
                .split(',')
                .filter_map(|h| h.trim().rsplit("::").next())
                .filter(|h| !h.is_empty())
                .map(str::to_owned)
                .collect(),
        );
        assert_eq!(
            handlers, listed,
            "src/lib.rs generate_handler! differs from commands.txt"
        );
        // Permissions: "allow-<name-with-dashes>".
        let toml = read("permissions/app-commands.toml");
        let permissions = sorted(
            toml.split('"')
                .filter_map(|p| p.strip_prefix("allow-"))
                .filter(|p| *p != "app-commands")
                .map(|p| p.replace('-', "_"))
                .collect(),
        );
        assert_eq!(
            permissions, listed,
            "permissions/app-commands.toml differs from commands.txt"
        );
        // The front end: call("<name>"…).
        let ts = read("../ui/src/lib/ipc/commands.ts");
        let mut called: Vec<String> = ts
            .split("call(\"")
            .skip(1)
            .filter_map(|c| c.split('"').next())
            .map(str::to_owned)
            .collect();
        called.dedup();
        let called = sorted(called);
        let mut unique = called.clone();
        unique.dedup();
        assert_eq!(
            unique, listed,
            "ui/src/lib/ipc/commands.ts differs from commands.txt"
        );
    }

    #[test]
    fn errors_keep_their_code_and_plain_message() {
        let e = super::AppError::from(tadamun::VaultError::Key(tadamun::KeyError::WrongPassphrase));
        assert_eq!(e.code, super::ErrorCode::WrongPassphrase);
        assert!(e.message.contains("passphrase does not open"));
    }
}
