import { describe, expect, it } from "vitest";
import { setLocale, tm } from "../i18n/index.svelte";
import { withoutIsolation } from "../i18n/translate";
import { backupProgressText, backupReminder, lastBackupLine, percentOf } from "./backup";

const NEVER = { lastAt: null, daysSince: null, due: true, reminderDays: 30 };
const RECENT = { lastAt: "2026-11-28T10:00:00Z", daysSince: 3, due: false, reminderDays: 30 };
const OLD = { lastAt: "2026-09-01T10:00:00Z", daysSince: 91, due: true, reminderDays: 30 };

describe("lastBackupLine", () => {
  it("says when no backup was made", () => {
    setLocale("en");
    expect(tm(lastBackupLine(NEVER, "en"))).toBe("No backup has been made yet.");
  });

  it("says how many days ago, with the date in the locale's words", () => {
    setLocale("en");
    const line = tm(lastBackupLine(RECENT, "en"));
    expect(line).toContain("3 days ago");
    expect(line).toContain("2026");
    expect(tm(lastBackupLine({ ...RECENT, daysSince: 0 }, "en"))).toContain("today");
  });

  it("uses the language's plural forms", () => {
    setLocale("ru");
    expect(tm(lastBackupLine({ ...RECENT, daysSince: 21 }, "ru"))).toContain("21");
    setLocale("en");
  });
});

describe("backupReminder", () => {
  it("reminds only when a backup is due", () => {
    setLocale("en");
    expect(backupReminder(RECENT)).toBeNull();
    expect(tm(backupReminder(NEVER) ?? { text: "" })).toContain("no backup");
    expect(tm(backupReminder(OLD) ?? { text: "" })).toContain("91 days old");
  });
});

describe("progress", () => {
  it("is a whole percentage, never above 100 or below 0", () => {
    expect(percentOf({ step: "files", done: 0, total: 0 })).toBe(0);
    expect(percentOf({ step: "files", done: 421, total: 1000 })).toBe(42);
    expect(percentOf({ step: "files", done: 2000, total: 1000 })).toBe(100);
  });

  it("names the step in words, and an unknown step by its code", () => {
    setLocale("en");
    expect(withoutIsolation(backupProgressText({ step: "files", done: 1, total: 2 }))).toBe("Writing the backup: 50 %");
    expect(withoutIsolation(backupProgressText({ step: "later", done: 1, total: 4 }))).toBe("later: 25 %");
  });
});
