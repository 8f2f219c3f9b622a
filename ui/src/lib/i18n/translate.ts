// Pure translation helpers over the Fluent catalogues (`locales/*.ftl`): one bundle per
// language, English as the fallback for a message a language lacks, CLDR plural rules, numbers
// formatted by the locale, and Unicode isolation (FSI … PDI) of every inserted text that has
// letters, so an Arabic name inside a French sentence or a Latin case number inside Arabic text
// keeps its own direction. No state here: `index.svelte.ts` adds the current language.

import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { MessageKey } from "./keys.generated";
import { LOCALES, type Locale } from "./locales";

export type Params = Readonly<Record<string, string | number>>;

const sources = import.meta.glob<string>("./locales/*.ftl", { query: "?raw", import: "default", eager: true });

/** The catalogue text of `locale` (empty when the file is absent). */
export function catalogueSource(locale: Locale): string {
  return sources[`./locales/${locale}.ftl`] ?? "";
}

function makeBundle(locale: Locale): FluentBundle {
  // Fluent would isolate numbers and dates too; they have no letters, need no isolation, and
  // marks around them would only get in the way of copying. `isolate` below does the rest.
  const bundle = new FluentBundle(locale, { useIsolating: false });
  const errors = bundle.addResource(new FluentResource(catalogueSource(locale)));
  // A syntax error drops one message, which then falls back to English; the catalogue check
  // in CI (scripts/i18n-check.mjs) makes sure none ships.
  if (errors.length > 0 && import.meta.env.DEV) console.warn(`${locale}.ftl:`, errors);
  return bundle;
}

const bundles = new Map<Locale, FluentBundle>();

function bundleFor(locale: Locale): FluentBundle {
  let bundle = bundles.get(locale);
  if (bundle === undefined) {
    bundle = makeBundle(locale);
    bundles.set(locale, bundle);
  }
  return bundle;
}

const FSI = "\u2068";
const PDI = "\u2069";

/** Wraps each text parameter that has letters in FSI … PDI (Unicode bidi isolation). */
function isolate(params: Params | undefined): Record<string, FluentVariable> | undefined {
  if (params === undefined) return undefined;
  const out: Record<string, FluentVariable> = {};
  for (const [name, value] of Object.entries(params)) {
    out[name] = typeof value === "string" && /\p{L}/u.test(value) ? `${FSI}${value}${PDI}` : value;
  }
  return out;
}

/** True when English has a message with this id (ids built at run time are checked with it). */
export function hasMessage(key: string): key is MessageKey {
  return bundleFor("en").hasMessage(key);
}

/**
 * The text of `key` in `locale` with `params` filled in; English when the language lacks it, and
 * the id itself when even English does (never empty-handed). Numbers are formatted by the locale.
 */
export function translate(locale: Locale, key: string, params?: Params): string {
  for (const candidate of locale === "en" ? (["en"] as const) : ([locale, "en"] as const)) {
    const bundle = bundleFor(candidate);
    const message = bundle.getMessage(key);
    if (message?.value == null) continue;
    const errors: Error[] = [];
    const text = bundle.formatPattern(message.value, isolate(params), errors);
    if (text.trim() !== "") return text;
  }
  return key;
}

/** Every language the app ships, loaded (used by tests and the language picker). */
export function allLocales(): readonly Locale[] {
  return LOCALES;
}

/** Removes Fluent's isolation marks (U+2068, U+2069), for comparing text in tests. */
export function withoutIsolation(text: string): string {
  return text.replaceAll(FSI, "").replaceAll(PDI, "");
}
