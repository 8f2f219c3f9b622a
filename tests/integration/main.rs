//! Integration tests of the core and the CLI, against real vaults in temporary folders.
// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod backup;
mod chosen_folders;
mod cli;
mod disk_full;
mod evidence;
mod exif_fixture;
mod export;
mod export_leaks;
mod fsync;
mod fuzz_corpus;
mod interrupt;
mod layers;
mod offline;
mod records;
mod records_props;
mod rollback;
mod support;
mod torture;
mod translated;
mod vault;
