//! Tadamun's desktop shell: registers thin Tauri commands over the `tadamun` core.
//!
//! Nothing here is needed by the CLI. The window is incognito (the webview keeps no data on
//! disk), the CSP allows no remote source, and only this app's own commands are exposed.

pub mod commands;
pub mod ipc;
#[cfg(target_os = "linux")]
mod locking;
mod screen_lock;
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

/// A per-process scratch folder for WebKit's own files, in `$XDG_RUNTIME_DIR` (RAM-backed on
/// most Linux systems) when there is one. Removed when the app exits.
fn webview_scratch_dir() -> PathBuf {
    let base = std::env::var_os("XDG_RUNTIME_DIR")
        .map(PathBuf::from)
        .filter(|p| p.is_dir())
        .unwrap_or_else(std::env::temp_dir);
    remove_stale_scratch_dirs(&base);
    let dir = base.join(format!("tadamun-webview-{}", std::process::id()));
    // Made here, private, so nobody else can prepare or read it; a name already taken (by
    // anyone) is not reused.
    let mut builder = std::fs::DirBuilder::new();
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    match builder.create(&dir) {
        Ok(()) => dir,
        Err(_) => base.join(format!(
            "tadamun-webview-{}-{}",
            std::process::id(),
            random_suffix()
        )),
    }
}

/// A few random hex digits for a fallback folder name.
fn random_suffix() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or_default();
    format!("{nanos:08x}")
}

/// Removes scratch folders left by Tadamun processes that were killed before they could.
fn remove_stale_scratch_dirs(base: &std::path::Path) {
    let Ok(entries) = std::fs::read_dir(base) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix("tadamun-webview-"))
        else {
            continue;
        };
        if pid.parse::<u32>().is_ok() && !PathBuf::from("/proc").join(pid).exists() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// Opens the one window. It is incognito, so WebKit keeps no cache, storage or cookies; even
/// the empty structural files WebKit creates go to a scratch folder, not the home folder.
///
/// The exception is an end-to-end test run: tauri-driver sets `TAURI_WEBVIEW_AUTOMATION`, and
/// WebKit cannot automate an ephemeral (incognito) context. Then the webview keeps its data in
/// `TADAMUN_E2E_WEBVIEW_DATA` (else the scratch folder), which the test inspects to prove it
/// holds none of the vault's secrets. Only a test build (debug, or built with the `e2e`
/// feature) honours that switch: in a release build an environment variable cannot turn the
/// incognito window off.
fn main_window(app: &tauri::App, scratch: &std::path::Path) -> tauri::Result<()> {
    use tauri::{WebviewUrl, WebviewWindowBuilder};
    let automation = under_webdriver();
    tauri::Manager::state::<Arc<state::AppState>>(app)
        .replace_web_process
        .store(!automation, std::sync::atomic::Ordering::Relaxed);
    let builder = WebviewWindowBuilder::new(app, "main", WebviewUrl::default())
        .title("Tadamun")
        .inner_size(1100.0, 760.0)
        .min_inner_size(720.0, 560.0)
        // Tauri's handler takes dropped files (so the page never navigates to them) and
        // reports their paths; see `files-dropped` in `run`.
        .devtools(false)
        // The window only ever shows the app itself: no link, dropped file or script may
        // navigate it anywhere else.
        .on_navigation(|url| {
            matches!(url.scheme(), "tauri") || url.host_str() == Some("tauri.localhost")
        });
    let builder = if automation {
        let dir = std::env::var_os("TADAMUN_E2E_WEBVIEW_DATA")
            .map_or_else(|| scratch.to_path_buf(), PathBuf::from);
        builder.data_directory(dir)
    } else {
        builder
            .incognito(true)
            .data_directory(scratch.to_path_buf())
    };
    builder.build()?;
    Ok(())
}

/// Whether this is a test build driven by WebDriver (tauri-driver sets
/// `TAURI_WEBVIEW_AUTOMATION`); never in a release build.
pub fn under_webdriver() -> bool {
    webview_automation(
        std::env::var("TAURI_WEBVIEW_AUTOMATION").ok().as_deref(),
        cfg!(any(debug_assertions, feature = "e2e")),
    )
}

/// Whether the window gives up incognito for a WebDriver session: only in a test build.
fn webview_automation(switch: Option<&str>, test_build: bool) -> bool {
    test_build && switch == Some("true")
}

