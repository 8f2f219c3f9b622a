// The export preview in the screens' language. The core says every finding, note, left-out
// reason and planned file in English for the CLI, and with a stable code and named values for
// the app: here each value is put into words (a role code becomes its label, a script code its
// name, a language code its name), then the code's message is used. A code this build has no
// words for falls back to the core's English, so nothing is ever hidden.

import type { Finding, LeftOut, Note, PlannedFile } from "../ipc/bindings";
import { getLocale, listOf, t, type Params } from "../i18n/index.svelte";
import { hasMessage } from "../i18n/translate";
import { reference } from "../records/reference.svelte";
import { labelOf } from "../records/vocab";

type Values = Readonly<Partial<Record<string, string>>>;

const split = (value: string | undefined): string[] =>
  (value ?? "")
    .split(",")
    .map((v) => v.trim())
    .filter((v) => v !== "");

function scriptName(code: string): string {
  try {
    return new Intl.DisplayNames([getLocale()], { type: "script" }).of(code) ?? code;
  } catch {
    return code;
  }
}

function wordsFor(key: string, fallback: string): string {
  return hasMessage(key) ? t(key) : fallback;
}

/** Each value in words of the current language. */
export function resolveValues(values: Values): Params {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    switch (name) {
      case "roles":
        out[name] = listOf(split(value).map((code) => labelOf(reference.vocabs, "role", code, getLocale())));
        break;
      case "why":
        {
          const key = `export-why-${value}`;
          out[name] = hasMessage(key) ? t(key, { level: values.level ?? "" }) : value;
        }
        break;
      case "field":
        out[name] = wordsFor(`export-field-${value}`, value);
        break;
      case "precision":
        out[name] = wordsFor(`export-precision-${value}`, value);
        break;
      case "scripts":
        out[name] = listOf(split(value).map(scriptName));
        break;
      case "languages":
        out[name] = listOf(split(value).map((code) => wordsFor(`export-languageName-${code}`, code)));
        break;
      case "recipient":
        out[name] = recipientWords(value, "name", value);
        break;
      case "count":
      case "level":
      case "case":
        out[name] = value === "" || Number.isNaN(Number(value)) ? value : Number(value);
        break;
      default:
        out[name] = value;
    }
  }
  return out;
}

/** The message `key` with `values` in words (a `count` among them chooses the plural form). */
function say(key: string, values: Values, english: string): string {
  return hasMessage(key) ? t(key, resolveValues(values)) : english;
}

/** A finding (blocker or warning) in words, without its case number. */
export function findingText(finding: Pick<Finding, "code" | "message" | "params">): string {
  return say(`finding-${finding.code}`, finding.params, finding.message);
}

/** A note of the preview in words. */
export function noteText(note: Pick<Note, "code" | "detail" | "params">): string {
  return say(`note-${note.code}`, note.params, note.detail);
}

/** Why an incident is left out, in words. */
export function leftOutReason(item: Pick<LeftOut, "reason_code" | "reason" | "params">): string {
  return say(`leftOut-${item.reason_code}`, item.params, item.reason);
}

/** What a planned file is, in words. */
export function fileWhat(file: Pick<PlannedFile, "kind" | "what" | "case">): string {
  const key = `export-file-${file.kind}`;
  return hasMessage(key) ? t(key, file.case === null ? {} : { case: file.case }) : file.what;
}

/** What a planned file contains, in words (a CSV file's column names as they are written). */
export function fileContents(file: Pick<PlannedFile, "content_codes" | "contents">): string[] {
  if (file.content_codes.length === 0) return file.contents;
  return file.content_codes.map((code, i) => wordsFor(`export-content-${code}`, file.contents[i] ?? code));
}

/** A recipient profile's name or description in words; the core's for a profile this build has none for. */
export function recipientWords(id: string | null, part: "name" | "about", english: string): string {
  const key = `recipient-${id ?? ""}-${part}`;
  return id !== null && hasMessage(key) ? t(key) : english;
}
