import { describe, expect, it } from "vitest";
import { tm } from "../i18n/index.svelte";
import { verifyFindings } from "./verify";

describe("verifyFindings", () => {
  it("is empty for an intact vault", () => {
    const report = {
      auditEntries: 3,
      auditChainIntact: true,
      databaseIntact: true,
      attachmentsChecked: 2,
      attachmentsIntact: true,
      problems: [],
    };
    expect(verifyFindings(report)).toEqual([]);
  });

  it("lists a broken chain, a damaged database, altered attachments and the core's problems", () => {
    const findings = verifyFindings({
      auditEntries: 3,
      auditChainIntact: false,
      databaseIntact: false,
      attachmentsChecked: 2,
      attachmentsIntact: false,
      problems: ["entry 2 hash mismatch", ""],
    });
    expect(findings.map(tm)).toEqual([
      "The database is damaged.",
      "The history of changes was altered or damaged.",
      "Some attachments are missing or were altered.",
      "entry 2 hash mismatch",
    ]);
  });
});
