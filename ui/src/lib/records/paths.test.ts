import { describe, expect, it } from "vitest";
import { withoutIsolation } from "../i18n/translate";
import { fieldId, humanisePath, parsePath, problemsAt, problemsByStep, problemsUnder, stepForPath } from "./paths";

const problem = (path: string) => ({ path, code: "required", message: "", params: {} });

describe("parsePath", () => {
  it("splits names and bracketed keys, dropping the incident prefix", () => {
    expect(parsePath("incident.acts[0].case_number")).toEqual([
      { name: "acts", key: "0" },
      { name: "case_number", key: null },
    ]);
    expect(parsePath("actors[ab-12].name")).toEqual([
      { name: "actors", key: "ab-12" },
      { name: "name", key: null },
    ]);
  });
});

describe("stepForPath", () => {
  it("sends each problem to the step that edits it", () => {
    expect(stepForPath("title")).toBe("details");
    expect(stepForPath("end")).toBe("details");
    expect(stepForPath("involvements[0].role")).toBe("people");
    expect(stepForPath("actors[0].name")).toBe("people");
    expect(stepForPath("acts[0].victim_id")).toBe("acts");
    expect(stepForPath("un_links[1].form")).toBe("un");
    expect(stepForPath("consent[1].name_form")).toBe("consent");
    expect(stepForPath("sources[0].kind")).toBe("sources");
    expect(stepForPath("submissions[0].next_step_due")).toBe("followup");
    expect(stepForPath("internal_notes")).toBe("notes");
  });

  it("counts problems per step", () => {
    const counts = problemsByStep([problem("title"), problem("end"), problem("acts[0].type")]);
    expect(counts.get("details")).toBe(2);
    expect(counts.get("acts")).toBe(1);
    expect(counts.get("consent")).toBeUndefined();
  });
});

describe("fieldId", () => {
  it("uses the fixed ids of the main fields", () => {
    expect(fieldId("title")).toBe("incident-title");
    expect(fieldId("start.date")).toBe("incident-start-date");
    expect(fieldId("country")).toBe("incident-country");
  });

  it("derives a stable id for the others", () => {
    expect(fieldId("acts[0].victim_id")).toBe("f-acts-0-victim_id");
    expect(fieldId("consent[1].name_form")).toBe("f-consent-1-name_form");
  });
});

describe("problemsAt / problemsUnder", () => {
  const problems = [
    problem("title"),
    problem("acts[0].type"),
    problem("acts[0].date.date"),
    problem("acts[1].type"),
    problem("start.date"),
  ];

  it("finds the problems of one field, including its date parts", () => {
    expect(problemsAt(problems, "title")).toHaveLength(1);
    expect(problemsAt(problems, "start")).toHaveLength(1);
    expect(problemsAt(problems, "acts[0].date")).toHaveLength(1);
  });

  it("finds every problem inside an item", () => {
    expect(problemsUnder(problems, "acts[0]")).toHaveLength(2);
    expect(problemsUnder(problems, "acts")).toHaveLength(3);
  });
});

describe("humanisePath", () => {
  it("says a field path in words, counting from 1", () => {
    expect(withoutIsolation(humanisePath("title"))).toBe("Title");
    expect(withoutIsolation(humanisePath("acts[0].victim_id"))).toBe("Act 1 › Victim");
    expect(withoutIsolation(humanisePath("incident.consent[1].name_form"))).toBe("Consent record 2 › Name form");
    expect(withoutIsolation(humanisePath("un_links[0].body"))).toBe("UN link 1 › Which body");
  });

  it("names actors when it can", () => {
    const names = {
      actor: (key: string) => (key === "a1" ? "Amal" : null),
      involvement: (i: number) => (i === 0 ? "Amal" : null),
    };
    expect(withoutIsolation(humanisePath("actors[a1].nationality", names))).toBe("Amal › Nationality");
    expect(withoutIsolation(humanisePath("involvements[0].role", names))).toBe("Amal › Role");
    expect(withoutIsolation(humanisePath("actors[zz].name", names))).toBe("Person or organisation zz › Name");
    expect(withoutIsolation(humanisePath("actors[a1].identifiers[1]", names))).toBe("Amal › Other identifiers 2");
    expect(withoutIsolation(humanisePath("consent[0].unconfirmed_import"))).toBe(
      "Consent record 1 › Imported, not yet confirmed",
    );
  });

  it("keeps unknown field names readable", () => {
    expect(withoutIsolation(humanisePath("incident.some_new_field"))).toBe("some new field");
    expect(withoutIsolation(humanisePath("tags[2]"))).toBe("Tags 3");
  });
});
