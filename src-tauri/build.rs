//! Tauri build step: generates the context and the per-command permissions.
// A build script reports failure by panicking.
#![allow(clippy::panic)]
fn main() {
    // Only the commands listed here are exposed, each through a generated allow-<command> permission.
    let commands: &[&str] = &[
        "vault_status",
        "passphrase_strength",
        "create_vault",
        "save_recovery_key",
        "confirm_recovery_key_stored",
        "unlock_with_passphrase",
        "unlock_with_recovery_key",
        "lock",
        "touch_activity",
        "set_auto_lock",
        "change_passphrase",
        "rotate_key",
        "new_recovery_key",
        "erase_vault",
        "verify_vault",
        "vocabularies",
        "countries",
        "new_id",
        "search_incidents",
        "get_incident",
        "save_incident",
        "delete_incident",
        "list_revisions",
        "get_revision",
        "compare_revisions",
        "list_actors",
        "save_draft",
        "get_draft",
        "list_drafts",
        "delete_draft",
        "audit_log",
        "create_demo_vault",
        "import_attachments",
        "pick_files",
        "cancel_import",
        "list_attachments",
        "update_attachment",
        "delete_attachment",
        "attachment_thumbnail",
        "attachment_preview",
        "save_attachment_copy",
        "export_profiles",
        "export_preview",
        "export_check_keys",
        "export_last_submitter",
        "export_choose_folder",
        "export_run",
    ];
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(commands)),
    )
    .unwrap_or_else(|e| panic!("tauri build step failed: {e}"));
}
