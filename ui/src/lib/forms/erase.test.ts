import { describe, expect, it } from "vitest";
import { eraseConfirmMatches } from "./erase";

describe("erase confirmation", () => {
  it("accepts the word exactly", () => {
    expect(eraseConfirmMatches("ERASE", "ERASE")).toBe(true);
  });

  it("forgives letter case and surrounding spaces", () => {
    expect(eraseConfirmMatches("  erase ", "ERASE")).toBe(true);
    expect(eraseConfirmMatches("Erase", "ERASE")).toBe(true);
  });

  it("refuses anything else", () => {
    expect(eraseConfirmMatches("", "ERASE")).toBe(false);
    expect(eraseConfirmMatches("ERAS", "ERASE")).toBe(false);
    expect(eraseConfirmMatches("ERASE!", "ERASE")).toBe(false);
    expect(eraseConfirmMatches("ERASE ERASE", "ERASE")).toBe(false);
    expect(eraseConfirmMatches("E RASE", "ERASE")).toBe(false);
  });

  it("never matches an empty word", () => {
    expect(eraseConfirmMatches("", "")).toBe(false);
    expect(eraseConfirmMatches(" ", " ")).toBe(false);
  });

  it("works with a translated word in another script", () => {
    expect(eraseConfirmMatches("مسح", "مسح")).toBe(true);
    expect(eraseConfirmMatches("effacer", "EFFACER")).toBe(true);
    expect(eraseConfirmMatches("مسحح", "مسح")).toBe(false);
  });
});
