// Events the core sends to the window.

import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import type { BackupProgress, ExportProgress, ImportProgress, ProgressEvent, VaultLockedEvent } from "./bindings";

export type { UnlistenFn } from "@tauri-apps/api/event";

export const VAULT_LOCKED = "vault-locked";
export const ROTATE_PROGRESS = "rotate-progress";
export const EVIDENCE_PROGRESS = "evidence-progress";
export const FILES_DROPPED = "files-dropped";
export const EXPORT_PROGRESS = "export-progress";
export const BACKUP_PROGRESS = "backup-progress";

export function onVaultLocked(handler: (event: VaultLockedEvent) => void): Promise<UnlistenFn> {
  return listen<VaultLockedEvent>(VAULT_LOCKED, (e) => handler(e.payload));
}

export function onRotateProgress(handler: (event: ProgressEvent) => void): Promise<UnlistenFn> {
  return listen<ProgressEvent>(ROTATE_PROGRESS, (e) => handler(e.payload));
}

/** Bytes read of the file being imported as evidence. */
export function onEvidenceProgress(handler: (event: ImportProgress) => void): Promise<UnlistenFn> {
  return listen<ImportProgress>(EVIDENCE_PROGRESS, (e) => handler(e.payload));
}

/** The export under way: what it is doing and how many steps are done. */
export function onExportProgress(handler: (event: ExportProgress) => void): Promise<UnlistenFn> {
  return listen<ExportProgress>(EXPORT_PROGRESS, (e) => handler(e.payload));
}

/** A backup, check or restore under way: its step and the bytes done. */
export function onBackupProgress(handler: (event: BackupProgress) => void): Promise<UnlistenFn> {
  return listen<BackupProgress>(BACKUP_PROGRESS, (e) => handler(e.payload));
}

/** Files dropped anywhere on the window: their paths. */
export function onFilesDropped(handler: (paths: string[]) => void): Promise<UnlistenFn> {
  return listen<unknown>(FILES_DROPPED, (e) => {
    const paths = Array.isArray(e.payload) ? e.payload.filter((p): p is string => typeof p === "string") : [];
    if (paths.length > 0) handler(paths);
  });
}

/** Stops listening; a failure to unregister (the window is closing) is not worth an error. */
export function stopListening(unlisten: UnlistenFn | null): void {
  if (unlisten === null) return;
  try {
    Promise.resolve(unlisten() as unknown).catch(() => undefined);
  } catch {
    // Nothing to do: the listener dies with the page anyway.
  }
}
