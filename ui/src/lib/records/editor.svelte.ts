// The incident being edited: the record and its actors, what changed since the last save,
// saving (with the core's problems and warnings), and autosaving a draft into the vault.

import type { Actor, AppError, Incident, IncidentView, Problem, Warning } from "../ipc/bindings";
import * as api from "../ipc/commands";
import { normaliseError } from "../ipc/errors";
import { blankIncident } from "./blank";
import { parseDraft, serialiseDraft, type EditorDraft } from "./drafts";
import { involvedActors } from "./involvements";

export type SaveState =
  | { readonly kind: "new" }
  | { readonly kind: "clean" }
  | { readonly kind: "dirty"; readonly draftAt: Date | null }
  | { readonly kind: "saving" }
  | { readonly kind: "saved"; readonly revision: number; readonly at: Date }
  | { readonly kind: "failed" };

/** What the save-state line says, from the editor's facts. */
export function saveStateOf(input: {
  saving: boolean;
  dirty: boolean;
  failed: boolean;
  everSaved: boolean;
  lastSave: { revision: number; at: Date } | null;
  draftAt: Date | null;
}): SaveState {
  if (input.saving) return { kind: "saving" };
  if (input.dirty) return input.failed ? { kind: "failed" } : { kind: "dirty", draftAt: input.draftAt };
  if (input.lastSave !== null) return { kind: "saved", ...input.lastSave };
  return input.everSaved ? { kind: "clean" } : { kind: "new" };
}

function contentOf(incident: Incident, actors: readonly Actor[]): string {
  return JSON.stringify({ incident, actors: involvedActors(incident, actors) });
}

export class EditorState {
  incident = $state<Incident>(blankIncident(""));
  /** Every actor the editor knows about; the involved ones are sent on save. */
  actors = $state<Actor[]>([]);
  /** The revision the editor started from (`null`: never saved). */
  baseRevision = $state<number | null>(null);
  number = $state<number | null>(null);
  warnings = $state<Warning[]>([]);
  problems = $state<Problem[]>([]);
  error = $state<AppError | null>(null);
  saving = $state(false);
  lastSave = $state<{ revision: number; at: Date } | null>(null);
  draftAt = $state<Date | null>(null);
  #baseline = $state("");
  #lastDraft = "";
  #draftWrite: Promise<void> = Promise.resolve();

  readonly content: string = $derived(contentOf(this.incident, this.actors));
  readonly dirty: boolean = $derived(this.content !== this.#baseline);
  readonly involved: Actor[] = $derived(involvedActors(this.incident, this.actors));
  readonly saveState: SaveState = $derived(
    saveStateOf({
      saving: this.saving,
      dirty: this.dirty,
      failed: this.error !== null,
      everSaved: this.baseRevision !== null,
      lastSave: this.lastSave,
      draftAt: this.draftAt,
    }),
  );

  /** A brand-new incident with a fresh identifier from the core. */
  startNew(id: string): void {
    this.incident = blankIncident(id);
    this.actors = [];
    this.baseRevision = null;
    this.number = null;
    this.warnings = [];
    this.#resetBaseline();
  }

  load(view: IncidentView): void {
    this.incident = view.incident;
    this.actors = view.actors;
    this.baseRevision = view.revision;
    this.number = view.number;
    this.warnings = view.warnings;
    this.#resetBaseline();
  }

  #resetBaseline(): void {
    this.problems = [];
    this.error = null;
    this.lastSave = null;
    this.draftAt = null;
    this.#baseline = contentOf(this.incident, this.actors);
    this.#lastDraft = this.#baseline;
  }

  /** Puts a draft's content in the editor; it stays unsaved until the user saves. */
  restore(draft: EditorDraft): void {
    this.incident = draft.incident;
    // Actors: the draft's versions win over the stored ones.
    const byId = new Map(this.actors.map((a) => [a.id, a]));
    for (const actor of draft.actors) byId.set(actor.id, actor);
    this.actors = [...byId.values()];
    if (this.baseRevision === null) {
      this.baseRevision = draft.baseRevision;
      this.number = draft.number;
    }
    this.#lastDraft = this.content;
  }

  /** True when a draft holds something other than what the editor shows. */
  differsFrom(data: string): boolean {
    const draft = parseDraft(data);
    return draft !== null && contentOf(draft.incident, draft.actors) !== this.content;
  }

  /** Writes the unsaved changes as a draft (at most one write at a time; skipped when unchanged). */
  flushDraft(): Promise<void> {
    // A failed write must not stop the next ones: each starts after the last, whatever it did.
    this.#draftWrite = this.#draftWrite
      .catch(() => undefined)
      .then(async () => {
        if (this.saving || !this.dirty || this.content === this.#lastDraft) return;
        const content = this.content;
        const data = serialiseDraft({
          incident: $state.snapshot(this.incident),
          actors: $state.snapshot(this.involved),
          baseRevision: this.baseRevision,
          number: this.number,
        });
        await api.saveDraft(this.incident.id, data);
        this.#lastDraft = content;
        this.draftAt = new Date();
      });
    return this.#draftWrite;
  }

  async discardDraft(): Promise<void> {
    await api.deleteDraft(this.incident.id);
  }

  /** Saves a new revision. Returns true when saved; problems and errors are kept for display. */
  async save(): Promise<boolean> {
    if (this.saving) return false;
    this.saving = true;
    this.error = null;
    // Let a draft write in progress finish, so it cannot land after the save deletes the draft.
    await this.#draftWrite.catch(() => undefined);
    const content = this.content;
    try {
      const saved = await api.saveIncident($state.snapshot(this.incident), $state.snapshot(this.involved), this.baseRevision);
      this.baseRevision = saved.revision;
      this.number = saved.number;
      this.warnings = saved.warnings;
      this.problems = [];
      this.lastSave = { revision: saved.revision, at: new Date() };
      this.draftAt = null;
      this.#baseline = content;
      this.#lastDraft = content;
      return true;
    } catch (e) {
      const error = normaliseError(e);
      this.error = error;
      this.problems = error.code === "invalid_record" ? error.problems : [];
      return false;
    } finally {
      this.saving = false;
    }
  }

  /** Forgets the unsaved state (after a delete), so leaving does not ask. */
  markClean(): void {
    this.#baseline = this.content;
  }
}
