import { describe, expect, it } from "vitest";
import { withoutIsolation } from "../i18n/translate";

import { progressText, stepKey } from "./progress";

describe("progressText", () => {
  it("translates every step the core reports during key rotation", () => {
    for (const step of ["database", "passphrase_key", "recovery_key", "switch", "done"]) {
      expect(stepKey(step), step).not.toBeNull();
    }
    expect(withoutIsolation(progressText({ step: "database", done: 0, total: 4 }))).toBe("Re-encrypting your records (0 of 4)");
  });

  it("shows an unknown step code as it is rather than hiding it", () => {
    expect(stepKey("blobs")).toBeNull();
    expect(withoutIsolation(progressText({ step: "blobs", done: 2, total: 5 }))).toBe("blobs (2 of 5)");
  });
});
