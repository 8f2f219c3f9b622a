// The languages Tadamun ships (the six official UN languages), their names, direction, and how
// the system's language is matched to one of them.

export const LOCALES = ["ar", "zh", "en", "fr", "ru", "es"] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "en";

/** Each language's name in itself, as the language picker shows it. */
export const NATIVE_NAMES: Readonly<Record<Locale, string>> = {
  ar: "العربية",
  zh: "中文",
  en: "English",
  fr: "Français",
  ru: "Русский",
  es: "Español",
};

/** Languages written right to left (by primary subtag). */
const RTL_LANGUAGES: ReadonlySet<string> = new Set(["ar", "fa", "he", "ur", "ps", "yi", "dv"]);

/** The primary language subtag of a BCP 47 tag or a POSIX locale name (`ar_EG.UTF-8@x` → `ar`). */
export function primaryLanguage(tag: string): string {
  return (
    tag
      .trim()
      .toLowerCase()
      .split(/[-_.@]/)[0] ?? ""
  );
}

export function directionOf(locale: string): "ltr" | "rtl" {
  return RTL_LANGUAGES.has(primaryLanguage(locale)) ? "rtl" : "ltr";
}

export function isLocale(tag: string): tag is Locale {
  return (LOCALES as readonly string[]).includes(tag);
}

/**
 * The first of the user's preferred languages that Tadamun has, matched by primary subtag.
 * Anything else — `C`, `POSIX`, an empty string, a tag `Intl` rejects — is skipped, never thrown.
 */
export function pickLocale(preferred: readonly (string | null | undefined)[]): Locale {
  for (const tag of preferred) {
    if (typeof tag !== "string") continue;
    const language = primaryLanguage(tag);
    if (isLocale(language)) return language;
  }
  return DEFAULT_LOCALE;
}
