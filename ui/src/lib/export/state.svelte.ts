// The "Prepare a submission" screen's state: the recipient profiles, the form, the preview of
// exactly the current choices, the folder and keys, and the export under way or done.
// A preview belongs to the request it was made for: any change to the choices hides it.

import type { ExportOutcome, ExportProgress, ExportRequest, Preview, ProfileSummary } from "../ipc/bindings";
import * as api from "../ipc/commands";
import { normaliseError } from "../ipc/errors";
import { onExportProgress, stopListening, type UnlistenFn } from "../ipc/events";
import { getLocale, type Message } from "../i18n/index.svelte";
import {
  buildRequest,
  exportErrorMessage,
  isBlankSubmitter,
  defaultLanguage,
  isWorkingLanguage,
  newForm,
  previewBlockedReason,
  runBlockedReason,
  splitLines,
  type ExportForm,
} from "./form";
import { markersFrom, type Marker } from "./highlight";
import { noteText } from "./words";

export class ExportState {
  profiles = $state<ProfileSummary[] | null>(null);
  form = $state<ExportForm>(newForm(new Date()));
  /** The last preview, with the request it shows (as JSON). */
  shown = $state<{ key: string; preview: Preview } | null>(null);
  previewing = $state(false);
  /** The folder chosen in the native dialog, for display. */
  folder = $state("");
  /** The one-time token that folder is written into by (the page never names a path). */
  folderToken = $state<string | null>(null);
  keys = $state("");
  /** The keys text that was last checked and found right. */
  keysChecked = $state("");
  keysError = $state<Message | null>(null);
  checkingKeys = $state(false);
  running = $state(false);
  progress = $state<ExportProgress | null>(null);
  outcome = $state<ExportOutcome | null>(null);
  error = $state<Message | null>(null);
  /** Which step the error belongs to, so it is shown next to what caused it. */
  errorAt = $state<"load" | "preview" | "write">("load");

  #previews = 0;
  #keyChecks = 0;
  readonly #incidentIds: () => readonly string[];

  /** `incidentIds`: the incidents chosen (read each time, so removing one updates the request). */
  constructor(incidentIds: () => readonly string[]) {
    this.#incidentIds = incidentIds;
  }

  get incidentIds(): readonly string[] {
    return this.#incidentIds();
  }

  readonly profile: ProfileSummary | null = $derived(this.profiles?.find((p) => p.id === this.form.recipient) ?? null);
  readonly request: ExportRequest | null = $derived(buildRequest(this.form, this.profile, this.incidentIds));
  readonly requestKey: string = $derived(JSON.stringify(this.request));
  /** The preview of exactly the current choices, else `null`. */
  readonly preview: Preview | null = $derived(
    this.shown !== null && this.request !== null && this.shown.key === this.requestKey ? this.shown.preview : null,
  );
  readonly previewStale: boolean = $derived(this.shown !== null && this.preview === null);
  readonly markers: Marker[] = $derived(this.preview === null ? [] : markersFrom(this.preview.notes, noteText));
  readonly previewReason: Message | null = $derived(previewBlockedReason(this.request));
  readonly keyList: string[] = $derived(splitLines(this.keys));
  readonly runReason: Message | null = $derived(
    runBlockedReason({
      previewCurrent: this.preview !== null,
      previewStale: this.previewStale,
      blockers: this.preview?.blockers.length ?? 0,
      folder: this.folderToken === null ? "" : this.folder,
      // Not while a check runs: leaving the field for this button would disable it under the click.
      keysProblem: this.keysError !== null,
      running: this.running,
    }),
  );

  async load(): Promise<void> {
    try {
      this.profiles = await api.exportProfiles();
      this.error = null;
    } catch (e) {
      this.#fail("load", e);
    }
    // Who submitted last time, unless something was typed already; not worth an error.
    try {
      const last = await api.exportLastSubmitter();
      if (last !== null && isBlankSubmitter(this.form.submitter)) this.form.submitter = { ...last };
    } catch {
      // The fields stay empty.
    }
  }

  /** The person chose a recipient: a language it does not accept is replaced by one it does. */
  chooseRecipient(id: string): void {
    this.form.recipient = id;
    const profile = this.profiles?.find((p) => p.id === id);
    // Keep a language the new recipient works in; else start in the screens' language when it
    // does, else in its first working language (any of the six can still be chosen).
    if (profile !== undefined && !isWorkingLanguage(profile, this.form.language)) {
      this.form.language = defaultLanguage(profile, getLocale());
    }
  }

  async showPreview(): Promise<boolean> {
    const request = this.request;
    if (request === null || this.previewReason !== null || this.running) return false;
    const key = this.requestKey;
    const id = ++this.#previews;
    this.previewing = true;
    this.error = null;
    try {
      const preview = await api.exportPreview(request);
      if (id !== this.#previews) return false;
      this.shown = { key, preview };
      return true;
    } catch (e) {
      if (id === this.#previews) this.#fail("preview", e);
      return false;
    } finally {
      if (id === this.#previews) this.previewing = false;
    }
  }

  async chooseFolder(): Promise<void> {
    try {
      const chosen = await api.exportChooseFolder();
      if (chosen !== null) {
        this.folder = chosen.path;
        this.folderToken = chosen.token;
      }
    } catch (e) {
      this.#fail("write", e);
    }
  }

  /** The keys text changed: an earlier verdict no longer applies. */
  keysEdited(): void {
    if (this.keys !== this.keysChecked) this.keysError = null;
  }

  /** Checks the typed keys; true when there are none or all are right. */
  async checkKeys(): Promise<boolean> {
    const text = this.keys;
    const keys = splitLines(text);
    const id = ++this.#keyChecks;
    if (keys.length === 0) {
      this.keysError = null;
      this.keysChecked = text;
      this.checkingKeys = false;
      return true;
    }
    if (text === this.keysChecked && this.keysError === null) return true;
    this.checkingKeys = true;
    try {
      await api.exportCheckKeys(keys);
      if (id !== this.#keyChecks) return false;
      this.keysError = null;
      this.keysChecked = text;
      return true;
    } catch (e) {
      if (id !== this.#keyChecks) return false;
      this.keysError = exportErrorMessage(normaliseError(e));
      this.keysChecked = "";
      return false;
    } finally {
      if (id === this.#keyChecks) this.checkingKeys = false;
    }
  }

  /** Writes the files; true when they were written. */
  async run(): Promise<boolean> {
    const request = this.request;
    if (request === null || this.runReason !== null) return false;
    this.running = true;
    this.progress = null;
    this.error = null;
    let stop: UnlistenFn | null = null;
    try {
      if (!(await this.checkKeys())) return false;
      try {
        stop = await onExportProgress((progress) => (this.progress = progress));
      } catch {
        // Not inside Tauri: no progress, the export still runs.
      }
      const token = this.folderToken;
      if (token === null) return false;
      // The token is spent by this attempt, whatever its outcome: another needs the dialog again.
      this.folderToken = null;
      this.outcome = await api.exportRun(request, token, this.keyList);
      return true;
    } catch (e) {
      this.#fail("write", e);
      return false;
    } finally {
      stopListening(stop);
      this.running = false;
      this.progress = null;
    }
  }

  #fail(at: "load" | "preview" | "write", e: unknown): void {
    this.errorAt = at;
    this.error = exportErrorMessage(normaliseError(e));
  }

  /** After an export: the same choices, ready for another recipient or another folder. */
  again(): void {
    this.outcome = null;
    this.shown = null;
    this.error = null;
  }
}
