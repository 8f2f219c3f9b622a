import { FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { getLocale, setLocale, t, tm, tn } from "./index.svelte";
import { directionOf, LOCALES, NATIVE_NAMES, pickLocale, primaryLanguage } from "./locales";
import { catalogueSource, hasMessage, translate, withoutIsolation } from "./translate";
import type { Locale } from "./locales";

const en = (key: string, params?: Record<string, string | number>): string => withoutIsolation(translate("en", key, params));
const ids = (source: string): string[] => [...source.matchAll(/^([A-Za-z][\w-]*) =/gm)].map((m) => m[1] ?? "");

describe("English source", () => {
  it("parses without errors and has a text for every message", () => {
    const source = catalogueSource("en");
    const resource = new FluentResource(source);
    expect(resource.body.length).toBeGreaterThan(800);
    for (const id of ids(source)) expect(en(id).trim(), id).not.toBe("");
  });

  it("has the exact sentences the design asks for", () => {
    expect(en("audit-intro")).toBe("The log records what happened, never the contents.");
    expect(en("demo-bannerTitle")).toBe("DEMO — fictional cases only");
    expect(en("notes-never")).toMatch(/^Never exported/);
    expect(en("delete-explain")).toContain("The audit log keeps only that a deletion happened.");
    expect(en("recovery-explain")).toContain("It will not be shown again.");
    expect(en("firstRun-busy")).toContain("Creating your vault — this takes a few seconds");
    expect(en("state-locked")).toBe("Locked");
    expect(en("state-unlocked")).toBe("Unlocked");
  });

  it("falls back to the id itself for an id no catalogue has", () => {
    expect(translate("fr", "no-such-message")).toBe("no-such-message");
    expect(hasMessage("no-such-message")).toBe(false);
    expect(hasMessage("lock-button")).toBe(true);
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
      expect(hasMessage(`audit-event-${event}`), event).toBe(true);
    }
  });

  it("names every editor step, status, urgency and consent state", () => {
    for (const step of ["details", "people", "acts", "un", "consent", "sources", "evidence", "followup", "notes"]) {
      expect(hasMessage(`editor-step-${step}`), step).toBe(true);
    }
    for (const key of ["status-draft", "urgency-urgent", "consentState-internal_only", "consentState-no_people"]) {
      expect(hasMessage(key), key).toBe(true);
    }
  });

  it("says 'Saved' after a save, as the tests of the app expect", () => {
    setLocale("en");
    expect(withoutIsolation(t("editor-state-saved", { revision: 2, time: "10:30" }))).toBe("Saved (revision 2) at 10:30");
    expect(withoutIsolation(t("consent-current", { level: 2 }))).toContain("Level 2");
  });
});

describe("every language", () => {
  const english = ids(catalogueSource("en"));
  for (const locale of LOCALES) {
    it(`${locale} parses without errors and has exactly the English message ids`, () => {
      const source = catalogueSource(locale);
      expect(source, `${locale}.ftl is missing`).not.toBe("");
      const resource = new FluentResource(source);
      expect(resource.body.map((m) => m.id).sort()).toEqual([...english].sort());
    });

    it(`${locale} has its own name in the language picker`, () => {
      expect(NATIVE_NAMES[locale].trim()).not.toBe("");
    });
  }
});

describe("plurals, numbers and isolation", () => {
  it("English: one and other", () => {
    setLocale("en");
    expect(withoutIsolation(tn("notice-lockedInactivity", 1))).toBe("Locked after 1 minute without activity.");
    expect(withoutIsolation(tn("notice-lockedInactivity", 5))).toBe("Locked after 5 minutes without activity.");
  });

  it("chooses Arabic and Russian plural forms by CLDR rules", () => {
    const say = (locale: Locale, n: number): string => withoutIsolation(translate(locale, "autoLock-option", { count: n }));
    expect(say("ar", 1)).toContain("واحدة");
    expect(say("ar", 2)).toContain("دقيقتان");
    expect(say("ar", 3)).toContain("دقائق");
    expect(say("ar", 11)).not.toContain("دقائق");
    expect(say("ru", 1)).toMatch(/минута$/);
    expect(say("ru", 2)).toMatch(/минуты$/);
    expect(say("ru", 5)).toMatch(/минут$/);
    expect(say("ru", 21)).toMatch(/минута$/);
  });

  it("formats numbers by the locale", () => {
    expect(translate("fr", "evidence-count", { count: 1234 })).toContain("1\u202f234");
    expect(translate("en", "evidence-count", { count: 1234 })).toContain("1,234");
  });

  it("isolates every inserted value, so an Arabic name keeps its direction inside a French sentence", () => {
    expect(translate("fr", "passphrase-showLabel", { label: "كلمة" })).toContain("\u2068كلمة\u2069");
    expect(translate("ar", "passphrase-showLabel", { label: "Passphrase" })).toContain("\u2068Passphrase\u2069");
  });
});

