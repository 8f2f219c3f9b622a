import { beforeEach, describe, expect, it, vi } from "vitest";
import { blankActor } from "./blank";
import { parseDraft } from "./drafts";

const api = vi.hoisted(() => ({
  saveIncident: vi.fn(),
  saveDraft: vi.fn(),
  deleteDraft: vi.fn(),
}));
vi.mock("../ipc/commands", () => api);

const { EditorState } = await import("./editor.svelte");
const { involve } = await import("./involvements");

beforeEach(() => {
  api.saveIncident.mockReset();
  api.saveDraft.mockReset().mockResolvedValue(null);
  api.deleteDraft.mockReset().mockResolvedValue(null);
});

function fresh() {
  const editor = new EditorState();
  editor.startNew("i1");
  return editor;
}

describe("EditorState", () => {
  it("starts clean and becomes dirty on a change", () => {
    const editor = fresh();
    expect(editor.dirty).toBe(false);
    expect(editor.saveState.kind).toBe("new");
    editor.incident.title = "Ship detained";
    expect(editor.dirty).toBe(true);
    expect(editor.saveState.kind).toBe("dirty");
  });

  it("writes a draft only when something changed since the last one", async () => {
    const editor = fresh();
    await editor.flushDraft();
    expect(api.saveDraft).not.toHaveBeenCalled();
    editor.incident.title = "Ship detained";
    await editor.flushDraft();
    await editor.flushDraft();
    expect(api.saveDraft).toHaveBeenCalledTimes(1);
    const [key, data] = api.saveDraft.mock.calls[0] as [string, string];
    expect(key).toBe("i1");
    expect(parseDraft(data)?.incident.title).toBe("Ship detained");
    expect(editor.draftAt).not.toBeNull();
  });

  it("keeps writing drafts after one write failed", async () => {
    const editor = fresh();
    api.saveDraft.mockRejectedValueOnce({ code: "disk_full", message: "full" });
    editor.incident.title = "a";
    await expect(editor.flushDraft()).rejects.toBeTruthy();
    editor.incident.title = "b";
    await editor.flushDraft();
    expect(api.saveDraft).toHaveBeenCalledTimes(2);
  });

  it("sends only the involved actors, and is clean after a save", async () => {
    const editor = fresh();
    const amal = blankActor("amal", "person", "Amal");
    editor.actors = [amal, blankActor("other", "person", "Not involved")];
    editor.incident = involve(editor.incident, "amal", "victim");
    editor.incident.title = "Arrest";
    api.saveIncident.mockResolvedValue({
      id: "i1",
      number: 7,
      revision: 1,
      warnings: [{ code: "no_un_link", message: "", actor_id: null }],
    });
    expect(await editor.save()).toBe(true);
    const [, actors, base] = api.saveIncident.mock.calls[0] as [unknown, { id: string }[], number | null];
    expect(actors.map((a) => a.id)).toEqual(["amal"]);
    expect(base).toBeNull();
    expect(editor.dirty).toBe(false);
    expect(editor.number).toBe(7);
    expect(editor.baseRevision).toBe(1);
    expect(editor.warnings).toHaveLength(1);
    expect(editor.saveState).toMatchObject({ kind: "saved", revision: 1 });
  });

  it("keeps the changes and shows the problems when the core refuses", async () => {
    const editor = fresh();
    editor.incident.title = "";
    editor.incident.narrative = "x";
    api.saveIncident.mockRejectedValue({
      code: "invalid_record",
      message: "Problems.",
      problems: [{ path: "title", code: "required", message: "A title is needed.", params: {} }],
    });
    expect(await editor.save()).toBe(false);
    expect(editor.dirty).toBe(true);
    expect(editor.problems.map((p) => p.path)).toEqual(["title"]);
    expect(editor.saveState.kind).toBe("failed");
  });

  it("restores a draft over the stored record, leaving it unsaved", () => {
    const editor = fresh();
    editor.restore({
      version: 1,
      incident: { ...editor.incident, title: "From the draft" },
      actors: [blankActor("amal", "person", "Amal")],
      baseRevision: null,
      number: null,
    });
    expect(editor.incident.title).toBe("From the draft");
    expect(editor.actors.map((a) => a.id)).toEqual(["amal"]);
    expect(editor.dirty).toBe(true);
  });
});
