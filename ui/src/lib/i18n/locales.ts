// The locales Tadamun ships. To add one: create `fr.ts` exporting
// `export const fr: Dictionary = { ... }` and list it below.

import { en } from "./en";
import type { Dictionary } from "./translate";

export const dictionaries = { en } satisfies Record<string, Dictionary>;

export type Locale = keyof typeof dictionaries;

export const DEFAULT_LOCALE: Locale = "en";

/** Languages written right to left (by primary subtag). */
const RTL_LANGUAGES: ReadonlySet<string> = new Set(["ar", "fa", "he", "ur", "ps", "yi", "dv"]);

export function directionOf(locale: string): "ltr" | "rtl" {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? "";
  return RTL_LANGUAGES.has(language) ? "rtl" : "ltr";
}

function isLocale(tag: string): tag is Locale {
  return Object.prototype.hasOwnProperty.call(dictionaries, tag);
}

/** The first of the user's preferred languages that Tadamun has, matched by primary subtag. */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const language = tag.toLowerCase().split(/[-_]/)[0] ?? "";
    if (isLocale(language)) return language;
  }
  return DEFAULT_LOCALE;
}