describe("t and the current locale", () => {
  it("translates in the current locale and sets lang and dir on the document", () => {
    // The unit tests run without a DOM: a stand-in document shows what setLocale writes.
    const root = { lang: "", dir: "" };
    (globalThis as { document?: unknown }).document = { documentElement: root };
    setLocale("ar");
    expect(getLocale()).toBe("ar");
    expect(document.documentElement.dir).toBe("rtl");
    expect(document.documentElement.lang).toBe("ar");
    expect(t("lock-button")).not.toBe("Lock");
    setLocale("en");
    expect(document.documentElement.dir).toBe("ltr");
    delete (globalThis as { document?: unknown }).document;
    expect(root).toEqual({ lang: "en", dir: "ltr" });
    expect(withoutIsolation(t("strength-tooShort", { min: 12 }))).toBe("Too short: at least 12 characters.");
  });

  it("tm renders each kind of message", () => {
    setLocale("en");
    expect(tm({ key: "lock-button" })).toBe("Lock");
    expect(withoutIsolation(tm({ plural: "verify-entries", count: 3 }))).toBe("3 entries in the history of changes.");
    expect(tm({ text: "as it is" })).toBe("as it is");
  });
});

describe("locale selection and direction", () => {
  it("writes Arabic, Persian, Hebrew and Urdu right to left", () => {
    for (const tag of ["ar", "ar-EG", "fa_IR", "he", "ur"]) expect(directionOf(tag), tag).toBe("rtl");
  });

  it("writes the other UN languages left to right", () => {
    for (const tag of ["fr", "es-419", "en-GB", "zh-Hans-CN", "ru"]) expect(directionOf(tag), tag).toBe("ltr");
  });

  it("picks the first preferred language Tadamun has, by primary subtag", () => {
    expect(pickLocale(["xx", "fr-CA", "en"])).toBe("fr");
    expect(pickLocale(["zh-Hans-CN"])).toBe("zh");
    expect(pickLocale(["ar_EG.UTF-8"])).toBe("ar");
    expect(pickLocale(["ru_RU.UTF-8@euro"])).toBe("ru");
    expect(pickLocale([])).toBe("en");
  });

  it("never fails on the C or POSIX locale, an empty tag or garbage", () => {
    expect(pickLocale(["C"])).toBe("en");
    expect(pickLocale(["POSIX", "c.UTF-8"])).toBe("en");
    expect(pickLocale(["", null, undefined, "@@", "es"])).toBe("es");
    expect(primaryLanguage(" ES_es ")).toBe("es");
  });
});

describe("glossaries", () => {
  const glossaries = import.meta.glob<string>("./glossary/*.md", { query: "?raw", import: "default", eager: true });
  const localeOf = (file: string): string => file.replace(/^.*\//, "").replace(/\.md$/, "");

  it("exist for every language but English", () => {
    expect(Object.keys(glossaries).map(localeOf).sort()).toEqual(LOCALES.filter((l) => l !== "en").sort());
  });

  for (const [file, content] of Object.entries(glossaries)) {
    const locale = localeOf(file) as Locale;
    it(`${locale}: every term is used as written in the messages the glossary names`, () => {
      const rows = content
        .split("\n")
        .filter((l) => l.startsWith("|") && !/^\|\s*:?-/.test(l))
        .slice(1)
        .map((l) => l.split("|").map((c) => c.trim()));
      expect(rows.length, "at least 30 terms").toBeGreaterThanOrEqual(30);
      let checked = 0;
      for (const row of rows) {
        const term = row[2] ?? "";
        const checkedIn = [...(row[4] ?? "").matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? "");
        for (const id of checkedIn) {
          expect(hasMessage(id), `${locale}: ${id} (glossary) is not a message`).toBe(true);
          const text = withoutIsolation(translate(locale, id, { count: 2 })).toLowerCase();
          expect(text, `${locale} ${id} should use “${term}”`).toContain(term.toLowerCase());
          checked += 1;
        }
      }
      expect(checked, "terms checked against messages").toBeGreaterThanOrEqual(20);
    });
  }
});
