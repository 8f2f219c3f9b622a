import { describe, expect, it } from "vitest";
import { buildQuery, emptyFilters, filtersActive, pageInfo, PAGE_SIZE } from "./query";

describe("buildQuery", () => {
  it("asks for everything, best match (newest first without words), when nothing is set", () => {
    expect(buildQuery(emptyFilters(), 0)).toEqual({
      text: "",
      types: [],
      countries: [],
      statuses: [],
      urgencies: [],
      consent: [],
      has_un_link: null,
      from: null,
      to: null,
      sort: "relevance",
      offset: 0,
      limit: PAGE_SIZE,
    });
  });

  it("turns each filter into its query field", () => {
    const query = buildQuery(
      {
        text: "  port  ",
        type: "travel_ban",
        country: "IT",
        status: "verified",
        urgency: "urgent",
        consent: "missing",
        unLink: "no",
        from: "2023",
        to: "2024-06-30",
        sort: "relevance",
      },
      100,
    );
    expect(query).toMatchObject({
      text: "port",
      types: ["travel_ban"],
      countries: ["IT"],
      statuses: ["verified"],
      urgencies: ["urgent"],
      consent: ["missing"],
      has_un_link: false,
      from: "2023",
      to: "2024-06-30",
      sort: "relevance",
      offset: 100,
    });
    expect(buildQuery({ ...emptyFilters(), unLink: "yes" }, 0).has_un_link).toBe(true);
  });

  it("ignores a date that is still being typed", () => {
    expect(buildQuery({ ...emptyFilters(), from: "202", to: "2024-1" }, 0)).toMatchObject({ from: null, to: null });
  });

  it("keeps an explicit sort and never sends a negative offset", () => {
    expect(buildQuery({ ...emptyFilters(), sort: "date_asc" }, -5)).toMatchObject({ sort: "date_asc", offset: 0 });
  });
});

describe("filtersActive", () => {
  it("is false for empty filters, whatever the sort", () => {
    expect(filtersActive(emptyFilters())).toBe(false);
    expect(filtersActive({ ...emptyFilters(), sort: "date_asc" })).toBe(false);
    expect(filtersActive({ ...emptyFilters(), text: "   " })).toBe(false);
  });

  it("is true as soon as one filter is set", () => {
    expect(filtersActive({ ...emptyFilters(), country: "LY" })).toBe(true);
    expect(filtersActive({ ...emptyFilters(), text: "ship" })).toBe(true);
  });
});

describe("pageInfo", () => {
  it("describes the first page of many", () => {
    expect(pageInfo(0, 50, 1234)).toEqual({ first: 1, last: 50, total: 1234, previous: null, next: 50 });
  });

  it("describes the last page", () => {
    expect(pageInfo(1200, 34, 1234)).toEqual({ first: 1201, last: 1234, total: 1234, previous: 1150, next: null });
  });

  it("describes an empty result", () => {
    expect(pageInfo(0, 0, 0)).toEqual({ first: 0, last: 0, total: 0, previous: null, next: null });
  });
});
