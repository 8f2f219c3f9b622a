import { describe, expect, it } from "vitest";
import type { ConsentRecord } from "../ipc/bindings";
import {
  appendConsent,
  blankConsent,
  blocksRecording,
  confirmImportedConsent,
  consentConcerns,
  consentHistory,
  currentConsent,
  levelExplanation,
  levelInForce,
  normaliseConsent,
  unconfirmedConsent,
  withdrawConsent,
} from "./consent";
import { translate, withoutIsolation } from "../i18n/translate";

const en = new Proxy({} as Record<string, string>, { get: (_, key) => withoutIsolation(translate("en", String(key))) });

const record = (actor: string, level: number, date: string, extra: Partial<ConsentRecord> = {}): ConsentRecord => ({
  ...blankConsent(actor, date),
  level,
  risks_explained: true,
  ...extra,
});

const records = [
  record("amal", 1, "2024-01-01"),
  record("omar", 2, "2024-01-02"),
  record("amal", 3, "2024-02-01", { name_form: "initials" }),
];

describe("current consent and history", () => {
  it("takes a person's last record as the one in force", () => {
    expect(currentConsent(records, "amal")?.level).toBe(3);
    expect(currentConsent(records, "omar")?.level).toBe(2);
    expect(currentConsent(records, "nobody")).toBeNull();
  });

  it("lists a person's history newest first", () => {
    expect(consentHistory(records, "amal").map((r) => r.date)).toEqual(["2024-02-01", "2024-01-01"]);
  });

  it("says level 0 once withdrawn and null when never asked", () => {
    const withdrawn = withdrawConsent(records, "amal", "2024-03-01");
    expect(levelInForce(withdrawn, "amal")).toBe(0);
    expect(levelInForce(records, "amal")).toBe(3);
    expect(levelInForce(records, "nobody")).toBeNull();
  });
});

describe("consent is read by date, as the core reads it", () => {
  it("takes the latest by date, not the last in the list", () => {
    const outOfOrder = [record("amal", 3, "2024-02-01", { name_form: "initials" }), record("amal", 1, "2024-01-01")];
    expect(currentConsent(outOfOrder, "amal")?.level).toBe(3);
    expect(consentHistory(outOfOrder, "amal").map((r) => r.date)).toEqual(["2024-02-01", "2024-01-01"]);
  });

  it("on the same day, takes the one recorded later", () => {
    const sameDay = [record("amal", 2, "2024-01-01"), record("amal", 1, "2024-01-01")];
    expect(currentConsent(sameDay, "amal")?.level).toBe(1);
  });

  it("withdraws the record in force even when it is not the last in the list", () => {
    const outOfOrder = [record("amal", 3, "2024-02-01", { name_form: "initials" }), record("amal", 1, "2024-01-01")];
    const next = withdrawConsent(outOfOrder, "amal", "2024-03-01");
    expect(next[0]?.revoked_at).toBe("2024-03-01");
    expect(next[1]?.revoked_at).toBeNull();
  });
});

describe("imported consent still to be confirmed", () => {
  const imported = [
    record("amal", 1, "2024-01-01"),
    record("amal", 3, "2024-05-01", { name_form: "full_name", unconfirmed_import: true }),
    record("omar", 2, "2024-02-01", { unconfirmed_import: true }),
  ];

  it("does not count, even when it is the latest", () => {
    expect(currentConsent(imported, "amal")?.level).toBe(1);
    expect(levelInForce(imported, "amal")).toBe(1);
    expect(currentConsent(imported, "omar")).toBeNull();
    expect(levelInForce(imported, "omar")).toBeNull();
  });

  it("is listed apart, with its place in the incident's list, and stays in the history", () => {
    expect(unconfirmedConsent(imported, "amal")).toEqual([{ record: imported[1], index: 1 }]);
    expect(unconfirmedConsent(imported, "omar").map((u) => u.index)).toEqual([2]);
    expect(unconfirmedConsent(records, "amal")).toEqual([]);
    expect(consentHistory(imported, "amal")).toHaveLength(2);
  });

  it("counts once someone confirms it here, and only that record changes", () => {
    const confirmed = confirmImportedConsent(imported, 1);
    expect(confirmed[1]?.unconfirmed_import).toBe(false);
    expect(confirmed[2]?.unconfirmed_import).toBe(true);
    expect(currentConsent(confirmed, "amal")?.level).toBe(3);
    expect(unconfirmedConsent(confirmed, "amal")).toEqual([]);
    expect(imported[1]?.unconfirmed_import).toBe(true);
  });

  it("withdrawing leaves it alone: it is not in force", () => {
    const next = withdrawConsent(imported, "amal", "2024-06-01");
    expect(next[0]?.revoked_at).toBe("2024-06-01");
    expect(next[1]?.revoked_at).toBeNull();
  });

  it("is never what a record made here becomes", () => {
    expect(blankConsent("amal", "2024-01-01").unconfirmed_import).toBe(false);
    const next = appendConsent(records, record("amal", 2, "2024-06-01", { unconfirmed_import: true }));
    expect(next[3]?.unconfirmed_import).toBe(false);
  });
});

