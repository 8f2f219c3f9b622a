// Which screen to show, derived from the vault state the core reports.

import type { LockReason, VaultState, VaultStatus } from "../ipc/bindings";
import type { Message } from "../i18n/index.svelte";

/** What the user chose to look at in the open vault. */
export type View = "incidents" | "editor" | "export" | "audit" | "settings";

export const DEFAULT_VIEW: View = "incidents";

/** The views the header navigation leads to (the editor and the export are reached from the list). */
export type NavView = Exclude<View, "editor" | "export">;
export const NAV_VIEWS: readonly NavView[] = ["incidents", "audit", "settings"];

export type Screen =
  | "loading"
  | "startup-error"
  | "first-run"
  | "recovery"
  | "demo-created"
  | "unlock"
  | "incidents"
  | "editor"
  | "export"
  | "audit"
  | "settings"
  | "erase-incomplete";

export interface ScreenInput {
  /** `null` until the first `vault_status` answer. */
  readonly state: VaultState | null;
  readonly startupFailed: boolean;
  /** A freshly created vault's recovery key is waiting to be confirmed as stored. */
  readonly showingRecoveryKey: boolean;
  /** A demo vault was just made: its public passphrase is on screen until the user goes on. */
  readonly showingDemoPassphrase?: boolean;
  readonly view: View;
}

export function screenFor(input: ScreenInput): Screen {
  switch (input.state) {
    case null:
      return input.startupFailed ? "startup-error" : "loading";
    case "missing":
      return "first-run";
    case "erase_incomplete":
      return "erase-incomplete";
    case "locked":
      return "unlock";
    case "unlocked":
      if (input.showingRecoveryKey) return "recovery";
      if (input.showingDemoPassphrase === true) return "demo-created";
      return input.view;
  }
}

/** The nav item to mark as current: the editor and the export belong to the incidents. */
export function navSection(view: View): View {
  return view === "editor" || view === "export" ? "incidents" : view;
}

/** What to tell the user after the core locked the vault, or `null` when they did it. */
export function lockNoticeFor(reason: LockReason, autoLockMinutes: number | null): Message | null {
  switch (reason) {
    case "user":
      return null;
    case "inactivity":
      return autoLockMinutes === null
        ? { key: "notice-lockedInactivityUnknown" }
        : { plural: "notice-lockedInactivity", count: autoLockMinutes };
    case "suspend":
      return { key: "notice-lockedSuspend" };
    case "screen_locked":
      return { key: "notice-lockedScreen" };
    case "erased":
      return { key: "notice-erased" };
  }
}

export const AUTO_LOCK_CHOICES: readonly number[] = [1, 2, 5, 10, 15, 30, 60];
export const DEFAULT_AUTO_LOCK_MINUTES = 5;

/** The choices for the auto-lock select, including the current value if the core has another. */
export function autoLockChoices(current: number): number[] {
  const all = new Set(AUTO_LOCK_CHOICES);
  if (Number.isInteger(current) && current > 0) all.add(current);
  return [...all].sort((a, b) => a - b);
}

/**
 * What to say right after an unlock: when the vault was last opened and its latest change, so
 * that a person can notice a vault older than they remember (a whole folder put back).
 */
export function lastSessionNotice(status: VaultStatus, formatDate: (iso: string) => string): Message | null {
  const last = status.lastSession;
  if (last === null) return null;
  return { key: "notice-lastSession", params: { date: formatDate(last.unlockedAt), change: String(last.change) } };
}
