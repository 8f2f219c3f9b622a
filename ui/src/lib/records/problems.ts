// The core's problems and warnings in the UI language. The core gives each a stable code, the
// path of the field and the values in it (`len`, `max`, `value`, `who`); the words are chosen
// here: the field's own message (`problem-required-title`) where one exists, else the code's
// (`problem-required`). Only a code this build has no words for shows the core's English.

import type { Problem, Warning } from "../ipc/bindings";
import { t } from "../i18n/index.svelte";
import { hasMessage } from "../i18n/translate";
import { parsePath } from "./paths";

type Values = Readonly<Partial<Record<string, string>>>;

function values(params: Values): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    out[name] = /^\d+$/.test(value) ? Number(value) : value;
  }
  return out;
}

export function problemText(problem: Problem): string {
  const field = parsePath(problem.path).at(-1)?.name ?? "";
  for (const key of [`problem-${problem.code}-${field}`, `problem-${problem.code}`]) {
    if (hasMessage(key)) return t(key, values(problem.params));
  }
  return problem.message.trim() !== "" ? problem.message : problem.code;
}

export function warningText(warning: Warning): string {
  const personal = `warning-${warning.code}-person`;
  if (warning.actor_id !== null && warning.params.who !== undefined && hasMessage(personal)) {
    return t(personal, values(warning.params));
  }
  const key = `warning-${warning.code}`;
  if (hasMessage(key)) return t(key);
  return warning.message.trim() !== "" ? warning.message : warning.code;
}