describe("recording and withdrawing never rewrite history", () => {
  it("appends a new record and leaves the old ones alone", () => {
    const next = appendConsent(records, record("omar", 0, "2024-04-01", { revoked_at: "2024-05-01" }));
    expect(next).toHaveLength(4);
    expect(next.slice(0, 3)).toEqual(records);
    expect(next[3]?.revoked_at).toBeNull();
    expect(records).toHaveLength(3);
  });

  it("dates only the person's current record when withdrawing", () => {
    const next = withdrawConsent(records, "amal", "2024-03-01");
    expect(next[2]?.revoked_at).toBe("2024-03-01");
    expect(next[0]?.revoked_at).toBeNull();
    expect(next[1]?.revoked_at).toBeNull();
    expect(records[2]?.revoked_at).toBeNull();
  });

  it("does nothing when there is nothing to withdraw", () => {
    expect(withdrawConsent(records, "nobody", "2024-03-01")).toEqual(records);
    const once = withdrawConsent(records, "amal", "2024-03-01");
    expect(withdrawConsent(once, "amal", "2024-04-01")[2]?.revoked_at).toBe("2024-03-01");
  });
});

describe("concerns before recording", () => {
  it("warns when the risks were not explained, without blocking", () => {
    const concerns = consentConcerns(record("amal", 1, "2024-01-01", { risks_explained: false }));
    expect(concerns).toEqual(["consent-concern-risks"]);
    expect(blocksRecording(concerns)).toBe(false);
  });

  it("requires a name form for level 3 and a description when anonymous", () => {
    expect(consentConcerns(record("amal", 3, "2024-01-01"))).toContain("consent-concern-nameForm");
    const anon = record("amal", 3, "2024-01-01", { name_form: "anonymous_description" });
    expect(blocksRecording(consentConcerns(anon))).toBe(true);
    expect(consentConcerns({ ...anon, anonymous_description: "a ship's captain" })).toEqual([]);
  });

  it("warns, without blocking, when the date is before the consent in force", () => {
    const inForce = record("amal", 3, "2024-02-01", { name_form: "initials" });
    const older = consentConcerns(record("amal", 1, "2024-01-15"), inForce);
    expect(older).toEqual(["consent-concern-older"]);
    expect(blocksRecording(older)).toBe(false);
    expect(consentConcerns(record("amal", 1, "2024-02-01"), inForce)).toEqual([]);
    expect(consentConcerns(record("amal", 1, "2024-01-15"), null)).toEqual([]);
  });

  it("requires a YYYY-MM-DD date", () => {
    expect(consentConcerns(record("amal", 1, "2024-01"))).toContain("consent-concern-date");
  });

  it("drops a name form below level 3", () => {
    const normal = normaliseConsent(record("amal", 2, "2024-01-01", { name_form: "full_name", anonymous_description: "x" }));
    expect(normal.name_form).toBeNull();
    expect(normal.anonymous_description).toBe("");
  });
});

describe("explanations in plain words", () => {
  it("explains each level as the domain reference does", () => {
    expect(en[levelExplanation(0)]).toBe("Nothing about this person leaves the vault.");
    expect(en[levelExplanation(1)]).toContain("No name reaches the State");
    expect(en[levelExplanation(2)]).toContain("confidential communication");
    expect(en[levelExplanation(3)]).toContain("full name, initials or an anonymous description");
  });
});
