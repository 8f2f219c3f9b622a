import { describe, expect, it } from "vitest";
import type { ErrorCode } from "./bindings";
import { errorMessage, isAppError, isKnownErrorCode, normaliseError } from "./errors";
import { en } from "../i18n/en";
import { tm } from "../i18n/index.svelte";

const ALL_CODES: ErrorCode[] = [
  "wrong_passphrase",
  "wrong_recovery_key",
  "key_file_damaged",
  "database_damaged",
  "vault_not_found",
  "vault_exists",
  "newer_format",
  "disk_full",
  "weak_passphrase",
  "locked",
  "erase_incomplete",
  "in_use",
  "invalid_input",
  "invalid_record",
  "record_not_found",
  "conflict",
  "io",
];

describe("normaliseError", () => {
  it("passes an AppError through, dropping extra fields", () => {
    const raw = { code: "wrong_passphrase", message: "wrong passphrase or damaged vault", extra: 1 };
    expect(normaliseError(raw)).toEqual({
      code: "wrong_passphrase",
      message: "wrong passphrase or damaged vault",
      problems: [],
    });
  });

  it("keeps the field problems of an invalid record, dropping malformed ones", () => {
    const raw = {
      code: "invalid_record",
      message: "The record has problems.",
      problems: [{ path: "title", code: "required", message: "A title is needed.", extra: 1 }, { path: 3 }],
    };
    expect(normaliseError(raw).problems).toEqual([{ path: "title", code: "required", message: "A title is needed." }]);
  });

  it("turns a plain string rejection (Tauri's own errors) into io", () => {
    expect(normaliseError("command vault_status not found")).toEqual({
      code: "io",
      message: "command vault_status not found",
      problems: [],
    });
  });

  it("turns an Error into io with its text", () => {
    expect(normaliseError(new TypeError("boom"))).toEqual({ code: "io", message: "TypeError: boom", problems: [] });
  });

  it("turns null, undefined and half-shaped objects into io", () => {
    expect(normaliseError(null)).toEqual({ code: "io", message: "null", problems: [] });
    expect(normaliseError(undefined)).toEqual({ code: "io", message: "undefined", problems: [] });
    expect(normaliseError({ code: 7, message: "x" }).code).toBe("io");
    expect(normaliseError({ code: "locked" }).code).toBe("io");
  });

  it("recognises the AppError shape only", () => {
    expect(isAppError({ code: "locked", message: "" })).toBe(true);
    expect(isAppError({ message: "x" })).toBe(false);
    expect(isAppError("locked")).toBe(false);
  });
});

describe("errorMessage", () => {
  it("has an English text for every error code of the contract", () => {
    for (const code of ALL_CODES) {
      expect(isKnownErrorCode(code), code).toBe(true);
      expect(Object.keys(en), code).toContain(`error.${code}`);
    }
  });

  it("says a wrong passphrase is wrong, in plain words, not the core's message", () => {
    const text = tm(errorMessage({ code: "wrong_passphrase", message: "Decryption failed (internal)", problems: [] }));
    expect(text).toBe(en["error.wrong_passphrase"]);
    expect(text).toContain("passphrase did not open the vault");
    expect(text).not.toContain("internal");
  });

  it("says a wrong recovery key is wrong", () => {
    expect(tm(errorMessage({ code: "wrong_recovery_key", message: "", problems: [] }))).toContain("recovery key did not open");
  });

  it("gives io errors the core's details", () => {
    expect(tm(errorMessage({ code: "io", message: "permission denied", problems: [] }))).toBe(
      "Tadamun could not read or write one of its files. Details: permission denied",
    );
  });

  it("falls back to the core's message for a code this build does not know", () => {
    const future = { code: "quota_exceeded", message: "Too many attachments." } as unknown as Parameters<typeof errorMessage>[0];
    expect(tm(errorMessage(future))).toBe("Too many attachments.");
  });

  it("still says something for an unknown code with no message", () => {
    const future = { code: "mystery", message: " " } as unknown as Parameters<typeof errorMessage>[0];
    expect(tm(errorMessage(future))).toBe("Something went wrong. Details: mystery");
  });
});
