import { describe, expect, it } from "vitest";
import type { ErrorCode } from "./bindings";
import { errorMessage, isAppError, isKnownErrorCode, normaliseError } from "./errors";
import { hasMessage, translate, withoutIsolation } from "../i18n/translate";

const en = new Proxy({} as Record<string, string>, { get: (_, key) => withoutIsolation(translate("en", String(key))) });
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
      detail: null,
      params: {},
    });
  });

  it("keeps the field problems of an invalid record, dropping malformed ones", () => {
    const raw = {
      code: "invalid_record",
      message: "The record has problems.",
      problems: [{ path: "title", code: "required", message: "A title is needed.", extra: 1 }, { path: 3 }],
    };
    expect(normaliseError(raw).problems).toEqual([
      { path: "title", code: "required", message: "A title is needed.", params: {} },
    ]);
  });

  it("turns a plain string rejection (Tauri's own errors) into io", () => {
    expect(normaliseError("command vault_status not found")).toEqual({
      code: "io",
      message: "command vault_status not found",
      problems: [],
      detail: null,
      params: {},
    });
  });

  it("turns an Error into io with its text", () => {
    expect(normaliseError(new TypeError("boom"))).toEqual({
      code: "io",
      message: "TypeError: boom",
      problems: [],
      detail: null,
      params: {},
    });
  });

  it("turns null, undefined and half-shaped objects into io", () => {
    expect(normaliseError(null)).toEqual({ code: "io", message: "null", problems: [], detail: null, params: {} });
    expect(normaliseError(undefined)).toEqual({ code: "io", message: "undefined", problems: [], detail: null, params: {} });
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
      expect(hasMessage(`error-${code}`), code).toBe(true);
    }
  });

  it("says a wrong passphrase is wrong, in plain words, not the core's message", () => {
    const text = tm(
      errorMessage({ code: "wrong_passphrase", message: "Decryption failed (internal)", problems: [], detail: null, params: {} }),
    );
    expect(text).toBe(en["error-wrong_passphrase"]);
    expect(text).toContain("passphrase did not open the vault");
    expect(text).not.toContain("internal");
  });

  it("says a wrong recovery key is wrong", () => {
    expect(tm(errorMessage({ code: "wrong_recovery_key", message: "", problems: [], detail: null, params: {} }))).toContain(
      "recovery key did not open",
    );
  });

  it("keeps an io error's technical details apart from the sentence", () => {
    const message = errorMessage({ code: "io", message: "permission denied", problems: [], detail: null, params: {} });
    expect(tm(message)).toBe("Tadamun could not read or write one of its files.");
    expect("details" in message ? message.details : null).toBe("permission denied");
  });

  it("says something in the screens' language for a code this build does not know, with the core's words as details", () => {
    const future = normaliseError({ code: "quota_exceeded", message: "Too many attachments." });
    const message = errorMessage(future);
    expect(tm(message)).toBe("Something went wrong.");
    expect("details" in message ? message.details : null).toBe("Too many attachments.");
  });

  it("still says something for an unknown code with no message", () => {
    const message = errorMessage(normaliseError({ code: "mystery", message: " " }));
    expect(tm(message)).toBe("Something went wrong.");
    expect("details" in message ? message.details : null).toBe("mystery");
  });

  it("says a finer reason the core gives, with its values", () => {
    const message = errorMessage(
      normaliseError({ code: "not_shareable", message: "(English)", detail: "pdf", params: {}, problems: [] }),
    );
    expect(tm(message)).toMatch(/^PDF files can carry the author/);
  });
});
