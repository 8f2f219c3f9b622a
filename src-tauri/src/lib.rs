//! Tadamun's desktop shell: registers thin Tauri commands over the `tadamun` core.
//!
//! Nothing here is needed by the CLI. The window is incognito (the webview keeps no data on
//! disk), the CSP allows no remote source, and only this app's own commands are exposed.

pub mod commands;
pub mod ipc;
pub mod state;

use std::path::PathBuf;
use std::sync::Arc;

/// The vault folder: `--vault DIR` on the command line, else `TADAMUN_VAULT`, else the
/// operating system's data folder for the app.
pub fn vault_dir_from_env() -> Option<PathBuf> {
    let mut args = std::env::args_os().skip(1);
    while let Some(a) = args.next() {
        if a == "--vault" {
            return args.next().map(PathBuf::from);
        }
    }
    std::env::var_os("TADAMUN_VAULT")
        .map(PathBuf::from)
        .or_else(tadamun::vault::default_location)
}

/// Builds and runs the app.
pub fn run() -> Result<(), String> {
    let dir = vault_dir_from_env().ok_or("cannot find a folder for the vault: pass --vault DIR")?;
    let state = Arc::new(state::AppState::new(dir));
    let watcher_state = Arc::clone(&state);
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .setup(move |app| {
            state::spawn_auto_lock_watcher(app.handle().clone(), watcher_state);
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::vault::vault_status,
            commands::vault::passphrase_strength,
            commands::vault::create_vault,
            commands::vault::save_recovery_key,
            commands::vault::confirm_recovery_key_stored,
            commands::vault::unlock_with_passphrase,
            commands::vault::unlock_with_recovery_key,
            commands::vault::lock,
            commands::vault::touch_activity,
            commands::vault::set_auto_lock,
            commands::vault::change_passphrase,
            commands::vault::rotate_key,
            commands::vault::erase_vault,
            commands::vault::verify_vault,
        ])
        .run(tauri::generate_context!())
        .map_err(|e| format!("Tadamun could not start: {e}"))
}
