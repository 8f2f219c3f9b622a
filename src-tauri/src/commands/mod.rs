//! Tauri commands, one module per domain. Each is a few lines: take the state, call the core,
//! map the error.

pub mod vault;
