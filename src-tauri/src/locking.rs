//! What happens on screen when the vault locks, whatever locked it (the Lock button or Ctrl+L,
//! inactivity, sleep, the screen locking, erase).
//!
//! The session is already gone (`AppState::lock`). What the page held — the records on screen,
//! typed text, the DOM and the JavaScript heap — lives in WebKit's web process, which Rust's
//! wiping allocator does not reach. So the web process is ended, and a new one loads the app
//! afresh: it starts at the unlock screen, and learns why the vault locked from the status
//! (`lockedBecause`). Ending the process also blanks the window at once.
//!
//! Under a WebDriver test (test builds only), WebKitWebDriver cannot follow the page into a new
//! process, so the page is told by the `vault-locked` event instead and stays; the replacement
//! is tested without WebDriver (tests/e2e/test_webprocess.py).

use std::sync::atomic::Ordering;

use tauri::{AppHandle, Emitter};

use crate::ipc::{LockReason, VaultLockedEvent};
use crate::state::AppState;

/// The vault has just been locked for `reason`: replace the page's process, or tell the page.
pub fn locked(app: &AppHandle, state: &AppState, reason: LockReason) {
    state.note_lock(reason);
    if state.replace_web_process.load(Ordering::Relaxed) && replace_web_process(app) {
        return;
    }
    let _ = app.emit("vault-locked", VaultLockedEvent { reason });
}

/// Ends the main window's web process and loads the app again in a new one. Returns whether
/// that was asked of WebKit.
#[cfg(target_os = "linux")]
fn replace_web_process(app: &AppHandle) -> bool {
    use tauri::Manager;
    use webkit2gtk::WebViewExt;
    let Some(window) = app.get_webview_window("main") else {
        return false;
    };
    window
        .with_webview(|webview| {
            let view = webview.inner();
            view.terminate_web_process();
            view.reload();
        })
        .is_ok()
}

#[cfg(not(target_os = "linux"))]
fn replace_web_process(_app: &AppHandle) -> bool {
    false
}
