// Consent per person: the latest record by date is the one in force (on one day, the one
// recorded later), earlier ones are the history. Recording new consent appends; withdrawing
// dates the current record. Nothing is rewritten. Consent that came in an imported file for a
// person this vault already knew does not count until someone confirms it here.
// The same rules as the core's `current_consent`.

import type { ConsentRecord } from "../ipc/bindings";
import type { MessageKey } from "../i18n/index.svelte";

export const CONSENT_LEVELS: readonly number[] = [0, 1, 2, 3];

/** A record with its position in the incident's consent list. */
export interface IndexedConsent {
  readonly record: ConsentRecord;
  readonly index: number;
}

/** A person's records in the order they count: by date, and on one day in the order recorded. */
function inOrder(records: readonly ConsentRecord[], actorId: string): IndexedConsent[] {
  return records
    .map((record, index) => ({ record, index }))
    .filter(({ record }) => record.actor_id === actorId)
    .sort((a, b) => (a.record.date < b.record.date ? -1 : a.record.date > b.record.date ? 1 : a.index - b.index));
}

/**
 * The record in force for a person (possibly withdrawn), or `null` if none was ever taken or
 * confirmed here. Imported consent still to be confirmed does not count.
 */
export function currentConsent(records: readonly ConsentRecord[], actorId: string): ConsentRecord | null {
  const counted = inOrder(records, actorId).filter(({ record }) => !record.unconfirmed_import);
  return counted[counted.length - 1]?.record ?? null;
}

/** Every record of a person, newest first. */
export function consentHistory(records: readonly ConsentRecord[], actorId: string): ConsentRecord[] {
  return inOrder(records, actorId)
    .reverse()
    .map(({ record }) => record);
}

/** A person's imported records still to be confirmed, newest first, with their positions. */
export function unconfirmedConsent(records: readonly ConsentRecord[], actorId: string): IndexedConsent[] {
  return inOrder(records, actorId)
    .filter(({ record }) => record.unconfirmed_import)
    .reverse();
}

/** What may be done now: the current level, 0 once withdrawn, `null` when never asked. */
export function levelInForce(records: readonly ConsentRecord[], actorId: string): number | null {
  const current = currentConsent(records, actorId);
  if (current === null) return null;
  return current.revoked_at !== null ? 0 : current.level;
}

/** Adds a record made here: it is in force from its date, and never counts as imported. */
export function appendConsent(records: readonly ConsentRecord[], record: ConsentRecord): ConsentRecord[] {
  return [...records, { ...record, revoked_at: null, unconfirmed_import: false }];
}

/** Dates the person's current record as withdrawn; unchanged when there is nothing to withdraw. */
export function withdrawConsent(records: readonly ConsentRecord[], actorId: string, on: string): ConsentRecord[] {
  const current = currentConsent(records, actorId);
  if (current === null || current.revoked_at !== null) return [...records];
  const index = records.lastIndexOf(current);
  return records.map((r, i) => (i === index ? { ...r, revoked_at: on } : r));
}

/** Someone confirmed imported record `index` with the person here: from now on it counts. */
export function confirmImportedConsent(records: readonly ConsentRecord[], index: number): ConsentRecord[] {
  return records.map((r, i) => (i === index ? { ...r, unconfirmed_import: false } : r));
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
    unconfirmed_import: false,
  };
}

export function levelTitle(level: number): MessageKey {
  switch (level) {
    case 1:
      return "consent-level1-title";
    case 2:
      return "consent-level2-title";
    case 3:
      return "consent-level3-title";
    default:
      return "consent-level0-title";
  }
}

export function levelExplanation(level: number): MessageKey {
  switch (level) {
    case 1:
      return "consent-level1-explain";
    case 2:
      return "consent-level2-explain";
    case 3:
      return "consent-level3-explain";
    default:
      return "consent-level0-explain";
  }
}

/** Concerns that only warn: the record may still be added. */
export const WARNING_CONCERNS: readonly MessageKey[] = ["consent-concern-risks", "consent-concern-older"];

/**
 * What is wrong or worrying in a consent record about to be added (empty: fine). `inForce`:
 * the person's current record, if any; a record dated before it only joins the history.
 */
export function consentConcerns(record: ConsentRecord, inForce: ConsentRecord | null = null): MessageKey[] {
  const concerns: MessageKey[] = [];
  if (!record.risks_explained) concerns.push("consent-concern-risks");
  if (record.level === 3 && record.name_form === null) concerns.push("consent-concern-nameForm");
  if (record.level === 3 && record.name_form === "anonymous_description" && record.anonymous_description.trim() === "") {
    concerns.push("consent-concern-description");
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(record.date)) concerns.push("consent-concern-date");
  else if (inForce !== null && record.date < inForce.date) concerns.push("consent-concern-older");
  return concerns;
}

/** Concerns that stop the record from being added (warnings alone do not). */
export function blocksRecording(concerns: readonly MessageKey[]): boolean {
  return concerns.some((c) => !WARNING_CONCERNS.includes(c));
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
