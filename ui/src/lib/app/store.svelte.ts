// The app's state in memory (never in web storage): the vault status the core reported,
// the one-time recovery key or demo passphrase, the current view, the incident being edited,
// and the notice line. Screens derive from it.

import type { AppError, CreatedDemoVault, CreatedVault, RestoredVault, VaultLockedEvent, VaultStatus } from "../ipc/bindings";
import * as api from "../ipc/commands";
import { normaliseError } from "../ipc/errors";
import { getLocale, setLocale, type Message } from "../i18n/index.svelte";
import { isLocale } from "../i18n/locales";
import { formatMoment } from "../records/dates";
import { resetListState } from "../records/list-state.svelte";
import { resetEvidenceSession } from "../evidence/session.svelte";
import { uniquePicks, type ExportPick } from "../export/selection";
import { createActivityThrottle } from "./activity";
import { DEFAULT_VIEW, lastSessionNotice, lockNoticeFor, screenFor, type Screen, type View } from "./screens";

const formatDateTime = (iso: string): string => formatMoment(iso, getLocale());

/** What the open editor tells the app, so leaving it or locking never loses work. */
export interface EditorGuard {
  /** True while there are changes not saved as a revision. */
  hasUnsavedChanges(): boolean;
  /** Writes the unsaved changes as an encrypted draft in the vault, now. */
  flushDraft(): Promise<void>;
}

/** Whoever can take files dropped on the window (the open editor). */
export type DropTarget = (paths: string[]) => void;

/** How long locking waits for the last draft to be written before locking anyway. */
const FLUSH_BEFORE_LOCK_MS = 1500;

export class AppStore {
  status = $state<VaultStatus | null>(null);
  startupError = $state<AppError | null>(null);
  /** Shown once after creating the vault, dropped when the user confirms or the vault locks. */
  recoveryKey = $state<string | null>(null);
  /** A demo vault was just made: its (public) passphrase and how many cases it holds. */
  demoCreated = $state<{ passphrase: string; cases: number } | null>(null);
  view = $state<View>(DEFAULT_VIEW);
  /** The incident the editor shows: its id, or `null` for a new one. */
  editing = $state<string | null>(null);
  /** Bumped each time the editor is (re)opened, so the same incident can be reloaded. */
  editorSession = $state(0);
  /** The incidents a submission is being prepared for (the export view reads them). */
  exportIncidents = $state<ExportPick[]>([]);
  /** Bumped each time the export view is opened, so it starts afresh. */
  exportSession = $state(0);
  /** An export is being written: leaving the screen would hide its outcome, so the views wait. */
  exporting = $state(false);
  /** A navigation waiting for the user to confirm leaving unsaved changes. */
  pendingView = $state<View | null>(null);
  notice = $state<Message | null>(null);
  /** The person has read the warning that the vault may be an older copy (until the next unlock). */
  rollbackAcknowledged = $state(false);
  locking = $state(false);
  lockError = $state<AppError | null>(null);

  #guard: EditorGuard | null = null;
  #dropTarget: DropTarget | null = null;

  readonly screen: Screen = $derived(
    screenFor({
      state: this.status?.state ?? null,
      startupFailed: this.startupError !== null,
      showingRecoveryKey: this.recoveryKey !== null,
      showingDemoPassphrase: this.demoCreated !== null,
      view: this.view,
    }),
  );

  readonly isUnlocked: boolean = $derived(this.status?.state === "unlocked");
  readonly isDemo: boolean = $derived(this.status?.demo === true);

  readonly #activity = createActivityThrottle(() => api.touchActivity());

  async refresh(): Promise<void> {
    try {
      const first = this.status === null;
      const status = await api.vaultStatus();
      this.setStatus(status);
      // A lock replaces the page with a new one (and the web process that held the records):
      // the new page learns from the status why the vault locked, and says it.
      if (first && status.state !== "unlocked" && status.lockedBecause !== null) {
        this.notice = lockNoticeFor(status.lockedBecause, status.autoLockMinutes);
      }
      this.startupError = null;
    } catch (error) {
      this.startupError = normaliseError(error);
    }
  }

  setStatus(status: VaultStatus): void {
    this.status = status;
    // The language chosen in an earlier session, remembered in the vault folder.
    if (status.language !== null && isLocale(status.language) && status.language !== getLocale()) {
      setLocale(status.language);
    }
    if (status.state !== "unlocked") {
      this.recoveryKey = null;
      this.demoCreated = null;
      this.view = DEFAULT_VIEW;
      this.editing = null;
      this.exportIncidents = [];
      this.pendingView = null;
      this.#guard = null;
      this.#dropTarget = null;
      resetEvidenceSession();
      // What was typed in the search box may name someone: it does not outlive the lock.
      resetListState();
      this.locking = false;
      this.#activity.cancel();
    }
  }

  vaultCreated(created: CreatedVault): void {
    this.notice = null;
    this.recoveryKey = created.recoveryKey;
    this.view = DEFAULT_VIEW;
    this.setStatus(created.status);
  }

  demoVaultCreated(created: CreatedDemoVault): void {
    this.notice = null;
    this.demoCreated = { passphrase: created.passphrase, cases: created.cases };
    this.view = DEFAULT_VIEW;
    this.setStatus(created.status);
  }

  demoPassphraseSeen(): void {
    this.demoCreated = null;
    this.view = DEFAULT_VIEW;
  }

  recoveryKeyStored(): void {
    this.recoveryKey = null;
    this.view = DEFAULT_VIEW;
  }

