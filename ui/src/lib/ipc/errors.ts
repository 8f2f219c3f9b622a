// Every command rejects with an `AppError`; this module makes sure that is true even when
// the rejection came from Tauri itself (a string) or from a bug (an Error), and turns an
// error into a message the user can read in their language.

import type { AppError, ErrorCode, Problem } from "./bindings";
import type { MessageKey } from "../i18n/keys.generated";
import { hasMessage } from "../i18n/translate";
import type { Message } from "../i18n/index.svelte";

/** All codes the core can send. The object type makes the compiler list any code left out. */
const KNOWN: Readonly<Record<ErrorCode, true>> = {
  wrong_passphrase: true,
  wrong_recovery_key: true,
  key_file_damaged: true,
  database_damaged: true,
  vault_not_found: true,
  vault_exists: true,
  newer_format: true,
  disk_full: true,
  weak_passphrase: true,
  locked: true,
  erase_incomplete: true,
  in_use: true,
  invalid_input: true,
  invalid_record: true,
  record_not_found: true,
  conflict: true,
  cancelled: true,
  evidence_damaged: true,
  not_shareable: true,
  io: true,
};

// Compile-time check: English has a message for every error code.
const everyCodeHasAMessage: `error-${ErrorCode}` extends MessageKey ? true : never = true;
void everyCodeHasAMessage;

export function isKnownErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(KNOWN, code);
}

/** True for anything shaped like `{ code: string, message: string }`. */
export function isAppError(value: unknown): value is AppError {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as { code?: unknown; message?: unknown };
  return typeof candidate.code === "string" && typeof candidate.message === "string";
}

function isProblem(value: unknown): value is Problem {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as { path?: unknown; code?: unknown; message?: unknown };
  return typeof candidate.path === "string" && typeof candidate.code === "string" && typeof candidate.message === "string";
}

/** Only string values, whatever was sent. */
function stringRecord(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof value !== "object" || value === null) return out;
  for (const [k, v] of Object.entries(value)) if (typeof v === "string") out[k] = v;
  return out;
}

/**
 * Any rejection as an `AppError`. A well-formed error passes through (even with a code this
 * build does not know yet) with its well-formed field problems, finer reason and values;
 * anything else becomes `io`.
 */
export function normaliseError(value: unknown): AppError {
  if (isAppError(value)) {
    const raw = value as { problems?: unknown; detail?: unknown; params?: unknown };
    const problems = Array.isArray(raw.problems)
      ? raw.problems.filter(isProblem).map((p) => ({
          path: p.path,
          code: p.code,
          message: p.message,
          params: stringRecord((p as { params?: unknown }).params),
        }))
      : [];
    return {
      code: value.code,
      message: value.message,
      problems,
      detail: typeof raw.detail === "string" ? raw.detail : null,
      params: stringRecord(raw.params),
    };
  }
  return { code: "io", message: String(value), problems: [], detail: null, params: {} };
}

/** An error built here (not by the core), e.g. for a check done before calling it. */
export function localError(code: ErrorCode, message: string): AppError {
  return { code, message, problems: [], detail: null, params: {} };
}

/** Codes whose English message is technical detail (an operating-system error), worth keeping for support. */
const TECHNICAL: ReadonlySet<string> = new Set(["io", "evidence_damaged", "unknown"]);

/**
 * What to show for an error, always in the screens' language: the finer reason when the core
 * gives one this build has words for (`error-invalid_input-not_a_public_key`), else the code's
 * sentence. The core's English never becomes the message; for technical failures it is kept as
 * `details`, shown folded under the message for whoever helps the person.
 */
export function errorMessage(error: AppError): Message {
  const params = Object.fromEntries(Object.entries(error.params).filter((e): e is [string, string] => e[1] !== undefined));
  if (error.detail !== null) {
    const key = `error-${error.code}-${error.detail}`;
    if (hasMessage(key)) return { key, params };
  }
  const details = error.message.trim() === "" ? undefined : error.message.trim();
  if (isKnownErrorCode(error.code)) {
    return TECHNICAL.has(error.code) && details !== undefined
      ? { key: `error-${error.code}`, params, details }
      : { key: `error-${error.code}`, params };
  }
  return details === undefined ? { key: "error-unknown", details: error.code } : { key: "error-unknown", details };
}
