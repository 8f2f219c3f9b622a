// Countries by ISO code, named in the UI language (Intl.DisplayNames), else the core's English name.

import type { Country } from "../ipc/bindings";

const displayNames = new Map<string, Intl.DisplayNames | null>();

function namesFor(locale: string): Intl.DisplayNames | null {
  if (!displayNames.has(locale)) {
    try {
      displayNames.set(locale, new Intl.DisplayNames([locale], { type: "region" }));
    } catch {
      displayNames.set(locale, null);
    }
  }
  return displayNames.get(locale) ?? null;
}

export function countryName(code: string, locale: string, fallback: string = code): string {
  try {
    const name = namesFor(locale)?.of(code.toUpperCase());
    if (name !== undefined && name !== code.toUpperCase()) return name;
  } catch {
    // An invalid code for Intl: use the fallback.
  }
  return fallback;
}

export interface NamedCountry {
  readonly code: string;
  readonly name: string;
}

/** Every country with its local name, in the local alphabetical order. */
export function localisedCountries(countries: readonly Country[], locale: string): NamedCountry[] {
  const collator = new Intl.Collator(locale);
  return countries
    .map((c) => ({ code: c.code, name: countryName(c.code, locale, c.name) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The name of a code from a list (code itself when unknown). */
export function nameOfCountry(code: string | null, countries: readonly Country[], locale: string): string {
  if (code === null || code === "") return "";
  const known = countries.find((c) => c.code === code);
  return countryName(code, locale, known?.name ?? code);
}
