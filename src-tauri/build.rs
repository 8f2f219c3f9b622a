//! Tauri build step: generates the context and the per-command permissions.
// A build script reports failure by panicking.
#![allow(clippy::panic)]
fn main() {
    // Only the commands listed in commands.txt are exposed, each through a generated
    // allow-<command> permission.
    let commands: Vec<&'static str> = include_str!("commands.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let commands: &'static [&'static str] = Box::leak(commands.into_boxed_slice());
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(commands)),
    )
    .unwrap_or_else(|e| panic!("tauri build step failed: {e}"));
}
