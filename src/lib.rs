//! Tadamun's core: the encrypted vault and everything stored in it.
//!
//! People who act in solidarity with others — sea-rescue crews, humanitarian volunteers,
//! human-rights defenders who cooperated with the UN — record here the reprisals they face.
//! A seized laptop must reveal nothing: everything under the vault folder is ciphertext.
//!
//! This crate never depends on Tauri or any GUI toolkit, and never opens a network connection.
//! The desktop shell (`src-tauri/`) and the `tadamun` CLI are thin layers over it.
#![forbid(unsafe_code)]

pub mod audit;
pub mod demo;
pub mod error;
pub mod evidence;
pub mod export;
mod fsutil;
pub mod keys;
pub mod passphrase;
pub mod records;
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
pub use error::{Result, VaultError};
