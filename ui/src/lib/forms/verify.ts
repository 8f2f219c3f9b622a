// What an integrity report means for the user: an empty list when all is well.

import type { VerifyReport } from "../ipc/bindings";
import type { Message } from "../i18n/index.svelte";

export function verifyFindings(report: VerifyReport): Message[] {
  const findings: Message[] = [];
  if (!report.databaseIntact) findings.push({ key: "verify-databaseDamaged" });
  if (!report.auditChainIntact) findings.push({ key: "verify-chainBroken" });
  if (!report.attachmentsIntact) findings.push({ key: "verify-attachmentsDamaged" });
  for (const problem of report.problems) {
    if (problem.trim() !== "") findings.push({ text: problem });
  }
  return findings;
}
