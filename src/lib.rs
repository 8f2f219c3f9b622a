//! Tadamun's core: the encrypted vault and everything stored in it.
//!
//! People who act in solidarity with others — sea-rescue crews, humanitarian volunteers,
//! human-rights defenders who cooperated with the UN — record here the reprisals they face.
//! A seized laptop must reveal nothing: everything under the vault folder is ciphertext.
//!
//! This crate never depends on Tauri or any GUI toolkit, and never opens a network connection.
//! The desktop shell (`src-tauri/`) and the `tadamun` CLI (`src/bin/tadamun/`, behind the
//! `cli` feature) are thin layers over it.
//!
//! # Layers
//!
//! Dependencies point one way, from the bottom up; a module uses only modules below it
//! (the test `layers` in `tests/integration/` fails on a `use crate::` against the direction):
//!
//! ```text
//! error, fsutil, layout, limits,    foundations: errors and their codes, atomic files, the
//!   offline, vocab                 folder's file names, field limits, the no-network filter,
//!                                  vocabularies
//! keys, passphrase                 the data key and how it is wrapped; passphrase rules
//! store, audit                     the SQLCipher database, its migrations, the audit chain
//! rollback                         the record of the last session, outside the database
//! session                          an open vault: folder, data key, connection
//! evidence -> records -> export    the domains, each over the ones before it
//! vault                            orchestration: create, unlock, rotate, verify, erase
//! demo                             fictional cases
//! ```
//!
//! Who takes what: a function that only reads or writes rows takes a `&Connection` (or a
//! `&Transaction`), so that callers can compose several in one transaction; a function that
//! also touches files in the vault folder (attachments) or needs the data key takes a
//! `&Session`. Only `vault` builds a `Session` or changes its key.
#![forbid(unsafe_code)]

pub mod audit;
pub mod demo;
pub mod error;
pub mod evidence;
pub mod export;
mod fsutil;
pub mod keys;
pub mod layout;
pub mod limits;
pub mod offline;
pub mod passphrase;
pub mod records;
pub mod rollback;
pub mod session;
pub mod store;
pub mod vault;
pub mod vocab;

pub use age::secrecy;

/// Keeps the process's memory (keys, passphrases, decrypted records) out of crash dumps:
/// no core files, and on Linux no ptrace attach by other processes of the same user.
/// Call first thing in every binary. Failures are ignored: the platform may not allow it.
pub fn harden_process() {
    #[cfg(unix)]
    {
        use rustix::process::{setrlimit, Resource, Rlimit};
        let _ = setrlimit(
            Resource::Core,
            Rlimit {
                current: Some(0),
                maximum: Some(0),
            },
        );
    }
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        use rustix::process::{set_dumpable_behavior, DumpableBehavior};
        let _ = set_dumpable_behavior(DumpableBehavior::NotDumpable);
    }
}

/// With glibc, makes every block that C code frees in this process (SQLCipher's page cache,
/// WebKit's and GLib's buffers, which Rust's wiping allocator does not see) be overwritten as
/// it is freed: the process starts itself again once with
/// `GLIBC_TUNABLES=glibc.malloc.perturb=204`, then takes the setting out of its environment, so
/// that the processes it starts (WebKit's) run as usual. Call first thing in `main`, before any
/// thread; if the program cannot be started again, it goes on without.
pub fn wipe_freed_c_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        const PERTURB: &str = "glibc.malloc.perturb=204";
        const MARK: &str = "TADAMUN_RESTARTED_WITH_PERTURB";
        let tunables = std::env::var("GLIBC_TUNABLES").unwrap_or_default();
        if let Ok(original) = std::env::var(MARK) {
            // The restarted process: glibc has read the setting; children need not inherit it.
            if original.is_empty() {
                std::env::remove_var("GLIBC_TUNABLES");
            } else {
                std::env::set_var("GLIBC_TUNABLES", original);
            }
            std::env::remove_var(MARK);
            return;
        }
        if tunables.contains("glibc.malloc.perturb") {
            return; // the person chose their own setting
        }
        if let Ok(exe) = std::env::current_exe() {
            use std::os::unix::process::CommandExt;
            let mut args = std::env::args_os();
            let value = if tunables.is_empty() {
                PERTURB.to_owned()
            } else {
                format!("{tunables}:{PERTURB}")
            };
            let mut command = std::process::Command::new(exe);
            if let Some(arg0) = args.next() {
                command.arg0(arg0);
            }
            // Returns only if the program could not be started again: go on without.
            let _ = command
                .args(args)
                .env("GLIBC_TUNABLES", value)
                .env(MARK, tunables)
                .exec();
        }
    }
}

pub use error::{EvidenceError, KeyError, RecordError, Result, VaultError};
