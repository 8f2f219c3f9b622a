import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Attachment, ImportProgress } from "../ipc/bindings";
import { tm } from "../i18n/index.svelte";
import type { AttachmentOutcome } from "./evidence";

const api = vi.hoisted(() => ({
  listAttachments: vi.fn(),
  pickFiles: vi.fn(),
  importAttachments: vi.fn(),
  cancelImport: vi.fn(),
  removeOriginals: vi.fn(),
}));
vi.mock("../ipc/commands", () => api);

const events = vi.hoisted(() => ({
  handler: null as ((event: ImportProgress) => void) | null,
  unlisten: vi.fn(),
}));
vi.mock("../ipc/events", () => ({
  onEvidenceProgress: (handler: (event: ImportProgress) => void) => {
    events.handler = handler;
    return Promise.resolve(events.unlisten);
  },
  stopListening: (stop: (() => void) | null) => stop?.(),
}));

const { EvidenceState } = await import("./state.svelte");

const item = (id: string): Attachment => ({
  id,
  incident_id: "i1",
  original_name: `${id}.jpg`,
  media_type: "image/jpeg",
  size: 10,
  sha256: "0".repeat(64),
  imported_at: "2024-05-01T10:00:00Z",
  imported_by: "",
  metadata: { taken_at: null, latitude: null, longitude: null, device: null, dimensions: null },
  description: "",
  shareable: false,
});

const outcome = (id: string): AttachmentOutcome => ({
  name: `${id}.jpg`,
  imported: { attachment: item(id), duplicate_content: false, already_attached: false },
  error: null,
  original: `original-${id}`,
});

