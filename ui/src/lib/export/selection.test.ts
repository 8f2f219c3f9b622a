import { describe, expect, it } from "vitest";
import { isPicked, pickAll, setPicked, uniquePicks } from "./selection";

const a = { id: "a", number: 1, title: "A" };
const b = { id: "b", number: 2, title: "B" };
const c = { id: "c", number: 3, title: "C" };

describe("incidents chosen for a submission", () => {
  it("ticks and unticks one, in the order chosen", () => {
    const one = setPicked([], b, true);
    const two = setPicked(one, a, true);
    expect(two.map((p) => p.id)).toEqual(["b", "a"]);
    expect(isPicked(two, "a")).toBe(true);
    expect(setPicked(two, b, false).map((p) => p.id)).toEqual(["a"]);
    expect(setPicked(two, a, true).map((p) => p.id)).toEqual(["b", "a"]);
  });

  it("ticks a whole page without doubling any", () => {
    expect(pickAll([b], [a, b, c]).map((p) => p.id)).toEqual(["b", "a", "c"]);
  });

  it("keeps each incident once", () => {
    expect(uniquePicks([a, b, a]).map((p) => p.id)).toEqual(["a", "b"]);
  });
});
