// Field paths from the core ("acts[1].victim_id", "incident.title", "actors[<id>].name"):
// which editor step holds the field, which element to focus, and how to say it in words.

import type { Problem } from "../ipc/bindings";
import { t, type MessageKey } from "../i18n/index.svelte";

export type Step = "details" | "people" | "acts" | "un" | "consent" | "sources" | "evidence" | "followup" | "notes";

export const STEPS: readonly Step[] = ["details", "people", "acts", "un", "consent", "sources", "evidence", "followup", "notes"];

export interface Segment {
  readonly name: string;
  /** The index or key in brackets, if any. */
  readonly key: string | null;
}

export function parsePath(path: string): Segment[] {
  const segments: Segment[] = [];
  for (const part of path.split(".")) {
    const match = /^([^[\]]*)(?:\[([^\]]*)\])?$/.exec(part);
    if (match === null) segments.push({ name: part, key: null });
    else segments.push({ name: match[1] ?? "", key: match[2] ?? null });
  }
  // The compare list prefixes incident fields with "incident."; it says nothing to the user.
  if (segments[0]?.name === "incident" && segments[0].key === null && segments.length > 1) segments.shift();
  return segments;
}

const STEP_OF: Readonly<Record<string, Step>> = {
  involvements: "people",
  actors: "people",
  acts: "acts",
  un_links: "un",
  un_raised: "un",
  un_raised_reference: "un",
  consent: "consent",
  sources: "sources",
  submissions: "followup",
  internal_notes: "notes",
};

export function stepForPath(path: string): Step {
  const first = parsePath(path)[0]?.name ?? "";
  return STEP_OF[first] ?? "details";
}

const FIXED_IDS: Readonly<Record<string, string>> = {
  title: "incident-title",
  narrative: "incident-narrative",
  start: "incident-start-date",
  "start.date": "incident-start-date",
  "start.precision": "incident-start-precision",
  end: "incident-end-date",
  "end.date": "incident-end-date",
  "end.precision": "incident-end-precision",
  country: "incident-country",
  status: "incident-status",
  urgency: "incident-urgency",
  types: "incident-types-search",
};

/** The id of the element that edits the field at `path` (for focus and aria-describedby). */
export function fieldId(path: string): string {
  const fixed = FIXED_IDS[path.replace(/^incident\./, "")];
  if (fixed !== undefined) return fixed;
  return `f-${path.replace(/[^A-Za-z0-9_]+/g, "-").replace(/-+$/, "")}`;
}

/** The problems for exactly this field. */
export function problemsAt(problems: readonly Problem[], path: string): Problem[] {
  return problems.filter((p) => p.path === path || p.path.startsWith(`${path}.date`) || p.path === `${path}.precision`);
}

/** The problems for a field or anything inside it (`acts[0]` → `acts[0].type`, …). */
export function problemsUnder(problems: readonly Problem[], prefix: string): Problem[] {
  return problems.filter((p) => p.path === prefix || p.path.startsWith(`${prefix}.`) || p.path.startsWith(`${prefix}[`));
}

/** How many problems each step has, so the stepper can point at them. */
export function problemsByStep(problems: readonly Problem[]): Map<Step, number> {
  const counts = new Map<Step, number>();
  for (const problem of problems) {
    const step = stepForPath(problem.path);
    counts.set(step, (counts.get(step) ?? 0) + 1);
  }
  return counts;
}

const FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  title: "field-title",
  narrative: "field-narrative",
  start: "field-start",
  end: "field-end",
  ongoing: "field-ongoing",
  place: "field-place",
  country: "field-country",
  status: "field-status",
  urgency: "field-urgency",
  types: "field-types",
  tags: "field-tags",
  current_situation: "field-current_situation",
  domestic_remedies: "field-domestic_remedies",
  internal_notes: "field-internal_notes",
  un_raised: "field-un_raised",
  un_raised_reference: "field-un_raised_reference",
  confidential: "field-confidential",
  created_at: "field-created_at",
  updated_at: "field-updated_at",
  date: "field-date",
  precision: "field-precision",
  name: "field-name",
  actor_id: "field-actor_id",
  role: "field-role",
  state_link: "field-state_link",
  description: "field-description",
  type: "field-type",
  victim_id: "field-victim_id",
  perpetrator_ids: "field-perpetrator_ids",
  legal_basis: "field-legal_basis",
  authority: "field-authority",
  case_number: "field-case_number",
  detention_place: "field-detention_place",
  lawyer_access: "field-lawyer_access",
  proceeding_type: "field-proceeding_type",
  proceeding_status: "field-proceeding_status",
  fine: "field-fine",
  vessel_detention_days: "field-vessel_detention_days",
  mechanism: "field-mechanism",
  body: "field-body",
  form: "field-form",
  reference: "field-reference",
  level: "field-level",
  name_form: "field-name_form",
  anonymous_description: "field-anonymous_description",
  given_by: "field-given_by",
  risks_explained: "field-risks_explained",
  method: "field-method",
  recorded_by: "field-recorded_by",
  purpose: "field-purpose",
  revoked_at: "field-revoked_at",
  unconfirmed_import: "field-unconfirmed_import",
  kind: "field-kind",
  reliability: "field-reliability",
  obtained_on: "field-obtained_on",
  recipient: "field-recipient",
  date_sent: "field-date_sent",
  response_received: "field-response_received",
  response_summary: "field-response_summary",
  next_step: "field-next_step",
  next_step_due: "field-next_step_due",
  file_hashes: "field-file_hashes",
  other_names: "field-other_names",
  gender: "field-gender",
  age: "field-age",
  birth_year: "field-birth_year",
  nationality: "field-nationality",
  occupation: "field-occupation",
  work: "field-work",
  flag_state: "field-flag_state",
  registration: "field-registration",
  contact: "field-contact",
  identifiers: "field-identifiers",
};

const ITEM_LABELS: Readonly<Record<string, MessageKey>> = {
  involvements: "item-involvements",
  acts: "item-acts",
  un_links: "item-un_links",
  consent: "item-consent",
  sources: "item-sources",
  submissions: "item-submissions",
  actors: "item-actors",
};

function fieldLabel(name: string): string {
  const key = FIELD_LABELS[name];
  return key !== undefined ? t(key) : name.replaceAll("_", " ");
}

export interface PathNames {
  /** The name of an actor by its id (compare list) or its position in what was sent (problems). */
  actor?: (key: string) => string | null;
  /** The name of the actor of involvement N. */
  involvement?: (index: number) => string | null;
}

/** "Act 2 › Victim", "Person “Amal” › Nationality", "Title". */
export function humanisePath(path: string, names: PathNames = {}): string {
  const parts: string[] = [];
  for (const { name, key } of parsePath(path)) {
    if (key === null) {
      parts.push(fieldLabel(name));
      continue;
    }
    const index = /^\d+$/.test(key) ? Number(key) : null;
    let named: string | null = null;
    if (name === "actors") named = names.actor?.(key) ?? null;
    if (name === "involvements" && index !== null) named = names.involvement?.(index) ?? null;
    if (named !== null && named.trim() !== "") {
      parts.push(named);
      continue;
    }
    const item = ITEM_LABELS[name];
    if (item !== undefined) parts.push(t(item, { n: index !== null ? index + 1 : key }));
    else parts.push(`${fieldLabel(name)} ${index !== null ? index + 1 : key}`);
  }
  return parts.join(" › ");
}
