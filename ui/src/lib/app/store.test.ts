import { beforeEach, describe, expect, it, vi } from "vitest";
import type { VaultState, VaultStatus } from "../ipc/bindings";
import { tm } from "../i18n/index.svelte";

const api = vi.hoisted(() => ({
  vaultStatus: vi.fn(),
  lock: vi.fn(),
  touchActivity: vi.fn(),
}));
vi.mock("../ipc/commands", () => api);

const { AppStore } = await import("./store.svelte");

const status = (state: VaultState, autoLockMinutes = 5): VaultStatus => ({
  state,
  location: "/vault",
  autoLockMinutes,
  kdfLogN: 18,
  unlockedWith: state === "unlocked" ? "passphrase" : null,
  demo: false,
  lastSession: null,
  rollbackWarning: null,
  eraseMarkRemoved: false,
  language: null,
  lockedBecause: null,
});

beforeEach(() => {
  vi.useRealTimers();
  api.vaultStatus.mockReset();
  api.lock.mockReset();
  api.touchActivity.mockReset().mockResolvedValue(null);
});

describe("app store", () => {
  it("starts on the screen for the vault's state", async () => {
    api.vaultStatus.mockResolvedValue(status("locked"));
    const app = new AppStore();
    expect(app.screen).toBe("loading");
    await app.refresh();
    expect(app.screen).toBe("unlock");
  });

  it("offers a retry screen when the status cannot be read", async () => {
    api.vaultStatus.mockRejectedValue({ code: "io", message: "permission denied" });
    const app = new AppStore();
    await app.refresh();
    expect(app.screen).toBe("startup-error");
    expect(app.startupError).toEqual({ code: "io", message: "permission denied", problems: [], detail: null, params: {} });
  });

  it("shows the recovery key once after creation, then home", () => {
    const app = new AppStore();
    app.vaultCreated({ recoveryKey: "AGE-SECRET-KEY-1XYZ", kdfLogN: 18, status: status("unlocked") });
    expect(app.screen).toBe("recovery");
    app.navigate("settings");
    expect(app.screen).toBe("recovery");
    app.recoveryKeyStored();
    expect(app.recoveryKey).toBeNull();
    expect(app.screen).toBe("incidents");
  });

  it("on an inactivity lock: goes to unlock, forgets the recovery key, says why", async () => {
    const app = new AppStore();
    app.vaultCreated({ recoveryKey: "AGE-SECRET-KEY-1XYZ", kdfLogN: 18, status: status("unlocked", 10) });
    api.vaultStatus.mockResolvedValue(status("locked", 10));
    await app.handleLocked({ reason: "inactivity" });
    expect(app.screen).toBe("unlock");
    expect(app.recoveryKey).toBeNull();
    expect(tm(app.notice!)).toBe("Locked after 10 minutes without activity.");
  });

  it("goes to the first-run screen when the vault was erased", async () => {
    const app = new AppStore();
    app.didUnlock(status("unlocked"), false);
    api.vaultStatus.mockResolvedValue(status("missing"));
    await app.handleLocked({ reason: "erased" });
    expect(app.screen).toBe("first-run");
    expect(tm(app.notice!)).toContain("erased");
  });

  it("locks on request and comes back to the unlock screen", async () => {
    const app = new AppStore();
    app.didUnlock(status("unlocked"), false);
    app.navigate("settings");
    expect(app.screen).toBe("settings");
    api.lock.mockResolvedValue(status("locked"));
    await app.lockNow();
    expect(api.lock).toHaveBeenCalledTimes(1);
    expect(app.screen).toBe("unlock");
    expect(app.view).toBe("incidents");
  });

  it("does not call lock when already locked", async () => {
    const app = new AppStore();
    app.setStatus(status("locked"));
    await app.lockNow();
    expect(api.lock).not.toHaveBeenCalled();
  });

  it("reports activity only while unlocked", () => {
    const app = new AppStore();
    app.setStatus(status("locked"));
    app.noteActivity();
    expect(api.touchActivity).not.toHaveBeenCalled();
    app.didUnlock(status("unlocked"), false);
    app.noteActivity();
    app.noteActivity();
    expect(api.touchActivity).toHaveBeenCalledTimes(1);
  });

  it("says when the vault was last opened, and warns until read when it looks older", () => {
    const app = new AppStore();
    app.didUnlock(
      {
        ...status("unlocked"),
        lastSession: { change: 42, unlockedAt: "2026-11-30T18:02:00Z" },
        rollbackWarning: { code: "rolled_back", databaseChange: 40, lastChange: 42, message: "older" },
      },
      false,
    );
    expect(tm(app.notice!)).toContain("latest change is number 42");
    expect(app.rollbackAcknowledged).toBe(false);
    app.rollbackAcknowledged = true;
    app.didUnlock(status("unlocked"), false);
    expect(app.rollbackAcknowledged).toBe(false);
  });

  it("says why the vault locked on the page that replaced the one the lock ended", async () => {
    const app = new AppStore();
    api.vaultStatus.mockResolvedValue({ ...status("locked", 10), lockedBecause: "inactivity" });
    await app.refresh();
    expect(tm(app.notice!)).toContain("10 minutes");
    // Later refreshes of the same page do not bring an old reason back.
    app.dismissNotice();
    await app.refresh();
    expect(app.notice).toBeNull();
  });

  it("says so when the unlock removed an erase mark that was not trusted", () => {
    const app = new AppStore();
    app.didUnlock({ ...status("unlocked"), eraseMarkRemoved: true }, false);
    expect(tm(app.notice!)).toContain("nothing was erased");
  });

  it("suggests a new passphrase after unlocking with the recovery key", () => {
    const app = new AppStore();
    app.didUnlock(status("unlocked"), true);
    expect(tm(app.notice!)).toContain("choose a new one in Settings");
    app.didUnlock(status("unlocked"), false);
    expect(app.notice).toBeNull();
  });
});

