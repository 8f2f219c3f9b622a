import { describe, expect, it } from "vitest";
import type { Term } from "../ipc/bindings";
import { auditDetails, auditEventMessage } from "./audit";
import { addEntry, blankActor, blankIncident, removeEntry, replaceEntry, toggleFlag } from "./blank";
import { countryName, localisedCountries } from "./countries";
import { actorName, involve, involvedActors, removeInvolvement, withRole } from "./involvements";
import { filterTerms, fold, groupTerms, termLabel } from "./vocab";
import { blankAct } from "./blank";
import { blankConsent } from "./consent";
import { tm } from "../i18n/index.svelte";
import { splitTypedList, valueLabel } from "./values";

const term = (code: string, en: string, group: string | null = null, fr = ""): Term => ({
  code,
  group,
  source: "tadamun",
  labels: { en, fr, es: "", ar: "", ru: "", zh: "" },
});

describe("blank records", () => {
  it("makes an empty draft incident the core accepts as new", () => {
    const incident = blankIncident("i1", "2024-01-01T00:00:00Z");
    expect(incident).toMatchObject({ id: "i1", title: "", status: "draft", urgency: "routine", ongoing: false, un_raised: null });
    expect(incident.involvements).toEqual([]);
    expect(incident.created_at).toBe("2024-01-01T00:00:00Z");
  });

  it("makes an actor of the chosen kind with nothing flagged", () => {
    expect(blankActor("a1", "vessel", "Sea Light")).toMatchObject({
      kind: "vessel",
      name: "Sea Light",
      confidential: [],
      age: null,
    });
  });

  it("gives every kind of actor an empty list of other identifiers", () => {
    for (const kind of ["person", "organisation", "vessel", "aircraft", "state_body"] as const) {
      expect(blankActor("a1", kind, "X").identifiers).toEqual([]);
    }
  });

  it("adds other identifiers trimmed, once each, and never a blank one", () => {
    expect(addEntry([], "  AB-123-CD ")).toEqual(["AB-123-CD"]);
    expect(addEntry(["AB-123-CD"], "ab-123-cd")).toEqual(["AB-123-CD"]);
    expect(addEntry(["AB-123-CD"], "   ")).toEqual(["AB-123-CD"]);
    expect(addEntry(["AB-123-CD"], "@amal_port")).toEqual(["AB-123-CD", "@amal_port"]);
  });

  it("edits an identifier in place, and removes it when it is cleared", () => {
    const list = ["AB-123-CD", "@amal_port", "12 Harbour Road"];
    expect(replaceEntry(list, 1, " @amal.port ")).toEqual(["AB-123-CD", "@amal.port", "12 Harbour Road"]);
    expect(replaceEntry(list, 1, "  ")).toEqual(["AB-123-CD", "12 Harbour Road"]);
    expect(removeEntry(list, 0)).toEqual(["@amal_port", "12 Harbour Road"]);
    expect(list).toHaveLength(3);
  });

  it("toggles one confidential flag and keeps the others", () => {
    expect(toggleFlag(["name", "work"], "gender", true)).toEqual(["name", "work", "gender"]);
    expect(toggleFlag(["name", "work"], "name", false)).toEqual(["work"]);
    expect(toggleFlag(["name"], "name", true)).toEqual(["name"]);
  });
});

describe("involvements", () => {
  const amal = blankActor("amal", "person", "Amal");
  const unit = blankActor("unit", "state_body", "Port authority");

  it("gives a perpetrator a State link and others none", () => {
    const incident = involve(involve(blankIncident("i"), "amal", "victim"), "unit", "alleged_perpetrator");
    expect(incident.involvements.map((i) => i.state_link)).toEqual([null, "unknown"]);
    expect(withRole(incident.involvements[1]!, "witness").state_link).toBeNull();
  });

  it("removing someone also takes them out of acts, consent and sources", () => {
    let incident = involve(involve(blankIncident("i"), "amal", "victim"), "unit", "alleged_perpetrator");
    incident = {
      ...incident,
      acts: [{ ...blankAct("x", "detention", "amal"), perpetrator_ids: ["unit"] }],
      consent: [blankConsent("amal", "2024-01-01"), blankConsent("unit", "2024-01-01")],
      sources: [{ id: "s", kind: "document", description: "", actor_id: "unit", reliability: "high", obtained_on: null }],
    };
    const after = removeInvolvement(incident, 1);
    expect(after.involvements.map((i) => i.actor_id)).toEqual(["amal"]);
    expect(after.acts[0]?.perpetrator_ids).toEqual([]);
    expect(after.acts[0]?.victim_id).toBe("amal");
    expect(after.consent.map((c) => c.actor_id)).toEqual(["amal"]);
    expect(after.sources[0]?.actor_id).toBeNull();
  });

  it("keeps everything when the actor still has another role", () => {
    let incident = involve(involve(blankIncident("i"), "amal", "victim"), "amal", "witness");
    incident = { ...incident, consent: [blankConsent("amal", "2024-01-01")] };
    expect(removeInvolvement(incident, 1).consent).toHaveLength(1);
  });

  it("lists involved actors once each, in order", () => {
    const incident = involve(
      involve(involve(blankIncident("i"), "unit", "alleged_perpetrator"), "amal", "victim"),
      "unit",
      "witness",
    );
    expect(involvedActors(incident, [amal, unit]).map((a) => a.id)).toEqual(["unit", "amal"]);
    expect(actorName([amal], "amal", "?")).toBe("Amal");
    expect(actorName([amal], "nobody", "?")).toBe("?");
  });
});

