//! The Tadamun desktop app.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// Every heap block is wiped as it is freed: passphrases, decrypted records and IPC messages
/// that passed through Rust do not linger in freed memory after a lock.
#[global_allocator]
static ALLOCATOR: zeroizing_alloc::ZeroAlloc<std::alloc::System> =
    zeroizing_alloc::ZeroAlloc(std::alloc::System);

fn main() -> std::process::ExitCode {
    tadamun::harden_process();
    // Freed C memory is overwritten, and no internet socket can be made by the app or the
    // WebKit processes it starts (src/offline.rs); there is no switch to turn either off. The
    // one exception is a WebDriver test (test builds only): the app reaches WebKitWebDriver over
    // a TCP socket on loopback, and WebKit's automation fails to type now and then with freed
    // memory overwritten. tests/e2e/test_webprocess.py runs the app as people do, both on, under
    // strace.
    if !tadamun_desktop::under_webdriver() {
        tadamun::wipe_freed_c_memory();
        if let Err(why) = tadamun::offline::enforce() {
            eprintln!("Tadamun could not ask the kernel to forbid network sockets: {why}");
        }
    }
    match tadamun_desktop::run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            std::process::ExitCode::FAILURE
        }
    }
}