  didUnlock(status: VaultStatus, withRecoveryKey: boolean): void {
    this.notice = status.eraseMarkRemoved
      ? { key: "notice-eraseMarkRemoved" }
      : withRecoveryKey
        ? { key: "notice-unlockedWithRecovery" }
        : lastSessionNotice(status, formatDateTime);
    this.rollbackAcknowledged = false;
    this.lockError = null;
    this.view = DEFAULT_VIEW;
    this.setStatus(status);
  }

  /** A vault restored from a backup is open: the notice says what came back. */
  didRestore(restored: RestoredVault): void {
    this.notice = {
      key: "restore-done",
      params: {
        date: formatDateTime(restored.summary.madeAt),
        incidents: restored.summary.incidents,
        attachments: restored.summary.attachments,
      },
    };
    this.rollbackAcknowledged = false;
    this.lockError = null;
    this.view = DEFAULT_VIEW;
    this.setStatus(restored.status);
  }

  /** Crypto-erases the vault; the first-run screen follows. */
  async erase(): Promise<void> {
    this.didErase(await api.eraseVault());
  }

  didErase(status: VaultStatus): void {
    this.notice = { key: "notice-erased" };
    this.setStatus(status);
  }

  /** The editor registers while it is open. */
  setEditorGuard(guard: EditorGuard | null): void {
    this.#guard = guard;
  }

  /** The editor closes: its guard goes, unless a newer editor already replaced it. */
  releaseEditorGuard(guard: EditorGuard): void {
    if (this.#guard === guard) this.#guard = null;
  }

  /** The editor takes dropped files while it is open. */
  setDropTarget(target: DropTarget): void {
    this.#dropTarget = target;
  }

  releaseDropTarget(target: DropTarget): void {
    if (this.#dropTarget === target) this.#dropTarget = null;
  }

  /** Files were dropped on the window: the open editor attaches them, else the user is told how. */
  filesDropped(paths: string[]): void {
    if (paths.length === 0) return;
    const target = this.view === "editor" && this.isUnlocked ? this.#dropTarget : null;
    if (target !== null) target(paths);
    else this.say({ key: "evidence-openIncidentFirst" });
  }

  #canNavigate(): boolean {
    return this.isUnlocked && this.recoveryKey === null && this.demoCreated === null && !this.exporting;
  }

  /** Goes to a view; from an editor with unsaved changes, asks first (see `pendingView`). */
  navigate(view: View): void {
    if (!this.#canNavigate()) return;
    if (this.view === "editor" && view !== "editor" && this.#guard?.hasUnsavedChanges() === true) {
      this.pendingView = view;
      return;
    }
    this.#go(view);
  }

  #go(view: View): void {
    if (view !== "editor") this.editing = null;
    this.pendingView = null;
    this.view = view;
  }

  /** The user confirmed leaving: the draft is written first, then the view changes. */
  async confirmLeave(): Promise<void> {
    const view = this.pendingView;
    if (view === null) return;
    try {
      await this.#guard?.flushDraft();
    } finally {
      this.#go(view);
    }
  }

  cancelLeave(): void {
    this.pendingView = null;
  }

  /** Opens the editor on an incident (`null`: a new one). */
  openIncident(id: string | null): void {
    if (!this.#canNavigate()) return;
    this.editing = id;
    this.editorSession += 1;
    this.pendingView = null;
    this.view = "editor";
  }

  /** Opens "Prepare a submission" for these incidents (from the list, or the editor's one). */
  openExport(picks: readonly ExportPick[]): void {
    if (!this.#canNavigate() || picks.length === 0) return;
    this.exportIncidents = uniquePicks(picks);
    this.exportSession += 1;
    this.navigate("export");
  }

  /** Takes one incident out of the submission being prepared. */
  removeFromExport(id: string): void {
    this.exportIncidents = this.exportIncidents.filter((p) => p.id !== id);
  }

  async lockNow(): Promise<void> {
    if (!this.isUnlocked || this.locking) return;
    this.locking = true;
    this.lockError = null;
    try {
      await this.#flushBeforeLock();
      this.setStatus(await api.lock());
      this.notice = null;
    } catch (error) {
      this.lockError = normaliseError(error);
    } finally {
      this.locking = false;
    }
  }

  /** Unsaved editor changes go to the draft before the key is dropped; never delays the lock long. */
  async #flushBeforeLock(): Promise<void> {
    const guard = this.#guard;
    if (guard === null || !guard.hasUnsavedChanges()) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, FLUSH_BEFORE_LOCK_MS);
    });
    try {
      await Promise.race([guard.flushDraft().catch(() => undefined), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The core locked the vault (timer, sleep, erase, or a lock we asked for). */
  async handleLocked(event: VaultLockedEvent): Promise<void> {
    // Any earlier notice (e.g. "incident #3 was deleted") goes: only why it locked stays.
    this.notice = lockNoticeFor(event.reason, this.status?.autoLockMinutes ?? null);
    if (this.status !== null && event.reason !== "erased") {
      this.setStatus({ ...this.status, state: "locked" });
    }
    await this.refresh();
  }

  /** Someone pressed a key, clicked or scrolled. */
  noteActivity(): void {
    if (this.isUnlocked) this.#activity.notify();
  }

  /** Shows a message on the notice line (e.g. after deleting an incident). */
  say(message: Message): void {
    this.notice = message;
  }

  dismissNotice(): void {
    this.notice = null;
  }
}

export const app = new AppStore();
