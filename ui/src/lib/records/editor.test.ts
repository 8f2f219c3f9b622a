import { describe, expect, it } from "vitest";
import { saveStateOf } from "./editor.svelte";

const base = { saving: false, dirty: false, failed: false, everSaved: false, lastSave: null, draftAt: null };
const at = new Date("2024-05-01T10:30:00Z");

describe("saveStateOf", () => {
  it("says a new incident is not saved yet", () => {
    expect(saveStateOf(base)).toEqual({ kind: "new" });
  });

  it("says unsaved changes, with the draft time once one is kept", () => {
    expect(saveStateOf({ ...base, dirty: true })).toEqual({ kind: "dirty", draftAt: null });
    expect(saveStateOf({ ...base, dirty: true, draftAt: at })).toEqual({ kind: "dirty", draftAt: at });
  });

  it("says saving while the core works, whatever else is true", () => {
    expect(saveStateOf({ ...base, dirty: true, failed: true, saving: true })).toEqual({ kind: "saving" });
  });

  it("says saved with the revision after a save, until the next change", () => {
    const lastSave = { revision: 4, at };
    expect(saveStateOf({ ...base, everSaved: true, lastSave })).toEqual({ kind: "saved", revision: 4, at });
    expect(saveStateOf({ ...base, everSaved: true, lastSave, dirty: true }).kind).toBe("dirty");
  });

  it("says a failed save failed while the changes are still unsaved", () => {
    expect(saveStateOf({ ...base, dirty: true, failed: true }).kind).toBe("failed");
  });

  it("says no changes for an opened record nobody touched", () => {
    expect(saveStateOf({ ...base, everSaved: true })).toEqual({ kind: "clean" });
  });
});
