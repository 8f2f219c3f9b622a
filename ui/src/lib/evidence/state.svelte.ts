// The attachments of the incident open in the editor, and the import in progress. The editor
// owns one, so an import keeps its progress when the user switches steps, and files dropped on
// the window can be imported whichever step is showing.

import type { Attachment, ImportProgress } from "../ipc/bindings";
import * as api from "../ipc/commands";
import { errorMessage, normaliseError } from "../ipc/errors";
import { onEvidenceProgress, stopListening, type UnlistenFn } from "../ipc/events";
import type { Message } from "../i18n/index.svelte";
import { summariseOutcomes, ThroughputMeter, type AttachmentOutcome, type ImportSummary } from "./evidence";

/** How often the speed shown is recomputed (the events may come much faster). */
const RATE_EVERY_MS = 500;

export type ImportStart = "started" | "busy" | "nothing";

export class EvidenceState {
  readonly #incidentId: () => string;
  readonly #now: () => number;

  items = $state<Attachment[]>([]);
  loaded = $state(false);
  loading = $state(false);
  loadError = $state<Message | null>(null);

  importing = $state(false);
  cancelling = $state(false);
  /** The last progress event of the running import (null before the first one). */
  progress = $state<ImportProgress | null>(null);
  /** Bytes per second, null while it cannot be told yet. */
  rate = $state<number | null>(null);
  /** The result of the last batch, until dismissed or the next batch starts. */
  summary = $state<ImportSummary | null>(null);
  /** The batch as a whole failed (e.g. the vault locked), as opposed to single files. */
  importError = $state<Message | null>(null);
  /** The originals of the files just attached, still on this computer: tokens and names. */
  originals = $state<{ tokens: string[]; names: string[] } | null>(null);
  /** What removing the originals did, or why it failed. */
  originalsResult = $state<Message | null>(null);
  removingOriginals = $state(false);

  #meter = new ThroughputMeter();
  #lastRateAt = Number.NEGATIVE_INFINITY;
  #disposed = false;

  constructor(incidentId: () => string, now: () => number = () => performance.now()) {
    this.#incidentId = incidentId;
    this.#now = now;
  }

  async load(): Promise<void> {
    if (this.loading) return;
    this.loading = true;
    try {
      const items = await api.listAttachments(this.#incidentId());
      if (this.#disposed) return;
      this.items = items;
      this.loadError = null;
      this.loaded = true;
    } catch (e) {
      if (!this.#disposed) this.loadError = errorMessage(normaliseError(e));
    } finally {
      this.loading = false;
    }
  }

  /** Asks for files with the native picker and imports them. */
  async pickAndImport(importedBy: string): Promise<ImportStart> {
    if (this.importing) return "busy";
    let paths: string[];
    try {
      paths = await api.pickFiles();
    } catch (e) {
      this.importError = errorMessage(normaliseError(e));
      return "nothing";
    }
    return this.importPaths(paths, importedBy);
  }

  /** Imports files by path (picked or dropped). Only one batch at a time. */
  async importPaths(paths: readonly string[], importedBy: string): Promise<ImportStart> {
    if (this.importing) return "busy";
    if (paths.length === 0 || this.#disposed) return "nothing";
    this.importing = true;
    this.cancelling = false;
    this.progress = null;
    this.rate = null;
    this.summary = null;
    this.importError = null;
    this.#meter.reset();
    this.#lastRateAt = Number.NEGATIVE_INFINITY;

    let unlisten: UnlistenFn | null = null;
    try {
      try {
        unlisten = await onEvidenceProgress((event) => this.#onProgress(event));
      } catch {
        // Without events the import still works; only the progress bar stays empty.
      }
      const outcomes = await api.importAttachments(this.#incidentId(), [...paths], importedBy.trim());
      if (this.#disposed) return "started";
      this.summary = summariseOutcomes(outcomes);
      const kept = outcomes.filter((o) => o.original !== null);
      this.originals =
        kept.length === 0 ? null : { tokens: kept.map((o) => o.original as string), names: kept.map((o) => o.name) };
      this.originalsResult = null;
      this.#merge(outcomes);
      // The list in the vault is the truth (order, links made by other incidents).
      await this.load();
    } catch (e) {
      if (!this.#disposed) this.importError = errorMessage(normaliseError(e));
    } finally {
      stopListening(unlisten);
      this.importing = false;
      this.cancelling = false;
      this.progress = null;
      this.rate = null;
    }
    return "started";
  }

  async cancel(): Promise<void> {
    if (!this.importing || this.cancelling) return;
    this.cancelling = true;
    try {
      await api.cancelImport();
    } catch (e) {
      this.cancelling = false;
      this.importError = errorMessage(normaliseError(e));
    }
  }

  dismissSummary(): void {
    this.summary = null;
    this.importError = null;
  }

  /** Removes the originals of the files just attached (overwritten, then deleted, with their thumbnails). */
  async removeOriginals(): Promise<void> {
    const originals = this.originals;
    if (originals === null || this.removingOriginals) return;
    this.removingOriginals = true;
    try {
      const results = await api.removeOriginals(originals.tokens);
      const removed = results.filter((r) => r.removed !== null);
      const failed = results.filter((r) => r.error !== null);
      this.originalsResult =
        failed.length === 0
          ? { plural: "evidence-originalsRemoved", count: removed.length }
          : { key: "evidence-originalsFailed", params: { names: failed.map((r) => r.name).join(", ") } };
      this.originals = null;
    } catch (e) {
      this.originalsResult = errorMessage(normaliseError(e));
    } finally {
      this.removingOriginals = false;
    }
  }

  /** The person keeps the originals where they are. */
  keepOriginals(): void {
    this.originals = null;
    this.originalsResult = null;
  }

  /** An attachment changed (description, shareable). */
  replace(attachment: Attachment): void {
    this.items = this.items.map((a) => (a.id === attachment.id ? attachment : a));
  }

  removed(id: string): void {
    this.items = this.items.filter((a) => a.id !== id);
  }

  /** The editor closes: a running import is abandoned, since nobody would see its result. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    if (this.importing) api.cancelImport().catch(() => undefined);
  }

  #onProgress(event: ImportProgress): void {
    if (!this.importing) return;
    const now = this.#now();
    this.#meter.add(event, now);
    this.progress = event;
    if (now - this.#lastRateAt >= RATE_EVERY_MS) {
      this.#lastRateAt = now;
      this.rate = this.#meter.bytesPerSecond();
    }
  }

  #merge(outcomes: readonly AttachmentOutcome[]): void {
    const known = new Set(this.items.map((a) => a.id));
    const added: Attachment[] = [];
    for (const outcome of outcomes) {
      const attachment = outcome.imported?.attachment;
      if (attachment !== undefined && !known.has(attachment.id)) {
        known.add(attachment.id);
        added.push(attachment);
      }
    }
    if (added.length > 0) this.items = [...this.items, ...added];
  }
}
