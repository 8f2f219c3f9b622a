import { describe, expect, it } from "vitest";
import { withoutIsolation } from "../i18n/translate";
import { activeFilters, countActiveFilters, filterChips, PANEL_FILTERS, withoutFilter } from "./filter-chips";
import { emptyFilters, type Filters } from "./query";

const names = {
  type: (code: string) => (code === "travel_ban" ? "Travel ban" : code),
  country: (code: string) => (code === "MT" ? "Malta" : code),
};

const many: Filters = {
  ...emptyFilters(),
  text: "port",
  type: "travel_ban",
  country: "MT",
  status: "verified",
  urgency: "urgent",
  consent: "internal_only",
  unLink: "no",
  from: " 2023 ",
  to: "2024-06-30",
  sort: "date_asc",
};

describe("countActiveFilters", () => {
  it("is 0 with nothing set, whatever the words and the sort", () => {
    expect(countActiveFilters(emptyFilters())).toBe(0);
    expect(countActiveFilters({ ...emptyFilters(), text: "ship", sort: "date_desc" })).toBe(0);
  });

  it("ignores a date of blanks only", () => {
    expect(countActiveFilters({ ...emptyFilters(), from: "   " })).toBe(0);
  });

  it("counts each filter of the panel once", () => {
    expect(countActiveFilters({ ...emptyFilters(), country: "MT", unLink: "yes" })).toBe(2);
    expect(countActiveFilters(many)).toBe(PANEL_FILTERS.length);
  });

  it("lists them in the panel's order", () => {
    expect(activeFilters({ ...emptyFilters(), to: "2024", type: "travel_ban", urgency: "high" })).toEqual([
      "type",
      "urgency",
      "to",
    ]);
  });
});

describe("filterChips", () => {
  it("has no chip when nothing is set", () => {
    expect(filterChips({ ...emptyFilters(), text: "ship" }, names)).toEqual([]);
  });

  it("names each filter and its value, as the panel does", () => {
    expect(filterChips(many, names).map((chip) => withoutIsolation(chip.text))).toEqual([
      "Type: Travel ban",
      "Country: Malta",
      "Status: Verified",
      "Urgency: Urgent",
      "Consent: Internal only",
      "Linked to UN cooperation: Without a UN link",
      "From: 2023",
      "To: 2024-06-30",
    ]);
  });

  it("gives each chip's button a name that says it removes the filter", () => {
    expect(
      filterChips({ ...emptyFilters(), country: "MT", unLink: "yes" }, names).map((chip) => ({
        ...chip,
        text: withoutIsolation(chip.text),
        removeLabel: withoutIsolation(chip.removeLabel),
      })),
    ).toEqual([
      { key: "country", text: "Country: Malta", removeLabel: "Remove filter Country: Malta" },
      {
        key: "unLink",
        text: "Linked to UN cooperation: With a UN link",
        removeLabel: "Remove filter Linked to UN cooperation: With a UN link",
      },
    ]);
  });
});

describe("withoutFilter", () => {
  it("sets one filter back to any and keeps everything else", () => {
    const after = withoutFilter(many, "country");
    expect(after).toEqual({ ...many, country: "" });
    expect(countActiveFilters(after)).toBe(PANEL_FILTERS.length - 1);
  });

  it("does not change the state it was given", () => {
    const before = { ...emptyFilters(), urgency: "urgent" as const };
    withoutFilter(before, "urgency");
    expect(before.urgency).toBe("urgent");
  });
});