describe("editor guard", () => {
  const guard = (dirty: boolean) => ({ hasUnsavedChanges: () => dirty, flushDraft: vi.fn().mockResolvedValue(undefined) });

  it("asks before leaving an editor with unsaved changes, writing the draft on confirm", async () => {
    const app = new AppStore();
    app.didUnlock(status("unlocked"), false);
    app.openIncident("i1");
    const g = guard(true);
    app.setEditorGuard(g);
    app.navigate("settings");
    expect(app.screen).toBe("editor");
    expect(app.pendingView).toBe("settings");
    await app.confirmLeave();
    expect(g.flushDraft).toHaveBeenCalledTimes(1);
    expect(app.screen).toBe("settings");
    expect(app.editing).toBeNull();
  });

  it("stays when the user cancels, and leaves at once when nothing changed", () => {
    const app = new AppStore();
    app.didUnlock(status("unlocked"), false);
    app.openIncident(null);
    app.setEditorGuard(guard(true));
    app.navigate("incidents");
    app.cancelLeave();
    expect(app.screen).toBe("editor");
    app.setEditorGuard(guard(false));
    app.navigate("audit");
    expect(app.screen).toBe("audit");
  });

  it("stays on the export screen while an export is being written", () => {
    const app = new AppStore();
    app.didUnlock(status("unlocked"), false);
    app.openExport([{ id: "i1", number: 1, title: "A case" }]);
    expect(app.screen).toBe("export");
    app.exporting = true;
    app.navigate("settings");
    expect(app.screen).toBe("export");
    app.exporting = false;
    app.navigate("settings");
    expect(app.screen).toBe("settings");
  });

  it("keeps a newer editor's guard when the older editor closes", () => {
    const app = new AppStore();
    app.didUnlock(status("unlocked"), false);
    app.openIncident("i1");
    const older = guard(false);
    const newer = guard(true);
    app.setEditorGuard(older);
    app.setEditorGuard(newer);
    app.releaseEditorGuard(older);
    app.navigate("audit");
    expect(app.pendingView).toBe("audit");
  });

  it("writes the draft before locking, then locks", async () => {
    const app = new AppStore();
    app.didUnlock(status("unlocked"), false);
    app.openIncident("i1");
    const order: string[] = [];
    app.setEditorGuard({
      hasUnsavedChanges: () => true,
      flushDraft: async () => {
        order.push("draft");
      },
    });
    api.lock.mockImplementation(async () => {
      order.push("lock");
      return status("locked");
    });
    await app.lockNow();
    expect(order).toEqual(["draft", "lock"]);
    expect(app.screen).toBe("unlock");
    expect(app.editing).toBeNull();
  });

  it("locks even when writing the draft fails", async () => {
    const app = new AppStore();
    app.didUnlock(status("unlocked"), false);
    app.openIncident("i1");
    app.setEditorGuard({ hasUnsavedChanges: () => true, flushDraft: () => Promise.reject(new Error("disk")) });
    api.lock.mockResolvedValue(status("locked"));
    await app.lockNow();
    expect(api.lock).toHaveBeenCalledTimes(1);
    expect(app.screen).toBe("unlock");
  });
});

