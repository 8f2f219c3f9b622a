//! The Tadamun desktop app.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// Every heap block is wiped as it is freed: passphrases, decrypted records and IPC messages
/// that passed through Rust do not linger in freed memory after a lock.
#[global_allocator]
static ALLOCATOR: zeroizing_alloc::ZeroAlloc<std::alloc::System> =
    zeroizing_alloc::ZeroAlloc(std::alloc::System);

fn main() -> std::process::ExitCode {
    tadamun::harden_process();
    match tadamun_desktop::run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            std::process::ExitCode::FAILURE
        }
    }
}