describe("vocabulary terms", () => {
  const types = [
    term("travel_ban", "Travel ban", "reprisal", "Interdiction de voyager"),
    term("detention", "Détention", "liberty"),
    term("odd", "Odd"),
  ];
  const groups = [term("reprisal", "Reprisal"), term("liberty", "Liberty"), term("empty", "Empty")];

  it("labels in the UI language, falling back to English", () => {
    expect(termLabel(types[0]!, "fr")).toBe("Interdiction de voyager");
    expect(termLabel(types[1]!, "fr")).toBe("Détention");
  });

  it("filters by words, ignoring case and accents", () => {
    expect(fold("Détention")).toBe("detention");
    expect(filterTerms(types, "DETEN", "en").map((t) => t.code)).toEqual(["detention"]);
    expect(filterTerms(types, "ban travel", "en").map((t) => t.code)).toEqual(["travel_ban"]);
    expect(filterTerms(types, "voyager", "fr").map((t) => t.code)).toEqual(["travel_ban"]);
    expect(filterTerms(types, "  ", "en")).toHaveLength(3);
  });

  it("groups types under their headings, leaving empty groups out", () => {
    const grouped = groupTerms(types, groups, "en", "Other");
    expect(grouped.map((g) => [g.label, g.terms.map((t) => t.code)])).toEqual([
      ["Reprisal", ["travel_ban"]],
      ["Liberty", ["detention"]],
      ["Other", ["odd"]],
    ]);
  });
});

describe("countries", () => {
  it("names a country in the UI language", () => {
    expect(countryName("IT", "en", "Italy")).toBe("Italy");
    expect(countryName("IT", "fr", "Italy")).toBe("Italie");
  });

  it("falls back to the given name for a code Intl does not know", () => {
    expect(countryName("XK", "en", "Kosovo")).toBe("Kosovo");
    expect(countryName("??", "en", "Nowhere")).toBe("Nowhere");
  });

  it("sorts by local name", () => {
    const list = localisedCountries(
      [
        { code: "DE", name: "Germany" },
        { code: "AL", name: "Albania" },
      ],
      "fr",
    );
    expect(list.map((c) => c.name)).toEqual(["Albanie", "Allemagne"]);
  });
});

describe("audit log", () => {
  it("translates known events and shows unknown codes raw", () => {
    expect(tm(auditEventMessage("incident_deleted"))).toBe("Incident deleted");
    expect(tm(auditEventMessage("vault_created"))).toBe("Vault created");
    expect(tm(auditEventMessage("future_event"))).toBe("future_event");
    expect(tm(auditEventMessage("constructor"))).toBe("constructor");
  });

  it("lists the non-secret details", () => {
    expect(auditDetails('{"number": 4, "incident_id": "x"}')).toEqual([
      ["number", "4"],
      ["incident id", "x"],
    ]);
    expect(auditDetails("{}")).toEqual([]);
    expect(auditDetails("")).toEqual([]);
  });
});

describe("valueLabel", () => {
  const vocabs = {
    format: "tadamun-vocabularies",
    version: 1,
    languages: ["en"],
    sources: {},
    vocabularies: { incident_type: [term("travel_ban", "Travel ban")], role: [term("victim", "Victim")] },
  };
  const countries = [{ code: "IT", name: "Italy" }];

  it("turns codes into words by field", () => {
    expect(valueLabel("incident.types[0]", "travel_ban", vocabs, countries, "en")).toBe("Travel ban");
    expect(valueLabel("incident.involvements[1].role", "victim", vocabs, countries, "en")).toBe("Victim");
    expect(valueLabel("incident.country", "IT", vocabs, countries, "en")).toBe("Italy");
    expect(valueLabel("incident.status", "verified", vocabs, countries, "en")).toBe("Verified");
    expect(valueLabel("incident.place.precision", "locality", vocabs, countries, "en")).toBe("Town or locality");
    expect(valueLabel("incident.start.precision", "month", vocabs, countries, "en")).toBe("Month");
    expect(valueLabel("incident.ongoing", "true", vocabs, countries, "en")).toBe("Yes");
  });

  it("leaves free text and unknown codes as they are", () => {
    expect(valueLabel("incident.title", "Ship detained", vocabs, countries, "en")).toBe("Ship detained");
    expect(valueLabel("incident.types[0]", "retired_code", vocabs, countries, "en")).toBe("retired_code");
    expect(valueLabel("incident.status", "weird", vocabs, countries, "en")).toBe("weird");
  });
});

describe("splitTypedList", () => {
  it("splits on the comma of every app language, trims, drops empties and repeats", () => {
    expect(splitTypedList("a, b,,a")).toEqual(["a", "b"]);
    expect(splitTypedList("أحمد، أمل")).toEqual(["أحمد", "أمل"]);
    expect(splitTypedList("张三，李四、王五；赵六")).toEqual(["张三", "李四", "王五", "赵六"]);
    expect(splitTypedList("  ")).toEqual([]);
  });
});
