import { describe, expect, it } from "vitest";
import { markersFrom, segmentText, type Marker } from "./highlight";

const m = (text: string, detail = `why ${text}`): Marker => ({ text, detail });
const join = (segments: { text: string }[]): string => segments.map((s) => s.text).join("");

describe("markersFrom", () => {
  it("keeps one marker per words shown, joining distinct explanations, longest first", () => {
    const markers = markersFrom([
      { shown_as: "Person B", detail: "name withheld: consent level 1" },
      { shown_as: "Person B", detail: "name withheld: consent level 1" },
      { shown_as: "Person B", detail: "name withheld: no consent" },
      { shown_as: "[name withheld]", detail: "name found in the account" },
      { shown_as: "  ", detail: "a field removed" },
    ]);
    expect(markers).toEqual([
      { text: "[name withheld]", detail: "name found in the account" },
      { text: "Person B", detail: "name withheld: consent level 1; name withheld: no consent" },
    ]);
  });
});

describe("segmentText", () => {
  it("marks each occurrence and gives the text back exactly", () => {
    const text = "Person B was questioned. Later Person B was released.";
    const segments = segmentText(text, [m("Person B")]);
    expect(segments).toEqual([
      { text: "Person B", mark: "why Person B" },
      { text: " was questioned. Later ", mark: null },
      { text: "Person B", mark: "why Person B" },
      { text: " was released.", mark: null },
    ]);
    expect(join(segments)).toBe(text);
  });

  it("returns the text as one plain segment when nothing matches, and nothing for empty text", () => {
    expect(segmentText("Nothing here.", [m("Person A")])).toEqual([{ text: "Nothing here.", mark: null }]);
    expect(segmentText("", [m("Person A")])).toEqual([]);
    expect(segmentText("Text", [])).toEqual([{ text: "Text", mark: null }]);
  });

  it("prefers the longer marker where two start at the same place", () => {
    const segments = segmentText("Person AB met Person A.", [m("Person A"), m("Person AB")]);
    expect(segments.map((s) => [s.text, s.mark !== null])).toEqual([
      ["Person AB", true],
      [" met ", false],
      ["Person A", true],
      [".", false],
    ]);
  });

  it("never overlaps two marks and ignores empty markers", () => {
    const segments = segmentText("aaaa", [m("aaa"), m("")]);
    expect(segments).toEqual([
      { text: "aaa", mark: "why aaa" },
      { text: "a", mark: null },
    ]);
  });

  it("keeps markup-looking text as plain text", () => {
    const text = "<b>Person A</b> & co";
    const segments = segmentText(text, [m("Person A")]);
    expect(join(segments)).toBe(text);
    expect(segments[0]).toEqual({ text: "<b>", mark: null });
  });

  it("marks right-to-left text too", () => {
    const segments = segmentText("استجوب الشخص أ مرتين", [m("الشخص أ")]);
    expect(segments.filter((s) => s.mark !== null).map((s) => s.text)).toEqual(["الشخص أ"]);
  });
});
