import { describe, expect, it } from "vitest";
import { tm } from "../i18n/index.svelte";
import { verifyFindings } from "./verify";

describe("verifyFindings", () => {
  it("is empty for an intact vault", () => {
    expect(verifyFindings({ auditEntries: 3, auditChainIntact: true, databaseIntact: true, problems: [] })).toEqual([]);
  });

  it("lists a broken chain, a damaged database and the core's problems", () => {
    const findings = verifyFindings({
      auditEntries: 3,
      auditChainIntact: false,
      databaseIntact: false,
      problems: ["entry 2 hash mismatch", ""],
    });
    expect(findings.map(tm)).toEqual([
      "The database is damaged.",
      "The history of changes was altered or damaged.",
      "entry 2 hash mismatch",
    ]);
  });
});
