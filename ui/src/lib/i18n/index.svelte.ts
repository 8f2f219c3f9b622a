// The current locale (reactive) and the `t` functions every component uses.
// Reading `t(...)` in a template re-renders it when the locale changes.

import type { MessageKey } from "./en";
import { DEFAULT_LOCALE, dictionaries, directionOf, type Locale } from "./locales";
import { pluralKey, translate, type Params, type PluralBase } from "./translate";

export type { MessageKey } from "./en";
export type { Locale } from "./locales";
export type { Params, PluralBase } from "./translate";

/** A message kept in state and translated when shown, so a locale switch applies to it too. */
export type Message =
  | { readonly key: MessageKey; readonly params?: Params }
  | { readonly plural: PluralBase; readonly count: number; readonly params?: Params }
  /** Text that is already in words, e.g. an error message from the core with no translation. */
  | { readonly text: string };

let current = $state<Locale>(DEFAULT_LOCALE);

export function getLocale(): Locale {
  return current;
}

/** Switches the language and sets `<html lang dir>` so the layout mirrors for RTL scripts. */
export function setLocale(locale: Locale): void {
  current = locale;
  if (typeof document !== "undefined") {
    document.documentElement.lang = locale;
    document.documentElement.dir = directionOf(locale);
  }
}

export function t(key: MessageKey, params?: Params): string {
  return translate(dictionaries[current], key, params);
}

/** Plural message: `tn("autoLock.option", 5)` → "5 minutes". `{count}` is always available. */
export function tn(base: PluralBase, count: number, params?: Params): string {
  const dict = dictionaries[current];
  return translate(dict, pluralKey(dict, current, base, count), { count, ...params });
}

export function tm(message: Message): string {
  if ("text" in message) return message.text;
  if ("key" in message) return t(message.key, message.params);
  return tn(message.plural, message.count, message.params);
}
