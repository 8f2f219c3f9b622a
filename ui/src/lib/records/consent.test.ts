import { describe, expect, it } from "vitest";
import type { ConsentRecord } from "../ipc/bindings";
import {
  appendConsent,
  blankConsent,
  blocksRecording,
  consentConcerns,
  consentHistory,
  currentConsent,
  levelExplanation,
  levelInForce,
  normaliseConsent,
  withdrawConsent,
} from "./consent";
import { en } from "../i18n/en";

const record = (actor: string, level: number, date: string, extra: Partial<ConsentRecord> = {}): ConsentRecord => ({
  ...blankConsent(actor, date),
  level,
  risks_explained: true,
  ...extra,
});

const records = [record("amal", 1, "2024-01-01"), record("omar", 2, "2024-01-02"), record("amal", 3, "2024-02-01", { name_form: "initials" })];

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
    expect(concerns).toEqual(["consent.concern.risks"]);
    expect(blocksRecording(concerns)).toBe(false);
  });

  it("requires a name form for level 3 and a description when anonymous", () => {
    expect(consentConcerns(record("amal", 3, "2024-01-01"))).toContain("consent.concern.nameForm");
    const anon = record("amal", 3, "2024-01-01", { name_form: "anonymous_description" });
    expect(blocksRecording(consentConcerns(anon))).toBe(true);
    expect(consentConcerns({ ...anon, anonymous_description: "a ship's captain" })).toEqual([]);
  });

  it("requires a YYYY-MM-DD date", () => {
    expect(consentConcerns(record("amal", 1, "2024-01"))).toContain("consent.concern.date");
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
