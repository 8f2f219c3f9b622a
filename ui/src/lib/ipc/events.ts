// Events the core sends to the window.

import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import type { ProgressEvent, VaultLockedEvent } from "./bindings";

export type { UnlistenFn } from "@tauri-apps/api/event";

export const VAULT_LOCKED = "vault-locked";
export const ROTATE_PROGRESS = "rotate-progress";

export function onVaultLocked(handler: (event: VaultLockedEvent) => void): Promise<UnlistenFn> {
  return listen<VaultLockedEvent>(VAULT_LOCKED, (e) => handler(e.payload));
}

export function onRotateProgress(handler: (event: ProgressEvent) => void): Promise<UnlistenFn> {
  return listen<ProgressEvent>(ROTATE_PROGRESS, (e) => handler(e.payload));
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