describe("what outlives a lock", () => {
  it("forgets the list's search words and earlier notices", async () => {
    const { listState } = await import("../records/list-state.svelte");
    const app = new AppStore();
    app.didUnlock(status("unlocked"), false);
    listState.filters.text = "Amal";
    listState.offset = 50;
    app.say({ key: "delete-done", params: { number: 3, revisions: 2 } });
    api.lock.mockResolvedValue(status("locked"));
    await app.lockNow();
    expect(listState.filters.text).toBe("");
    expect(listState.offset).toBe(0);
    expect(app.notice).toBeNull();
  });
});

describe("demo vault", () => {
  it("shows the public passphrase once, then the incidents", () => {
    const app = new AppStore();
    app.demoVaultCreated({
      passphrase: "demo vault with fictional cases only",
      cases: 12,
      status: { ...status("unlocked"), demo: true },
    });
    expect(app.screen).toBe("demo-created");
    expect(app.isDemo).toBe(true);
    app.navigate("settings");
    expect(app.screen).toBe("demo-created");
    app.demoPassphraseSeen();
    expect(app.screen).toBe("incidents");
  });

  it("gives dropped files to the open editor, and otherwise says how to attach them", async () => {
    api.vaultStatus.mockResolvedValue(status("unlocked"));
    const app = new AppStore();
    await app.refresh();
    app.filesDropped(["/a.jpg"]);
    expect(app.notice !== null ? tm(app.notice) : "").toBe("Open an incident to attach files.");

    const target = vi.fn();
    app.openIncident("i1");
    app.setDropTarget(target);
    app.dismissNotice();
    app.filesDropped(["/a.jpg", "/b.pdf"]);
    expect(target).toHaveBeenCalledWith(["/a.jpg", "/b.pdf"]);
    expect(app.notice).toBeNull();

    app.releaseDropTarget(target);
    app.filesDropped(["/a.jpg"]);
    expect(target).toHaveBeenCalledTimes(1);
  });

  it("forgets the importer's name when the vault locks", async () => {
    const { evidenceSession } = await import("../evidence/session.svelte");
    api.vaultStatus.mockResolvedValue(status("unlocked"));
    const app = new AppStore();
    await app.refresh();
    evidenceSession.importedBy = "Amal";
    app.setStatus(status("locked"));
    expect(evidenceSession.importedBy).toBe("");
  });
});

describe("preparing a submission", () => {
  const picks = [
    { id: "i1", number: 1, title: "Ship detained" },
    { id: "i2", number: 2, title: "Travel ban" },
  ];

  it("opens the export view for the chosen incidents, each once, under the incidents tab", () => {
    const app = new AppStore();
    app.didUnlock(status("unlocked"), false);
    const session = app.exportSession;
    app.openExport([...picks, picks[0]!]);
    expect(app.screen).toBe("export");
    expect(app.exportIncidents.map((p) => p.id)).toEqual(["i1", "i2"]);
    expect(app.exportSession).toBe(session + 1);
    app.removeFromExport("i1");
    expect(app.exportIncidents.map((p) => p.id)).toEqual(["i2"]);
  });

  it("does nothing without incidents or while locked", () => {
    const app = new AppStore();
    app.didUnlock(status("unlocked"), false);
    app.openExport([]);
    expect(app.screen).toBe("incidents");
    app.setStatus(status("locked"));
    app.openExport(picks);
    expect(app.screen).toBe("unlock");
  });

  it("forgets the chosen incidents and the list's ticks when the vault locks", async () => {
    const { listState } = await import("../records/list-state.svelte");
    const app = new AppStore();
    app.didUnlock(status("unlocked"), false);
    listState.selected = [...picks];
    app.openExport(picks);
    app.setStatus(status("locked"));
    expect(app.exportIncidents).toEqual([]);
    expect(listState.selected).toEqual([]);
    app.didUnlock(status("unlocked"), false);
    expect(app.screen).toBe("incidents");
  });
});
