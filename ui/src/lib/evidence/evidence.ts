// Pure helpers for the evidence (attachments) step: sizes, import speed and time left, what a
// finished import means in words, which files can be shown or shared, and what their metadata
// reveals. No state and no calls to the core here, so all of it is tested.

import type { CaptureMetadata, ImportOutcome, ImportProgress } from "../ipc/bindings";
import { errorMessage } from "../ipc/errors";
import type { Message } from "../i18n/index.svelte";

/** What one file of an import produced, and the outcome per file (generated from Rust). */
export type { ImportedAttachment } from "../ipc/bindings";
export type AttachmentOutcome = ImportOutcome;

// Sizes.

const UNITS = ["size-bytes", "size-kib", "size-mib", "size-gib", "size-tib"] as const;

/** "512 B", "1.5 KiB", "3.2 MiB" (binary units, one decimal below 100, in the locale's digits). */
export function formatSize(bytes: number, locale = "en"): Message {
  let value = Number.isFinite(bytes) && bytes > 0 ? bytes : 0;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  // 1023.96 KiB would round to "1,024 KiB": say "1 MiB" instead.
  if (unit > 0 && unit < UNITS.length - 1 && Math.round(value * 10) / 10 >= 1024) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const size = new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  return { key: UNITS[unit] ?? "size-bytes", params: { size } };
}

// Speed and time left.

export interface Sample {
  /** Milliseconds (any monotonic clock). */
  readonly at: number;
  /** Bytes read since the batch started. */
  readonly bytes: number;
}

/** How far back the speed is averaged: long enough to be steady, short enough to follow changes. */
export const SPEED_WINDOW_MS = 5000;
/** Below this span of samples the speed is a guess: nothing is shown yet. */
const MIN_SPAN_MS = 500;

/**
 * Turns progress events into a steady byte count for the whole batch. Each file's `done`
 * starts again from 0; when a later file begins, the earlier one's `total` is carried over.
 * (If the core ever reports batch-wide bytes, `done` does not fall back and nothing is added.)
 */
export class ThroughputMeter {
  #samples: Sample[] = [];
  #carried = 0;
  #lastIndex = -1;
  #lastDone = 0;
  #lastTotal = 0;

