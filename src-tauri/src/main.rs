//! The Tadamun desktop app.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// Every heap block is wiped as it is freed: passphrases, decrypted records and IPC messages
/// that passed through Rust do not linger in freed memory after a lock.
#[global_allocator]
static ALLOCATOR: zeroizing_alloc::ZeroAlloc<std::alloc::System> =
    zeroizing_alloc::ZeroAlloc(std::alloc::System);

fn main() -> std::process::ExitCode {
    tadamun::harden_process();
    // Not under a WebDriver test (test builds only): WebKit's automation misbehaves with freed
    // memory overwritten (typing fails now and then). tests/e2e/test_webprocess.py measures
    // the app as people run it, with it.
    if !tadamun_desktop::under_webdriver() {
        tadamun::wipe_freed_c_memory();
    }
    match tadamun_desktop::run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            std::process::ExitCode::FAILURE
        }
    }
}
