import { describe, expect, it } from "vitest";
import { blankActor, blankIncident } from "./blank";
import { blankConsent } from "./consent";
import { draftIsNewer, parseDraft, serialiseDraft, unsavedNewIncidents } from "./drafts";

const incident = blankIncident("i1", "2024-01-01T00:00:00Z");
const actor = blankActor("a1", "person", "Amal", "2024-01-01T00:00:00Z");

describe("draft content", () => {
  it("round-trips the editor state", () => {
    const data = serialiseDraft({ incident, actors: [actor], baseRevision: 3, number: 7 });
    expect(parseDraft(data)).toEqual({ version: 1, incident, actors: [actor], baseRevision: 3, number: 7 });
  });

  it("fills in fields a draft written by an older version lacks, as the core would", () => {
    const { identifiers: _, ...oldActor } = actor;
    const { unconfirmed_import: __, ...oldConsent } = blankConsent("a1", "2024-01-01");
    const data = JSON.stringify({
      version: 1,
      incident: { ...incident, consent: [oldConsent] },
      actors: [oldActor],
      baseRevision: 3,
      number: 7,
    });
    const draft = parseDraft(data);
    expect(draft?.actors[0]?.identifiers).toEqual([]);
    expect(draft?.incident.consent[0]?.unconfirmed_import).toBe(false);
  });

  it("keeps identifiers and imported consent still to be confirmed", () => {
    const withAll = {
      incident: { ...incident, consent: [{ ...blankConsent("a1", "2024-01-01"), unconfirmed_import: true }] },
      actors: [{ ...actor, identifiers: ["AB-123-CD"] }],
    };
    const draft = parseDraft(serialiseDraft({ ...withAll, baseRevision: 3, number: 7 }));
    expect(draft?.actors[0]?.identifiers).toEqual(["AB-123-CD"]);
    expect(draft?.incident.consent[0]?.unconfirmed_import).toBe(true);
  });

  it("rejects damaged or foreign data instead of crashing", () => {
    expect(parseDraft("not json")).toBeNull();
    expect(parseDraft("{}")).toBeNull();
    expect(parseDraft(JSON.stringify({ version: 99, incident, actors: [], baseRevision: null }))).toBeNull();
    expect(parseDraft(JSON.stringify({ version: 1, incident: { id: 1 }, actors: [], baseRevision: null }))).toBeNull();
    expect(parseDraft(JSON.stringify({ version: 1, incident, actors: [{}], baseRevision: null }))).toBeNull();
  });
});

describe("draftIsNewer", () => {
  const draft = (saved_at: string) => ({ key: "i1", saved_at, data: "" });

  it("offers a draft saved after the record", () => {
    expect(draftIsNewer(draft("2024-05-02T10:00:00Z"), "2024-05-02T09:00:00Z")).toBe(true);
  });

  it("does not offer a draft older than the record", () => {
    expect(draftIsNewer(draft("2024-05-02T08:00:00Z"), "2024-05-02T09:00:00Z")).toBe(false);
  });

  it("always offers a draft of a record never saved, and never offers nothing", () => {
    expect(draftIsNewer(draft("2024-05-02T08:00:00Z"), null)).toBe(true);
    expect(draftIsNewer(null, null)).toBe(false);
    expect(draftIsNewer(draft("garbage"), null)).toBe(true);
    expect(draftIsNewer(draft("garbage"), "2024-05-02T09:00:00Z")).toBe(false);
  });
});

describe("unsavedNewIncidents", () => {
  it("lists drafts of never-saved incidents, newest first", () => {
    const fresh = {
      key: "n1",
      saved_at: "2024-05-03T00:00:00Z",
      data: serialiseDraft({ incident, actors: [], baseRevision: null, number: null }),
    };
    const older = {
      key: "n2",
      saved_at: "2024-05-01T00:00:00Z",
      data: serialiseDraft({ incident, actors: [], baseRevision: null, number: null }),
    };
    const edit = {
      key: "e1",
      saved_at: "2024-05-04T00:00:00Z",
      data: serialiseDraft({ incident, actors: [], baseRevision: 2, number: 4 }),
    };
    const broken = { key: "b", saved_at: "2024-05-05T00:00:00Z", data: "{" };
    expect(unsavedNewIncidents([older, edit, fresh, broken]).map((d) => d.draft.key)).toEqual(["n1", "n2"]);
  });
});
