import { withoutIsolation } from "../i18n/translate";
import { describe, expect, it } from "vitest";
import type { Attachment, CaptureMetadata } from "../ipc/bindings";
import { tm } from "../i18n/index.svelte";
import {
  bytesPerSecond,
  fileKind,
  formatDuration,
  formatSize,
  formatTakenAt,
  fractionDone,
  hasLocation,
  hasMetadata,
  isPreviewable,
  isSanitisable,
  mayHaveThumbnail,
  metadataLines,
  secondsLeft,
  summariseOutcomes,
  summaryHeadline,
  ThroughputMeter,
  toBytes,
  type AttachmentOutcome,
} from "./evidence";

const NO_META: CaptureMetadata = { taken_at: null, latitude: null, longitude: null, device: null, dimensions: null };

export function attachment(id: string, overrides: Partial<Attachment> = {}): Attachment {
  return {
    id,
    incident_id: "i1",
    original_name: `${id}.jpg`,
    media_type: "image/jpeg",
    size: 1000,
    sha256: "ab".repeat(32),
    imported_at: "2024-05-01T10:00:00Z",
    imported_by: "AB",
    metadata: NO_META,
    description: "",
    shareable: false,
    ...overrides,
  };
}

const ok = (name: string, extra: { duplicate_content?: boolean; already_attached?: boolean } = {}): AttachmentOutcome => ({
  name,
  imported: {
    attachment: attachment(name),
    duplicate_content: extra.duplicate_content ?? false,
    already_attached: extra.already_attached ?? false,
  },
  error: null,
  original: null,
});

const failed = (name: string, code: "io" | "cancelled" | "disk_full", message = ""): AttachmentOutcome => ({
  name,
  imported: null,
  error: { code, message, problems: [], detail: null, params: {} },
  original: null,
});

describe("formatSize", () => {
  it.each([
    [0, "0 B"],
    [1, "1 B"],
    [1023, "1,023 B"],
    [1024, "1 KiB"],
    [1536, "1.5 KiB"],
    [10 * 1024 * 1024, "10 MiB"],
    [150 * 1024 * 1024, "150 MiB"],
    [1024 * 1024 - 1, "1 MiB"],
    [3.25 * 1024 ** 3, "3.3 GiB"],
    [5 * 1024 ** 5, "5,120 TiB"],
  ])("%d bytes is %s", (bytes, text) => {
    expect(tm(formatSize(bytes))).toBe(text);
  });

  it("treats nonsense as zero rather than printing NaN", () => {
    expect(tm(formatSize(Number.NaN))).toBe("0 B");
    expect(tm(formatSize(-5))).toBe("0 B");
  });

  it("uses the locale's digits and separators", () => {
    expect(tm(formatSize(1536, "fr"))).toBe("1,5 KiB");
  });
});

