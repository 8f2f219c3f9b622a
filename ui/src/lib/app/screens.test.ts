import { describe, expect, it } from "vitest";
import { withoutIsolation } from "../i18n/translate";
import { tm } from "../i18n/index.svelte";
import type { VaultStatus } from "../ipc/bindings";
import {
  autoLockChoices,
  DEFAULT_VIEW,
  lastSessionNotice,
  lockNoticeFor,
  navSection,
  NAV_VIEWS,
  screenFor,
  type ScreenInput,
} from "./screens";

const base: ScreenInput = { state: null, startupFailed: false, showingRecoveryKey: false, view: "incidents" };

describe("screenFor", () => {
  it("maps each vault state to its screen", () => {
    expect(screenFor(base)).toBe("loading");
    expect(screenFor({ ...base, startupFailed: true })).toBe("startup-error");
    expect(screenFor({ ...base, state: "missing" })).toBe("first-run");
    expect(screenFor({ ...base, state: "locked" })).toBe("unlock");
    expect(screenFor({ ...base, state: "erase_incomplete" })).toBe("erase-incomplete");
    expect(screenFor({ ...base, state: "unlocked" })).toBe("incidents");
    expect(screenFor({ ...base, state: "unlocked", view: "settings" })).toBe("settings");
    expect(screenFor({ ...base, state: "unlocked", view: "audit" })).toBe("audit");
    expect(screenFor({ ...base, state: "unlocked", view: "editor" })).toBe("editor");
    expect(screenFor({ ...base, state: "unlocked", view: "export" })).toBe("export");
  });

  it("opens on the incident list", () => {
    expect(DEFAULT_VIEW).toBe("incidents");
    expect(NAV_VIEWS).toEqual(["incidents", "audit", "settings"]);
  });

  it("keeps the incidents tab current while editing one", () => {
    expect(navSection("editor")).toBe("incidents");
    expect(navSection("export")).toBe("incidents");
    expect(navSection("audit")).toBe("audit");
  });

  it("shows the demo passphrase once after making a demo vault, then the view", () => {
    expect(screenFor({ ...base, state: "unlocked", showingDemoPassphrase: true })).toBe("demo-created");
    expect(screenFor({ ...base, state: "unlocked", showingDemoPassphrase: false })).toBe("incidents");
  });

  it("never shows a vault view while locked", () => {
    expect(screenFor({ ...base, state: "locked", view: "editor", showingDemoPassphrase: true })).toBe("unlock");
    expect(screenFor({ ...base, state: "locked", view: "export" })).toBe("unlock");
  });

  it("shows the recovery key before anything else once the vault is created", () => {
    expect(screenFor({ ...base, state: "unlocked", view: "settings", showingRecoveryKey: true })).toBe("recovery");
  });

  it("never shows the recovery key or settings while locked", () => {
    expect(screenFor({ ...base, state: "locked", showingRecoveryKey: true, view: "settings" })).toBe("unlock");
  });
});

describe("lockNoticeFor", () => {
  it("says how many minutes of inactivity locked the vault", () => {
    const notice = lockNoticeFor("inactivity", 5);
    expect(notice).not.toBeNull();
    expect(withoutIsolation(tm(notice!))).toBe("Locked after 5 minutes without activity.");
    expect(tm(lockNoticeFor("inactivity", 1)!)).toBe("Locked after 1 minute without activity.");
  });

  it("explains a lock on sleep", () => {
    expect(tm(lockNoticeFor("suspend", 5)!)).toBe("Locked because the computer went to sleep.");
  });

  it("explains a lock when the operating system locked the screen", () => {
    expect(tm(lockNoticeFor("screen_locked", 5)!)).toBe("Locked because the computer's screen was locked.");
  });

  it("tells that the vault was erased", () => {
    expect(tm(lockNoticeFor("erased", 5)!)).toContain("erased");
  });

  it("says nothing when the user locked it", () => {
    expect(lockNoticeFor("user", 5)).toBeNull();
  });
});

describe("autoLockChoices", () => {
  it("offers the standard delays", () => {
    expect(autoLockChoices(5)).toEqual([1, 2, 5, 10, 15, 30, 60]);
  });

  it("keeps an unusual current value selectable, in order", () => {
    expect(autoLockChoices(3)).toEqual([1, 2, 3, 5, 10, 15, 30, 60]);
  });
});

describe("lastSessionNotice", () => {
  const open = (lastSession: VaultStatus["lastSession"]): VaultStatus => ({
    state: "unlocked",
    location: "/vault",
    autoLockMinutes: 5,
    kdfLogN: 18,
    unlockedWith: "passphrase",
    demo: false,
    lastSession,
    rollbackWarning: null,
    eraseMarkRemoved: false,
    language: null,
    lockedBecause: null,
  });

  it("says when the vault was last opened and its latest change", () => {
    const notice = lastSessionNotice(open({ change: 1234, unlockedAt: "2026-11-30T18:02:00Z" }), (iso) => `<${iso}>`);
    expect(withoutIsolation(tm(notice!))).toBe(
      "Vault opened. The time before, it was opened on <2026-11-30T18:02:00Z>; its latest change is number 1234.",
    );
  });

  it("says nothing for a vault with no record of an earlier session", () => {
    expect(lastSessionNotice(open(null), (iso) => iso)).toBeNull();
  });
});