/// GTK records every file saved through its dialogs in the desktop's "recently used" list
/// (`recently-used.xbel`): the recovery key file, and later every export, would be listed
/// there for anyone who searches the laptop. Tadamun switches that off for its own process.
fn forget_recent_files() {
    #[cfg(target_os = "linux")]
    {
        use gtk::prelude::GtkSettingsExt;
        if let Some(settings) = gtk::Settings::default() {
            settings.set_gtk_recent_files_enabled(false);
            settings.set_gtk_recent_files_max_age(0);
        }
    }
}

/// Builds and runs the app.
pub fn run() -> Result<(), String> {
    let dir = vault_dir_from_env().ok_or("cannot find a folder for the vault: pass --vault DIR")?;
    let state = Arc::new(state::AppState::new(dir));
    let watcher_state = Arc::clone(&state);
    let scratch = webview_scratch_dir();
    let scratch_for_exit = scratch.clone();
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .setup(move |app| {
            forget_recent_files();
            main_window(app, &scratch)?;
            #[cfg(target_os = "linux")]
            {
                let handle = app.handle().clone();
                let state = Arc::clone(&watcher_state);
                screen_lock::watch(move |reason| {
                    if state.lock() {
                        locking::locked(&handle, &state, reason);
                    }
                });
            }
            state::spawn_auto_lock_watcher(app.handle().clone(), watcher_state);
            Ok(())
        })
        .on_window_event(|window, event| {
            // Files dropped on the window: the front end attaches them to the open incident. It
            // gets one-time tokens, never the paths (see `AppState::remember_choice`).
            if let tauri::WindowEvent::DragDrop(tauri::DragDropEvent::Drop { paths, .. }) = event {
                use tauri::Manager;
                let state = window.state::<Arc<state::AppState>>();
                let tokens: Vec<String> = paths
                    .iter()
                    .map(|p| state.remember_choice(p.clone(), state::ChosenKind::FileToAttach))
                    .collect();
                let _ = tauri::Emitter::emit(window, "files-dropped", tokens);
            }
        })
        .invoke_handler(tauri::generate_handler![
            commands::vault::vault_status,
            commands::vault::passphrase_strength,
            commands::vault::suggest_passphrase,
            commands::vault::create_vault,
            commands::vault::save_recovery_key,
            commands::vault::confirm_recovery_key_stored,
            commands::vault::unlock_with_passphrase,
            commands::vault::unlock_with_recovery_key,
            commands::vault::lock,
            commands::vault::touch_activity,
            commands::vault::set_auto_lock,
            commands::vault::set_language,
            commands::vault::change_passphrase,
            commands::vault::rotate_key,
            commands::vault::new_recovery_key,
            commands::vault::erase_vault,
            commands::vault::verify_vault,
            commands::backup::backup_status,
            commands::backup::backup_choose_file,
            commands::backup::backup_pick_file,
            commands::backup::backup_run,
            commands::backup::verify_backup,
            commands::backup::restore_backup,
            commands::records::vocabularies,
            commands::records::countries,
            commands::records::new_id,
            commands::records::search_incidents,
            commands::records::get_incident,
            commands::records::save_incident,
            commands::records::delete_incident,
            commands::records::list_revisions,
            commands::records::get_revision,
            commands::records::compare_revisions,
            commands::records::list_actors,
            commands::records::save_draft,
            commands::records::get_draft,
            commands::records::list_drafts,
            commands::records::delete_draft,
            commands::records::audit_log,
            commands::records::create_demo_vault,
            commands::evidence::import_attachments,
            commands::evidence::pick_files,
            commands::evidence::cancel_import,
            commands::evidence::remove_originals,
            commands::evidence::list_attachments,
            commands::evidence::update_attachment,
            commands::evidence::delete_attachment,
            commands::evidence::attachment_thumbnail,
            commands::evidence::attachment_preview,
            commands::evidence::save_attachment_copy,
            commands::export::export_profiles,
            commands::export::export_preview,
            commands::export::export_check_keys,
            commands::export::export_last_submitter,
            commands::export::export_choose_folder,
            commands::export::export_run,
        ])
        .build(tauri::generate_context!())
        .map_err(|e| format!("Tadamun could not start: {e}"))?
        .run(move |_, event| {
            if let tauri::RunEvent::Exit = event {
                let _ = std::fs::remove_dir_all(&scratch_for_exit);
            }
        });
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_a_test_build_gives_up_incognito_for_webdriver() {
        use super::webview_automation;
        assert!(webview_automation(Some("true"), true));
        assert!(
            !webview_automation(Some("true"), false),
            "a release build obeyed the switch"
        );
        assert!(!webview_automation(None, true));
        assert!(!webview_automation(Some("1"), true));
    }
}
