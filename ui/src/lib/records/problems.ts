// The core's problems and warnings in the UI language: a known code is translated, an unknown
// one shows the core's own (English) explanation.

import type { Problem, Warning } from "../ipc/bindings";
import { t, type MessageKey } from "../i18n/index.svelte";
import { en } from "../i18n/en";

const has = (key: string): key is MessageKey => Object.prototype.hasOwnProperty.call(en, key);

export function problemText(problem: Problem): string {
  // The core's message names the exact field and limit; use it unless it is empty.
  if (problem.message.trim() !== "") return problem.message;
  const key = `problem.${problem.code}`;
  return has(key) ? t(key) : problem.code;
}

export function warningText(warning: Warning): string {
  const key = `warning.${warning.code}`;
  if (warning.actor_id === null && has(key)) return t(key);
  return warning.message.trim() !== "" ? warning.message : has(key) ? t(key) : warning.code;
}
