// The audit log in words: known events translated, unknown ones shown as their code.

import type { Message, MessageKey } from "../i18n/index.svelte";

const KNOWN_EVENTS: Readonly<Record<string, MessageKey>> = {
  vault_created: "audit-event-vault_created",
  unlocked: "audit-event-unlocked",
  passphrase_changed: "audit-event-passphrase_changed",
  passphrase_reset_with_recovery_key: "audit-event-passphrase_reset_with_recovery_key",
  key_rotated: "audit-event-key_rotated",
  recovery_key_replaced: "audit-event-recovery_key_replaced",
  key_rotation_finished: "audit-event-key_rotation_finished",
  key_rotation_rolled_back: "audit-event-key_rotation_rolled_back",
  setting_changed: "audit-event-setting_changed",
  incident_created: "audit-event-incident_created",
  incident_updated: "audit-event-incident_updated",
  incident_deleted: "audit-event-incident_deleted",
  demo_cases_loaded: "audit-event-demo_cases_loaded",
  evidence_imported: "audit-event-evidence_imported",
  evidence_deleted: "audit-event-evidence_deleted",
  evidence_copy_exported: "audit-event-evidence_copy_exported",
  export_written: "audit-event-export_written",
  backup_made: "audit-event-backup_made",
  vault_restored: "audit-event-vault_restored",
  leftover_files_removed: "audit-event-leftover_files_removed",
};

export function auditEventMessage(event: string): Message {
  const key = Object.prototype.hasOwnProperty.call(KNOWN_EVENTS, event) ? KNOWN_EVENTS[event] : undefined;
  return key !== undefined ? { key } : { text: event };
}

/** The entry's details as "name: value" pairs; nothing when the detail is empty or not an object. */
export function auditDetails(detail: string): [string, string][] {
  let value: unknown;
  try {
    value = JSON.parse(detail);
  } catch {
    return detail.trim() === "" ? [] : [["", detail]];
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>).map(([k, v]) => [
    k.replaceAll("_", " "),
    typeof v === "string" ? v : JSON.stringify(v),
  ]);
}