describe("speed and time left", () => {
  it("needs half a second of samples before it guesses a speed", () => {
    expect(bytesPerSecond([])).toBeNull();
    expect(bytesPerSecond([{ at: 0, bytes: 0 }])).toBeNull();
    expect(
      bytesPerSecond([
        { at: 0, bytes: 0 },
        { at: 100, bytes: 1000 },
      ]),
    ).toBeNull();
    expect(
      bytesPerSecond([
        { at: 0, bytes: 0 },
        { at: 1000, bytes: 2_000_000 },
      ]),
    ).toBe(2_000_000);
  });

  it("carries each finished file's bytes over when the next file starts from zero", () => {
    const meter = new ThroughputMeter();
    meter.add({ index: 0, count: 2, name: "a", done: 0, total: 1000 }, 0);
    meter.add({ index: 0, count: 2, name: "a", done: 1000, total: 1000 }, 500);
    meter.add({ index: 1, count: 2, name: "b", done: 0, total: 4000 }, 600);
    meter.add({ index: 1, count: 2, name: "b", done: 1000, total: 4000 }, 1000);
    // 2,000 bytes in one second, not a negative speed when the second file started.
    expect(meter.bytesPerSecond()).toBe(2000);
  });

  it("does not double count when the core reports bytes for the whole batch", () => {
    const meter = new ThroughputMeter();
    meter.add({ index: 0, count: 2, name: "a", done: 500, total: 5000 }, 0);
    meter.add({ index: 1, count: 2, name: "b", done: 1500, total: 5000 }, 1000);
    expect(meter.bytesPerSecond()).toBe(1000);
  });

  it("averages over the last few seconds only", () => {
    const meter = new ThroughputMeter();
    // Slow at first, then fast: the speed follows the recent pace.
    for (let s = 0; s <= 10; s += 1) meter.add({ index: 0, count: 1, name: "a", done: s * 100, total: 1e9 }, s * 1000);
    for (let s = 11; s <= 20; s += 1) {
      meter.add({ index: 0, count: 1, name: "a", done: 1000 + (s - 10) * 10_000, total: 1e9 }, s * 1000);
    }
    expect(meter.bytesPerSecond()).toBe(10_000);
    meter.reset();
    expect(meter.bytesPerSecond()).toBeNull();
  });

  it("estimates the seconds left, or nothing when the speed is unknown", () => {
    expect(secondsLeft(10_000, 1000)).toBe(10);
    expect(secondsLeft(10_001, 1000)).toBe(11);
    expect(secondsLeft(-5, 1000)).toBe(0);
    expect(secondsLeft(10_000, null)).toBeNull();
    expect(secondsLeft(10_000, 0)).toBeNull();
  });

  it.each([
    [0, "a few seconds"],
    [4, "a few seconds"],
    [12, "about 15 seconds"],
    [60, "about 1 minute"],
    [61, "about 2 minutes"],
    [3600, "about 1 h 0 min"],
    [3601, "about 1 h 1 min"],
    [7500, "about 2 h 5 min"],
  ])("%d seconds reads as %s", (seconds, text) => {
    expect(tm(formatDuration(seconds))).toBe(text);
  });

  it("gives the share done without dividing by zero", () => {
    expect(fractionDone({ index: 0, count: 1, name: "a", done: 50, total: 200 })).toBe(0.25);
    expect(fractionDone({ index: 0, count: 1, name: "a", done: 0, total: 0 })).toBe(0);
    expect(fractionDone({ index: 0, count: 1, name: "a", done: 300, total: 200 })).toBe(1);
  });
});

describe("summariseOutcomes", () => {
  it("says all files were attached when they were", () => {
    const summary = summariseOutcomes([ok("a.jpg"), ok("b.pdf")]);
    expect(summary).toMatchObject({ added: 2, files: 2, failed: false, cancelled: false, lines: [] });
    expect(tm(summaryHeadline(summary))).toBe("2 files attached.");
  });

  it("lists failures first with their reasons, then duplicates and files already attached", () => {
    const summary = summariseOutcomes([
      ok("same.jpg", { already_attached: true }),
      ok("copy.jpg", { duplicate_content: true }),
      failed("big.mov", "disk_full"),
      ok("fine.png"),
    ]);
    expect(summary.added).toBe(2);
    expect(summary.failed).toBe(true);
    expect(summary.lines.map((l) => l.kind)).toEqual(["failed", "already", "duplicate"]);
    const first = summary.lines[0];
    expect(first?.kind === "failed" ? tm(first.reason) : "").toBe("The disk is full. Free some space, then try again.");
    expect(tm(summaryHeadline(summary))).toBe("2 of 4 files attached.");
  });

  it("says an error this build does not know in the screens' language, the core's words kept as details", () => {
    const summary = summariseOutcomes([
      {
        name: "x.bin",
        imported: null,
        error: { code: "too_big" as never, message: "Larger than 4 GiB.", problems: [], detail: null, params: {} },
        original: null,
      },
    ]);
    const line = summary.lines[0];
    expect(line?.kind === "failed" ? tm(line.reason) : "").toBe("Something went wrong.");
    expect(line?.kind === "failed" && "details" in line.reason ? line.reason.details : "").toBe("Larger than 4 GiB.");
  });

  it("reports a cancelled batch and the files skipped, not as failures", () => {
    const summary = summariseOutcomes([ok("a.jpg"), failed("b.jpg", "cancelled"), failed("c.jpg", "cancelled")]);
    expect(summary).toMatchObject({ added: 1, cancelled: true, failed: false });
    expect(summary.lines.map((l) => l.kind)).toEqual(["skipped", "skipped"]);
    expect(tm(summaryHeadline(summary))).toBe("Import cancelled. 1 file was attached before that.");
  });

  it("does not count a file that was already attached as added", () => {
    const summary = summariseOutcomes([ok("a.jpg", { already_attached: true })]);
    expect(summary.added).toBe(0);
    expect(tm(summaryHeadline(summary))).toBe("0 of 1 files attached.");
  });

  it("survives an outcome with neither a result nor an error", () => {
    const summary = summariseOutcomes([{ name: "", imported: null, error: null, original: null }]);
    expect(summary.lines).toEqual([{ kind: "failed", name: "?", reason: { key: "evidence-failedUnknown" } }]);
  });
});

