// Every command rejects with an `AppError`; this module makes sure that is true even when
// the rejection came from Tauri itself (a string) or from a bug (an Error), and turns an
// error into a message the user can read in their language.

import type { AppError, ErrorCode, Problem } from "./bindings";
import { en } from "../i18n/en";
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
void (en satisfies Record<`error.${ErrorCode}`, string>);

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

/**
 * Any rejection as an `AppError`. A well-formed error passes through (even with a code this
 * build does not know yet: its English message is then shown) with its well-formed field
 * problems; anything else becomes `io`.
 */
export function normaliseError(value: unknown): AppError {
  if (isAppError(value)) {
    const raw = (value as { problems?: unknown }).problems;
    const problems = Array.isArray(raw)
      ? raw.filter(isProblem).map((p) => ({ path: p.path, code: p.code, message: p.message }))
      : [];
    return { code: value.code, message: value.message, problems };
  }
  return { code: "io", message: String(value), problems: [] };
}

/** An error built here (not by the core), e.g. for a check done before calling it. */
export function localError(code: ErrorCode, message: string): AppError {
  return { code, message, problems: [] };
}

/** What to show for an error: the translation of its code, else the core's own words. */
export function errorMessage(error: AppError): Message {
  if (isKnownErrorCode(error.code)) {
    return { key: `error.${error.code}`, params: { message: error.message } };
  }
  if (error.message.trim() !== "") return { text: error.message };
  return { key: "error.unknown", params: { message: error.code } };
}
