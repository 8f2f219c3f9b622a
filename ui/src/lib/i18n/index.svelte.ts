// The current locale (reactive) and the `t` functions every component uses.
// Reading `t(...)` in a template re-renders it when the locale changes.

import type { MessageKey, PluralKey } from "./keys.generated";
import { DEFAULT_LOCALE, directionOf, type Locale } from "./locales";
import { translate, type Params } from "./translate";

export type { MessageKey, PluralKey } from "./keys.generated";
export type { Locale } from "./locales";
export type { Params } from "./translate";

/** A message kept in state and translated when shown, so a locale switch applies to it too. */
export type Message =
  | {
      readonly key: MessageKey;
      readonly params?: Params;
      /** Technical detail in the core's words (an operating-system error), shown folded. */
      readonly details?: string;
    }
  | { readonly plural: PluralKey; readonly count: number; readonly params?: Params }
  /** Text that is already in words and needs no translation (e.g. a file name). */
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
  return translate(current, key, params);
}

/** Plural message: `tn("autoLock-option", 5)` → "5 minutes". `$count` is always available. */
export function tn(key: PluralKey, count: number, params?: Params): string {
  return translate(current, key, { count, ...params });
}

export function tm(message: Message): string {
  if ("text" in message) return message.text;
  if ("key" in message) return t(message.key, message.params);
  return tn(message.plural, message.count, message.params);
}

/** "A, B and C" in the current language (Intl.ListFormat: "A، B وC" in Arabic, "A、B和C" in Chinese). */
export function listOf(items: readonly string[], type: "conjunction" | "disjunction" = "conjunction"): string {
  return new Intl.ListFormat(current, { style: "long", type }).format(items);
}
