//! Tauri commands, one module per domain. Each is a few lines: take the state, call the core,
//! map the error.

pub mod backup;
pub mod evidence;
pub mod export;
pub mod records;
pub mod vault;

use crate::ipc::{AppError, ErrorCode};

/// Runs blocking work (scrypt, database queries) off the async runtime's threads, so the
/// window stays responsive.
pub(crate) async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    tauri::async_runtime::spawn_blocking(f).await.map_err(|e| {
        AppError::new(
            ErrorCode::Io,
            format!("An internal task stopped unexpectedly ({e}). Nothing stored was lost."),
        )
    })?
}
