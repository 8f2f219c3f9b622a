// Unsaved editor state kept as an encrypted draft in the vault (never in web storage):
// what goes in it, reading it back safely, and whether a draft is worth offering.

import type { Actor, Draft, Incident } from "../ipc/bindings";

export const DRAFT_VERSION = 1;
/** Seconds between autosaves while there are unsaved changes. */
export const AUTOSAVE_SECONDS = 3;

export interface EditorDraft {
  readonly version: number;
  readonly incident: Incident;
  readonly actors: Actor[];
  /** The revision the editor started from; `null` for an incident never saved. */
  readonly baseRevision: number | null;
  readonly number: number | null;
}

export function serialiseDraft(draft: Omit<EditorDraft, "version">): string {
  return JSON.stringify({ version: DRAFT_VERSION, ...draft });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The draft's content, or `null` when it is damaged or from another format. */
export function parseDraft(data: string): EditorDraft | null {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (!isObject(value) || value.version !== DRAFT_VERSION) return null;
  const { incident, actors, baseRevision, number } = value;
  if (!isObject(incident) || typeof incident.id !== "string" || typeof incident.title !== "string") return null;
  if (!Array.isArray(incident.involvements) || !Array.isArray(incident.consent)) return null;
  if (!Array.isArray(actors) || !actors.every((a) => isObject(a) && typeof a.id === "string")) return null;
  if (baseRevision !== null && typeof baseRevision !== "number") return null;
  // A draft written before a field existed lacks it: fill in what the core would assume.
  const consent = incident.consent.map((c: unknown) => (isObject(c) ? { unconfirmed_import: false, ...c } : c));
  const filled = actors.map((a) => (Array.isArray(a.identifiers) ? a : { ...a, identifiers: [] }));
  return {
    version: DRAFT_VERSION,
    incident: { ...incident, consent } as unknown as Incident,
    actors: filled as unknown as Actor[],
    baseRevision,
    number: typeof number === "number" ? number : null,
  };
}

/**
 * Whether to offer restoring a draft when opening a record last saved at `updatedAt`
 * (`null`: the record was never saved). A draft older than the record is stale.
 */
export function draftIsNewer(draft: Draft | null, updatedAt: string | null): boolean {
  if (draft === null) return false;
  if (updatedAt === null) return true;
  const drafted = Date.parse(draft.saved_at);
  const saved = Date.parse(updatedAt);
  if (Number.isNaN(drafted)) return false;
  if (Number.isNaN(saved)) return true;
  return drafted > saved;
}

/** Drafts of incidents that were never saved, newest first (listed so none is lost). */
export function unsavedNewIncidents(drafts: readonly Draft[]): { draft: Draft; content: EditorDraft }[] {
  return drafts
    .map((draft) => ({ draft, content: parseDraft(draft.data) }))
    .filter((d): d is { draft: Draft; content: EditorDraft } => d.content !== null && d.content.baseRevision === null)
    .sort((a, b) => b.draft.saved_at.localeCompare(a.draft.saved_at));
}
