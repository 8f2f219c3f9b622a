import { describe, expect, it } from "vitest";
import { en } from "./en";
import { getLocale, setLocale, t, tm, tn } from "./index.svelte";
import { dictionaries, directionOf, pickLocale } from "./locales";
import { interpolate, lookup, pluralKey, translate } from "./translate";

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

describe("interpolate", () => {
  it("replaces every named parameter, numbers included", () => {
    expect(interpolate("Locked after {count} minutes by {who}.", { count: 5, who: "Rust" })).toBe(
      "Locked after 5 minutes by Rust.",
    );
  });

  it("replaces a parameter used twice", () => {
    expect(interpolate("{a} and {a}", { a: "x" })).toBe("x and x");
  });

  it("leaves an unknown placeholder visible instead of printing 'undefined'", () => {
    expect(interpolate("Hello {name}", { other: 1 })).toBe("Hello {name}");
  });

  it("does not read inherited properties as parameters", () => {
    expect(interpolate("{toString}", {})).toBe("{toString}");
  });

  it("inserts parameter text literally, even if it looks like a placeholder", () => {
    expect(interpolate("{a}", { a: "{b}", b: "no" })).toBe("{b}");
  });
});

describe("lookup and fallback", () => {
  it("uses the locale's own text when present", () => {
    expect(lookup({ "unlock.submit": "Déverrouiller" }, "unlock.submit")).toBe("Déverrouiller");
  });

  it("falls back to English when the locale lacks a key", () => {
    expect(lookup({}, "unlock.submit")).toBe("Unlock");
  });

  it("falls back to English when the locale has an empty string", () => {
    expect(lookup({ "unlock.submit": "" }, "unlock.submit")).toBe("Unlock");
  });

  it("falls back to the key itself when even English lacks it", () => {
    expect(translate({}, "no.such.key")).toBe("no.such.key");
  });
});

describe("English source", () => {
  it("has a non-empty text for every key", () => {
    for (const [key, text] of Object.entries(en)) {
      expect(text.trim(), key).not.toBe("");
    }
  });

  it("has the exact sentences the design asks for", () => {
    expect(en["audit.intro"]).toBe("The log records what happened, never the contents.");
    expect(en["demo.bannerTitle"]).toBe("DEMO — fictional cases only");
    expect(en["notes.never"]).toContain("Never exported");
    expect(en["delete.explain"]).toContain("The audit log keeps only that a deletion happened.");
    expect(en["recovery.explain"]).toContain("It will not be shown again.");
    expect(en["firstRun.busy"]).toContain("Creating your vault — this takes a few seconds");
    expect(en["state.locked"]).toBe("Locked");
    expect(en["state.unlocked"]).toBe("Unlocked");
  });

  it("has an `.other` form for every plural message", () => {
    const bases = Object.keys(en)
      .filter((k) => /\.(zero|one|two|few|many)$/.test(k))
      .map((k) => k.replace(/\.\w+$/, ""));
    for (const base of bases) expect(Object.keys(en), base).toContain(`${base}.other`);
  });
});

describe("case-record strings", () => {
  it("translates every audit event the core writes", () => {
    for (const event of [
      "vault_created",
      "unlocked",
      "passphrase_changed",
      "passphrase_reset_with_recovery_key",
      "recovery_key_replaced",
      "key_rotated",
      "setting_changed",
      "incident_created",
      "incident_updated",
      "incident_deleted",
      "demo_cases_loaded",
    ]) {
      expect(Object.keys(en), event).toContain(`audit.event.${event}`);
    }
  });

  it("names every editor step, status, urgency and consent state", () => {
    const keys = Object.keys(en);
    for (const step of ["details", "people", "acts", "un", "consent", "sources", "evidence", "followup", "notes"]) {
      expect(keys).toContain(`editor.step.${step}`);
    }
    for (const key of ["status.draft", "urgency.urgent", "consentState.internal_only", "consentState.no_people"]) {
      expect(keys).toContain(key);
    }
  });

  it("says 'Saved' after a save and 'never exported' for notes, as the tests of the app expect", () => {
    expect(t("editor.state.saved", { revision: 2, time: "10:30" })).toBe("Saved (revision 2) at 10:30");
    expect(en["notes.never"]).toMatch(/^Never exported/);
    expect(t("consent.current", { level: 2 })).toContain("Level 2");
  });
});

describe("every locale", () => {
  for (const [locale, dict] of Object.entries(dictionaries)) {
    it(`${locale} has every English key, with the same placeholders`, () => {
      const keys = Object.keys(dict);
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(keys, `${locale} misses ${key}`).toContain(key);
        expect(placeholders(dict[key]), `${locale} ${key}`).toEqual(placeholders(en[key]));
      }
    });

    it(`${locale} has no key that English lacks`, () => {
      for (const key of Object.keys(dict)) expect(Object.keys(en)).toContain(key);
    });
  }
});

describe("plurals", () => {
  it("chooses one/other by English rules", () => {
    expect(pluralKey(en, "en", "autoLock.option", 1)).toBe("autoLock.option.one");
    expect(pluralKey(en, "en", "autoLock.option", 5)).toBe("autoLock.option.other");
  });

  it("falls back to `.other` when a locale's category has no text", () => {
    // Arabic says "two" for 2; English has no `.two`, so `.other` is used.
    expect(pluralKey(en, "ar", "autoLock.option", 2)).toBe("autoLock.option.other");
  });

  it("tn puts the count in the text", () => {
    expect(tn("notice.lockedInactivity", 1)).toBe("Locked after 1 minute without activity.");
    expect(tn("notice.lockedInactivity", 5)).toBe("Locked after 5 minutes without activity.");
  });
});

describe("t and the current locale", () => {
  it("translates with parameters in the current locale", () => {
    setLocale("en");
    expect(getLocale()).toBe("en");
    expect(t("strength.tooShort", { min: 12 })).toBe("Too short: at least 12 characters.");
  });

  it("tm renders each kind of message", () => {
    expect(tm({ key: "lock.button" })).toBe("Lock");
    expect(tm({ plural: "verify.entries", count: 3 })).toBe("3 entries in the history of changes.");
    expect(tm({ text: "as the core said it" })).toBe("as the core said it");
  });
});

describe("locale selection and direction", () => {
  it("writes Arabic, Persian, Hebrew and Urdu right to left", () => {
    expect(directionOf("ar")).toBe("rtl");
    expect(directionOf("ar-EG")).toBe("rtl");
    expect(directionOf("fa_IR")).toBe("rtl");
    expect(directionOf("he")).toBe("rtl");
    expect(directionOf("ur")).toBe("rtl");
  });

  it("writes French, Spanish and English left to right", () => {
    expect(directionOf("fr")).toBe("ltr");
    expect(directionOf("es-419")).toBe("ltr");
    expect(directionOf("en-GB")).toBe("ltr");
  });

  it("picks the first preferred language Tadamun has, by primary subtag", () => {
    expect(pickLocale(["xx", "en-GB"])).toBe("en");
    expect(pickLocale([])).toBe("en");
  });
});