/** A promise the test resolves when it wants. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  for (const fn of Object.values(api)) fn.mockReset();
  api.cancelImport.mockResolvedValue(null);
  events.handler = null;
  events.unlisten.mockReset();
});

describe("evidence state", () => {
  it("loads the incident's attachments", async () => {
    api.listAttachments.mockResolvedValue([item("a")]);
    const state = new EvidenceState(() => "i1");
    await state.load();
    expect(api.listAttachments).toHaveBeenCalledWith("i1");
    expect(state.loaded).toBe(true);
    expect(state.items.map((a) => a.id)).toEqual(["a"]);
  });

  it("keeps a load failure in words", async () => {
    api.listAttachments.mockRejectedValue({ code: "locked", message: "locked" });
    const state = new EvidenceState(() => "i1");
    await state.load();
    expect(state.loaded).toBe(false);
    expect(state.loadError !== null ? tm(state.loadError) : "").toBe("The vault is locked. Unlock it, then try again.");
  });

  it("does nothing when the picker is cancelled", async () => {
    api.pickFiles.mockResolvedValue([]);
    const state = new EvidenceState(() => "i1");
    expect(await state.pickAndImport("AB")).toBe("nothing");
    expect(api.importAttachments).not.toHaveBeenCalled();
  });

  it("imports, follows the progress, then shows the summary and the new list", async () => {
    let now = 0;
    const state = new EvidenceState(
      () => "i1",
      () => now,
    );
    const running = deferred<AttachmentOutcome[]>();
    api.pickFiles.mockResolvedValue(["/home/u/a.jpg"]);
    api.importAttachments.mockReturnValue(running.promise);
    api.listAttachments.mockResolvedValue([item("a")]);

    const done = state.pickAndImport("  AB ");
    await flush();
    expect(state.importing).toBe(true);
    expect(api.importAttachments).toHaveBeenCalledWith("i1", ["/home/u/a.jpg"], "AB");

    events.handler?.({ index: 0, count: 1, name: "a.jpg", done: 0, total: 4000 });
    now = 1000;
    events.handler?.({ index: 0, count: 1, name: "a.jpg", done: 2000, total: 4000 });
    expect(state.progress?.done).toBe(2000);
    expect(state.rate).toBe(2000);

    // A second batch cannot start while this one runs.
    expect(await state.importPaths(["/b.jpg"], "")).toBe("busy");

    running.resolve([outcome("a")]);
    expect(await done).toBe("started");
    expect(state.importing).toBe(false);
    expect(state.progress).toBeNull();
    expect(state.summary?.added).toBe(1);
    expect(state.items.map((a) => a.id)).toEqual(["a"]);
    expect(events.unlisten).toHaveBeenCalled();
  });

  it("keeps the imported files in the list even if the list cannot be read again", async () => {
    const state = new EvidenceState(() => "i1");
    api.importAttachments.mockResolvedValue([outcome("a"), outcome("b")]);
    api.listAttachments.mockRejectedValue({ code: "io", message: "busy" });
    await state.importPaths(["/a.jpg", "/b.jpg"], "");
    expect(state.items.map((a) => a.id)).toEqual(["a", "b"]);
  });

  it("cancels the running import once", async () => {
    const state = new EvidenceState(() => "i1");
    const running = deferred<AttachmentOutcome[]>();
    api.importAttachments.mockReturnValue(running.promise);
    api.listAttachments.mockResolvedValue([]);
    const done = state.importPaths(["/a.jpg", "/b.jpg"], "");
    await flush();
    await state.cancel();
    await state.cancel();
    expect(api.cancelImport).toHaveBeenCalledTimes(1);
    expect(state.cancelling).toBe(true);
    running.resolve([
      {
        name: "a.jpg",
        imported: null,
        error: { code: "cancelled", message: "cancelled", problems: [], detail: null, params: {} },
        original: null,
      },
      {
        name: "b.jpg",
        imported: null,
        error: { code: "cancelled", message: "cancelled", problems: [], detail: null, params: {} },
        original: null,
      },
    ]);
    await done;
    expect(state.cancelling).toBe(false);
    expect(state.summary?.cancelled).toBe(true);
  });

  it("reports a batch that failed as a whole", async () => {
    const state = new EvidenceState(() => "i1");
    api.importAttachments.mockRejectedValue({ code: "record_not_found", message: "no such incident" });
    await state.importPaths(["/a.jpg"], "");
    expect(state.importing).toBe(false);
    expect(state.importError !== null ? tm(state.importError) : "").toContain("no longer exists");
  });

  it("abandons a running import when the editor closes", async () => {
    const state = new EvidenceState(() => "i1");
    api.importAttachments.mockReturnValue(new Promise(() => undefined));
    void state.importPaths(["/a.jpg"], "");
    await flush();
    state.dispose();
    expect(api.cancelImport).toHaveBeenCalledTimes(1);
  });

  it("replaces and removes attachments in place", async () => {
    api.listAttachments.mockResolvedValue([item("a"), item("b")]);
    const state = new EvidenceState(() => "i1");
    await state.load();
    state.replace({ ...item("b"), description: "Port gate", shareable: true });
    expect(state.items[1]?.description).toBe("Port gate");
    state.removed("a");
    expect(state.items.map((a) => a.id)).toEqual(["b"]);
  });
});

describe("originals of attached files", () => {
  it("offers to remove them after an import, and says what was removed", async () => {
    const state = new EvidenceState(() => "inc-1");
    api.listAttachments.mockResolvedValue([]);
    api.importAttachments.mockResolvedValue([outcome("a"), outcome("b")]);
    await state.importPaths(["t-a", "t-b"], "me");
    expect(state.originals).toEqual({ tokens: ["original-a", "original-b"], names: ["a.jpg", "b.jpg"] });
    api.removeOriginals.mockResolvedValue([
      { name: "a.jpg", removed: { file_removed: true, thumbnails_removed: 2 }, error: null },
      { name: "b.jpg", removed: { file_removed: true, thumbnails_removed: 0 }, error: null },
    ]);
    await state.removeOriginals();
    expect(api.removeOriginals).toHaveBeenCalledWith(["original-a", "original-b"]);
    expect(state.originals).toBeNull();
    expect(tm(state.originalsResult!)).toContain("2 files");
  });
});
