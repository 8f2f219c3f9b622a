// The app's state in memory (never in web storage): the vault status the core reported,
// the one-time recovery key, the current view and the notice line. Screens derive from it.

import type { AppError, CreatedVault, VaultLockedEvent, VaultStatus } from "../ipc/bindings";
import * as api from "../ipc/commands";
import { normaliseError } from "../ipc/errors";
import type { Message } from "../i18n/index.svelte";
import { createActivityThrottle } from "./activity";
import { lockNoticeFor, screenFor, type Screen, type View } from "./screens";

export class AppStore {
  status = $state<VaultStatus | null>(null);
  startupError = $state<AppError | null>(null);
  /** Shown once after creating the vault, dropped when the user confirms or the vault locks. */
  recoveryKey = $state<string | null>(null);
  view = $state<View>("home");
  notice = $state<Message | null>(null);
  locking = $state(false);
  lockError = $state<AppError | null>(null);

  readonly screen: Screen = $derived(
    screenFor({
      state: this.status?.state ?? null,
      startupFailed: this.startupError !== null,
      showingRecoveryKey: this.recoveryKey !== null,
      view: this.view,
    }),
  );

  readonly isUnlocked: boolean = $derived(this.status?.state === "unlocked");

  readonly #activity = createActivityThrottle(() => api.touchActivity());

  async refresh(): Promise<void> {
    try {
      this.setStatus(await api.vaultStatus());
      this.startupError = null;
    } catch (error) {
      this.startupError = normaliseError(error);
    }
  }

  setStatus(status: VaultStatus): void {
    this.status = status;
    if (status.state !== "unlocked") {
      this.recoveryKey = null;
      this.view = "home";
      this.locking = false;
      this.#activity.cancel();
    }
  }

  vaultCreated(created: CreatedVault): void {
    this.notice = null;
    this.recoveryKey = created.recoveryKey;
    this.view = "home";
    this.setStatus(created.status);
  }

  recoveryKeyStored(): void {
    this.recoveryKey = null;
    this.view = "home";
  }

  didUnlock(status: VaultStatus, withRecoveryKey: boolean): void {
    this.notice = withRecoveryKey ? { key: "notice.unlockedWithRecovery" } : null;
    this.lockError = null;
    this.view = "home";
    this.setStatus(status);
  }

  /** Crypto-erases the vault; the first-run screen follows. */
  async erase(): Promise<void> {
    this.didErase(await api.eraseVault());
  }

  didErase(status: VaultStatus): void {
    this.notice = { key: "notice.erased" };
    this.setStatus(status);
  }

  navigate(view: View): void {
    if (this.isUnlocked && this.recoveryKey === null) this.view = view;
  }

  async lockNow(): Promise<void> {
    if (!this.isUnlocked || this.locking) return;
    this.locking = true;
    this.lockError = null;
    try {
      this.setStatus(await api.lock());
    } catch (error) {
      this.lockError = normaliseError(error);
    } finally {
      this.locking = false;
    }
  }

  /** The core locked the vault (timer, sleep, erase, or a lock we asked for). */
  async handleLocked(event: VaultLockedEvent): Promise<void> {
    const notice = lockNoticeFor(event.reason, this.status?.autoLockMinutes ?? null);
    if (notice !== null) this.notice = notice;
    if (this.status !== null && event.reason !== "erased") {
      this.setStatus({ ...this.status, state: "locked" });
    }
    await this.refresh();
  }

  /** Someone pressed a key, clicked or scrolled. */
  noteActivity(): void {
    if (this.isUnlocked) this.#activity.notify();
  }

  dismissNotice(): void {
    this.notice = null;
  }
}

export const app = new AppStore();
