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
pub mod error;
mod fsutil;
pub mod keys;
pub mod passphrase;
pub mod store;
pub mod vault;

pub use age::secrecy;
pub use error::{Result, VaultError};
