//! Integration tests of the core and the CLI, against real vaults in temporary folders.

mod cli;
mod support;
mod vault;
