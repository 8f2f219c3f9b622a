import { describe, expect, it } from "vitest";
import { withoutIsolation } from "../i18n/translate";
import {
  dateProblem,
  dateShape,
  formatPartialDate,
  isFilterDate,
  nextPrecision,
  precisionFor,
  toPartialDate,
  today,
} from "./dates";

describe("dateShape", () => {
  it("recognises a year, a month and a day", () => {
    expect(dateShape("2024")).toBe("year");
    expect(dateShape("2024-03")).toBe("month");
    expect(dateShape("2024-03-12")).toBe("day");
    expect(dateShape(" 2024-03-12 ")).toBe("day");
  });

  it("rejects impossible or oddly written dates", () => {
    expect(dateShape("2024-13")).toBeNull();
    expect(dateShape("2023-02-29")).toBeNull();
    expect(dateShape("2024-02-29")).toBe("day");
    expect(dateShape("12/03/2024")).toBeNull();
    expect(dateShape("24-3-1")).toBeNull();
    expect(dateShape("")).toBeNull();
  });
});

describe("dateProblem", () => {
  it("accepts an empty date (unknown) and a date matching its precision", () => {
    expect(dateProblem("", "day")).toBeNull();
    expect(dateProblem("2024-03-12", "day")).toBeNull();
    expect(dateProblem("2024-03", "month")).toBeNull();
    expect(dateProblem("2024", "year")).toBeNull();
  });

  it("accepts any shape when approximate", () => {
    expect(dateProblem("2024", "approximate")).toBeNull();
    expect(dateProblem("2024-03-12", "approximate")).toBeNull();
  });

  it("says what is expected when shape and precision differ", () => {
    expect(dateProblem("2024-03", "day")).toBe("date-needs-day");
    expect(dateProblem("2024-03-12", "year")).toBe("date-needs-year");
    expect(dateProblem("March 2024", "month")).toBe("date-invalid");
  });
});

describe("toPartialDate and precisionFor", () => {
  it("stores nothing for an empty date", () => {
    expect(toPartialDate("  ", "day")).toBeNull();
    expect(toPartialDate(" 2024-03 ", "month")).toEqual({ date: "2024-03", precision: "month" });
  });

  it("guesses the precision from what was typed", () => {
    expect(precisionFor("2024")).toBe("year");
    expect(precisionFor("2024-05-01")).toBe("day");
    expect(precisionFor("soon")).toBeNull();
  });
});

describe("formatPartialDate", () => {
  it("shows a date no more precisely than it is known", () => {
    expect(formatPartialDate({ date: "2024-03-12", precision: "day" }, "en")).toBe("March 12, 2024");
    expect(formatPartialDate({ date: "2024-03", precision: "month" }, "en")).toBe("March 2024");
    expect(formatPartialDate({ date: "2024", precision: "year" }, "en")).toBe("2024");
  });

  it("says 'about' for an approximate date", () => {
    expect(withoutIsolation(formatPartialDate({ date: "2024-03", precision: "approximate" }, "en"))).toBe("about March 2024");
  });

  it("shows nothing for no date and the raw text for a malformed one", () => {
    expect(formatPartialDate(null, "en")).toBe("");
    expect(formatPartialDate({ date: "spring", precision: "approximate" }, "en")).toBe("spring");
  });
});

describe("filter dates and today", () => {
  it("accepts empty or partial ISO dates only", () => {
    expect(isFilterDate("")).toBe(true);
    expect(isFilterDate("2023")).toBe(true);
    expect(isFilterDate("2023-1")).toBe(false);
  });

  it("writes today as YYYY-MM-DD in local time", () => {
    expect(today(new Date(2025, 0, 5, 23, 59))).toBe("2025-01-05");
  });
});

describe("nextPrecision", () => {
  it("follows what is typed until the user chooses", () => {
    expect(nextPrecision("2024-03", "day", false)).toBe("month");
    expect(nextPrecision("2024-03-1", "month", false)).toBe("month");
    expect(nextPrecision("2024-03", "day", true)).toBe("day");
  });

  it("keeps approximate", () => {
    expect(nextPrecision("2024", "approximate", false)).toBe("approximate");
  });
});