  add(progress: ImportProgress, at: number): void {
    if (progress.index !== this.#lastIndex) {
      if (this.#lastIndex >= 0 && progress.done < this.#lastDone) this.#carried += this.#lastTotal;
      this.#lastIndex = progress.index;
    }
    this.#lastDone = progress.done;
    this.#lastTotal = progress.total;
    this.#samples.push({ at, bytes: this.#carried + progress.done });
    const oldest = at - SPEED_WINDOW_MS;
    // Keep one sample older than the window so the span still covers all of it.
    while (this.#samples.length > 2 && (this.#samples[1]?.at ?? at) <= oldest) this.#samples.shift();
  }

  /** Bytes per second over the recent window, or null while there is too little to tell. */
  bytesPerSecond(): number | null {
    return bytesPerSecond(this.#samples);
  }

  reset(): void {
    this.#samples = [];
    this.#carried = 0;
    this.#lastIndex = -1;
    this.#lastDone = 0;
    this.#lastTotal = 0;
  }
}

export function bytesPerSecond(samples: readonly Sample[]): number | null {
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (first === undefined || last === undefined) return null;
  const span = last.at - first.at;
  if (span < MIN_SPAN_MS) return null;
  const rate = ((last.bytes - first.bytes) * 1000) / span;
  return rate > 0 ? rate : null;
}

/** Seconds until `remaining` bytes are read at `rate` bytes per second; null when unknown. */
export function secondsLeft(remaining: number, rate: number | null): number | null {
  if (rate === null || rate <= 0 || !Number.isFinite(rate)) return null;
  return Math.max(0, Math.ceil(Math.max(0, remaining) / rate));
}

/** "a few seconds", "40 seconds", "3 minutes", "2 h 5 min". */
export function formatDuration(seconds: number): Message {
  if (seconds < 5) return { key: "evidence-timeFewSeconds" };
  if (seconds < 60) return { plural: "evidence-timeSeconds", count: Math.ceil(seconds / 5) * 5 };
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return { plural: "evidence-timeMinutes", count: minutes };
  return { key: "evidence-timeHours", params: { hours: Math.floor(minutes / 60), minutes: minutes % 60 } };
}

/** Share of the bytes done, 0 to 1 (0 for an empty file, so the bar never shows NaN). */
export function fractionDone(progress: ImportProgress): number {
  if (progress.total <= 0) return progress.done > 0 ? 1 : 0;
  return Math.min(1, Math.max(0, progress.done / progress.total));
}

// The result of a batch.

export type OutcomeLine =
  | { readonly kind: "failed"; readonly name: string; readonly reason: Message }
  | { readonly kind: "skipped"; readonly name: string }
  | { readonly kind: "already"; readonly name: string }
  | { readonly kind: "duplicate"; readonly name: string };

export interface ImportSummary {
  /** Files newly attached (duplicates of other content included). */
  readonly added: number;
  readonly files: number;
  /** Failures first, then what is worth knowing about the files that worked. */
  readonly lines: readonly OutcomeLine[];
  /** At least one file failed (not counting files skipped after a cancel). */
  readonly failed: boolean;
  /** The batch was cancelled part-way. */
  readonly cancelled: boolean;
}

export function summariseOutcomes(outcomes: readonly AttachmentOutcome[]): ImportSummary {
  const failures: OutcomeLine[] = [];
  const notes: OutcomeLine[] = [];
  let added = 0;
  let cancelled = false;
  for (const outcome of outcomes) {
    const name = outcome.name.trim() === "" ? "?" : outcome.name;
    if (outcome.imported !== null) {
      if (outcome.imported.already_attached) notes.push({ kind: "already", name });
      else {
        added += 1;
        if (outcome.imported.duplicate_content) notes.push({ kind: "duplicate", name });
      }
    } else if (outcome.error?.code === "cancelled") {
      cancelled = true;
      failures.push({ kind: "skipped", name });
    } else {
      const reason: Message = outcome.error === null ? { key: "evidence-failedUnknown" } : errorMessage(outcome.error);
      failures.push({ kind: "failed", name, reason });
    }
  }
  return {
    added,
    files: outcomes.length,
    lines: [...failures, ...notes],
    failed: failures.some((l) => l.kind === "failed"),
    cancelled,
  };
}

/** The one-line result of a batch, for the status line. */
export function summaryHeadline(summary: ImportSummary): Message {
  if (summary.cancelled) return { plural: "evidence-summaryCancelled", count: summary.added };
  if (summary.added === summary.files) return { plural: "evidence-summaryAll", count: summary.added };
  return { plural: "evidence-summarySome", count: summary.added, params: { files: summary.files } };
}

// What can be done with each kind of file.

export type FileKind = "image" | "pdf" | "video" | "audio" | "document" | "archive" | "other";

const DOCUMENT_TYPES: ReadonlySet<string> = new Set([
  "application/msword",
  "application/rtf",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.oasis.opendocument.spreadsheet",
  "application/vnd.oasis.opendocument.presentation",
  "application/vnd.ms-excel",
  "application/vnd.ms-powerpoint",
  "text/plain",
  "text/csv",
]);

const ARCHIVE_TYPES: ReadonlySet<string> = new Set([
  "application/zip",
  "application/x-7z-compressed",
  "application/x-rar-compressed",
  "application/vnd.rar",
  "application/gzip",
  "application/x-tar",
]);

function baseType(mediaType: string): string {
  return (mediaType.split(";")[0] ?? "").trim().toLowerCase();
}

export function fileKind(mediaType: string): FileKind {
  const type = baseType(mediaType);
  if (type.startsWith("image/")) return "image";
  if (type === "application/pdf") return "pdf";
  if (type.startsWith("video/")) return "video";
  if (type.startsWith("audio/")) return "audio";
  if (DOCUMENT_TYPES.has(type) || type.startsWith("application/vnd.openxmlformats-officedocument.")) return "document";
  if (ARCHIVE_TYPES.has(type)) return "archive";
  return "other";
}

/** Images the window can show safely (no SVG: it can hold scripts and remote references). */
const PREVIEWABLE: ReadonlySet<string> = new Set(["image/jpeg", "image/png", "image/webp", "image/gif"]);

/** Images the core can copy without their metadata. */
const SANITISABLE: ReadonlySet<string> = new Set(["image/jpeg", "image/png", "image/webp"]);

export function isPreviewable(mediaType: string): boolean {
  return PREVIEWABLE.has(baseType(mediaType));
}

export function isSanitisable(mediaType: string): boolean {
  return SANITISABLE.has(baseType(mediaType));
}

/** Whether to ask the core for a thumbnail (it answers with nothing for what it cannot draw). */
export function mayHaveThumbnail(mediaType: string): boolean {
  const type = baseType(mediaType);
  return type.startsWith("image/") && type !== "image/svg+xml";
}

// Metadata.

/** EXIF writes "2024:05:01 12:30:00"; show it as "2024-05-01 12:30:00". Anything else as it is. */
export function formatTakenAt(value: string): string {
  const exif = /^(\d{4}):(\d{2}):(\d{2})([ T].*)?$/.exec(value.trim());
  if (exif === null) return value.trim();
  return `${exif[1]}-${exif[2]}-${exif[3]}${exif[4] ?? ""}`;
}

function coordinate(value: number): string {
  return value.toFixed(5);
}

export function hasLocation(metadata: CaptureMetadata): boolean {
  return metadata.latitude !== null && metadata.longitude !== null;
}

export function hasMetadata(metadata: CaptureMetadata): boolean {
  return (
    (metadata.taken_at !== null && metadata.taken_at.trim() !== "") ||
    hasLocation(metadata) ||
    (metadata.device !== null && metadata.device.trim() !== "") ||
    metadata.dimensions !== null
  );
}

/** One line per thing the file's metadata says: when, where, which device, how large. */
export function metadataLines(metadata: CaptureMetadata): Message[] {
  const lines: Message[] = [];
  if (metadata.taken_at !== null && metadata.taken_at.trim() !== "") {
    lines.push({ key: "evidence-metaTaken", params: { time: formatTakenAt(metadata.taken_at) } });
  }
  if (metadata.latitude !== null && metadata.longitude !== null) {
    lines.push({
      key: "evidence-metaLocation",
      params: { lat: coordinate(metadata.latitude), lon: coordinate(metadata.longitude) },
    });
  }
  if (metadata.device !== null && metadata.device.trim() !== "") {
    lines.push({ key: "evidence-metaDevice", params: { device: metadata.device.trim() } });
  }
  if (metadata.dimensions !== null) {
    const [width, height] = metadata.dimensions;
    lines.push({ key: "evidence-metaDimensions", params: { width, height } });
  }
  return lines;
}

// Bytes from the core.

/**
 * A raw-byte answer as bytes. Tauri gives an `ArrayBuffer`; older builds and test doubles a
 * typed array or a plain array of numbers.
 */
export function toBytes(value: unknown): Uint8Array<ArrayBuffer> {
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) {
    const copy = new Uint8Array(value.byteLength);
    copy.set(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    return copy;
  }
  if (Array.isArray(value)) return Uint8Array.from(value as number[]);
  return new Uint8Array(0);
}

/**
 * An object URL for decrypted bytes, or null when there are none. The bytes are zeroed once the
 * Blob holds its copy, so the decrypted content does not also linger in the JavaScript heap.
 * The caller must `URL.revokeObjectURL` it as soon as it is no longer shown.
 */
export function objectUrlFor(value: unknown, type: string): string | null {
  const bytes = toBytes(value);
  if (bytes.byteLength === 0) return null;
  const blob = new Blob([bytes], { type });
  bytes.fill(0);
  return URL.createObjectURL(blob);
}