describe("media types", () => {
  it.each([
    ["image/jpeg", "image", true, true, true],
    ["image/png", "image", true, true, true],
    ["image/webp", "image", true, true, true],
    ["image/gif", "image", true, false, true],
    ["image/heic", "image", false, false, true],
    ["image/svg+xml", "image", false, false, false],
    ["application/pdf", "pdf", false, false, false],
    ["video/mp4", "video", false, false, false],
    ["audio/ogg", "audio", false, false, false],
    ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "document", false, false, false],
    ["application/msword", "document", false, false, false],
    ["application/zip", "archive", false, false, false],
    ["application/octet-stream", "other", false, false, false],
    ["IMAGE/JPEG; charset=binary", "image", true, true, true],
  ] as const)("%s: %s, previewable %s, sanitisable %s, thumbnail %s", (type, kind, preview, sanitise, thumb) => {
    expect(fileKind(type)).toBe(kind);
    expect(isPreviewable(type)).toBe(preview);
    expect(isSanitisable(type)).toBe(sanitise);
    expect(mayHaveThumbnail(type)).toBe(thumb);
  });
});

describe("metadata", () => {
  it("has nothing to say about a file without metadata", () => {
    expect(metadataLines(NO_META)).toEqual([]);
    expect(hasMetadata(NO_META)).toBe(false);
    expect(hasLocation(NO_META)).toBe(false);
    expect(hasMetadata({ ...NO_META, taken_at: "  ", device: "" })).toBe(false);
  });

  it("says when, where, with what device and how large", () => {
    const meta: CaptureMetadata = {
      taken_at: "2024:05:01 12:30:00",
      latitude: 36.8065123,
      longitude: -10.1815,
      device: " Apple iPhone 12 ",
      dimensions: [4032, 3024],
    };
    expect(hasLocation(meta)).toBe(true);
    expect(metadataLines(meta).map((line) => withoutIsolation(tm(line)))).toEqual([
      "Taken 2024-05-01 12:30:00",
      "At latitude 36.80651, longitude -10.18150",
      "Device: Apple iPhone 12",
      "4,032 × 3,024 pixels",
    ]);
  });

  it("does not claim a location from half a coordinate", () => {
    expect(hasLocation({ ...NO_META, latitude: 0 })).toBe(false);
    expect(metadataLines({ ...NO_META, latitude: 0 })).toEqual([]);
    // 0,0 is a real place: it is still a location.
    expect(hasLocation({ ...NO_META, latitude: 0, longitude: 0 })).toBe(true);
  });

  it("shows EXIF dates readably and leaves other dates as they are", () => {
    expect(formatTakenAt("2024:05:01 12:30:00")).toBe("2024-05-01 12:30:00");
    expect(formatTakenAt("2024:05:01")).toBe("2024-05-01");
    expect(formatTakenAt("2024-05-01T12:30:00+02:00")).toBe("2024-05-01T12:30:00+02:00");
  });
});

describe("toBytes", () => {
  it("reads an ArrayBuffer, a typed array and a plain array", () => {
    expect([...toBytes(new Uint8Array([1, 2, 3]).buffer)]).toEqual([1, 2, 3]);
    expect([...toBytes(new Uint8Array([0, 1, 2, 3]).subarray(1))]).toEqual([1, 2, 3]);
    expect([...toBytes([1, 2, 3])]).toEqual([1, 2, 3]);
    expect(toBytes(null).byteLength).toBe(0);
  });
});
