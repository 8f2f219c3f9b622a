// Pure translation helpers: lookup with fallback, `{name}` interpolation, plural choice.
// No state here, so it is easy to test; `index.svelte.ts` adds the current locale.

import { en, type MessageKey } from "./en";

export type Params = Readonly<Record<string, string | number>>;

/** A full translation: the compiler lists any key a locale is missing. */
export type Dictionary = Readonly<Record<MessageKey, string>>;

/** Base names of plural messages: `x` when `x.other` is a key. */
export type PluralBase = {
  [K in MessageKey]: K extends `${infer B}.other` ? B : never;
}[MessageKey];

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** Replaces each `{name}` with `params.name`; an unknown `{name}` is left as it is. */
export function interpolate(template: string, params?: Params): string {
  if (params === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (hasOwn(params, name) ? String(params[name]) : whole));
}

/** The raw string for `key`: from `dict`, else English, else the key itself (never empty-handed). */
export function lookup(dict: Partial<Record<string, string>>, key: string): string {
  const own = hasOwn(dict, key) ? dict[key] : undefined;
  if (typeof own === "string" && own !== "") return own;
  const fallback = hasOwn(en, key) ? (en as Record<string, string>)[key] : undefined;
  return fallback ?? key;
}

export function hasKey(dict: Partial<Record<string, string>>, key: string): boolean {
  return hasOwn(dict, key) || hasOwn(en, key);
}

export function translate(dict: Partial<Record<string, string>>, key: string, params?: Params): string {
  return interpolate(lookup(dict, key), params);
}

/** Picks `base.<category>` for `count` by the locale's plural rules, else `base.other`. */
export function pluralKey(dict: Partial<Record<string, string>>, locale: string, base: PluralBase, count: number): string {
  const category = new Intl.PluralRules(locale).select(count);
  const candidate = `${base}.${category}`;
  return hasKey(dict, candidate) ? candidate : `${base}.other`;
}
