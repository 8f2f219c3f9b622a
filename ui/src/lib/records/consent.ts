// Consent per person: the last record is the one in force, earlier ones are the history.
// Recording new consent appends; withdrawing dates the current record. Nothing is rewritten.

import type { ConsentRecord } from "../ipc/bindings";
import type { MessageKey } from "../i18n/index.svelte";

export const CONSENT_LEVELS: readonly number[] = [0, 1, 2, 3];

/** The record in force for a person (possibly withdrawn), or `null` if none was ever taken. */
export function currentConsent(records: readonly ConsentRecord[], actorId: string): ConsentRecord | null {
  for (let i = records.length - 1; i >= 0; i--) {
    const record = records[i];
    if (record !== undefined && record.actor_id === actorId) return record;
  }
  return null;
}

/** Every record of a person, newest first. */
export function consentHistory(records: readonly ConsentRecord[], actorId: string): ConsentRecord[] {
  return records.filter((r) => r.actor_id === actorId).reverse();
}

/** What may be done now: the current level, 0 once withdrawn, `null` when never asked. */
export function levelInForce(records: readonly ConsentRecord[], actorId: string): number | null {
  const current = currentConsent(records, actorId);
  if (current === null) return null;
  return current.revoked_at !== null ? 0 : current.level;
}

export function appendConsent(records: readonly ConsentRecord[], record: ConsentRecord): ConsentRecord[] {
  return [...records, { ...record, revoked_at: null }];
}

/** Dates the person's current record as withdrawn; unchanged when there is nothing to withdraw. */
export function withdrawConsent(records: readonly ConsentRecord[], actorId: string, on: string): ConsentRecord[] {
  const current = currentConsent(records, actorId);
  if (current === null || current.revoked_at !== null) return [...records];
  const index = records.lastIndexOf(current);
  return records.map((r, i) => (i === index ? { ...r, revoked_at: on } : r));
}

export function blankConsent(actorId: string, on: string): ConsentRecord {
  return {
    actor_id: actorId,
    level: 0,
    name_form: null,
    anonymous_description: "",
    given_by: "person",
    risks_explained: false,
    date: on,
    method: "oral",
    recorded_by: "",
    purpose: "",
    revoked_at: null,
  };
}

export function levelTitle(level: number): MessageKey {
  switch (level) {
    case 1:
      return "consent.level1.title";
    case 2:
      return "consent.level2.title";
    case 3:
      return "consent.level3.title";
    default:
      return "consent.level0.title";
  }
}

export function levelExplanation(level: number): MessageKey {
  switch (level) {
    case 1:
      return "consent.level1.explain";
    case 2:
      return "consent.level2.explain";
    case 3:
      return "consent.level3.explain";
    default:
      return "consent.level0.explain";
  }
}

/** What is wrong or worrying in a consent record about to be added (empty: fine). */
export function consentConcerns(record: ConsentRecord): MessageKey[] {
  const concerns: MessageKey[] = [];
  if (!record.risks_explained) concerns.push("consent.concern.risks");
  if (record.level === 3 && record.name_form === null) concerns.push("consent.concern.nameForm");
  if (record.level === 3 && record.name_form === "anonymous_description" && record.anonymous_description.trim() === "") {
    concerns.push("consent.concern.description");
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(record.date)) concerns.push("consent.concern.date");
  return concerns;
}

/** Concerns that stop the record from being added (a risk warning alone does not). */
export function blocksRecording(concerns: readonly MessageKey[]): boolean {
  return concerns.some((c) => c !== "consent.concern.risks");
}

/** Ready to add: the name form is kept only for level 3, the description only with it. */
export function normaliseConsent(record: ConsentRecord): ConsentRecord {
  const nameForm = record.level === 3 ? record.name_form : null;
  return {
    ...record,
    name_form: nameForm,
    anonymous_description: nameForm === "anonymous_description" ? record.anonymous_description.trim() : "",
    recorded_by: record.recorded_by.trim(),
    purpose: record.purpose.trim(),
  };
}
