// A stored value in words, knowing the field it belongs to: vocabulary codes become their
// labels, country codes their names, statuses and the like their translation.

import type { Country, Vocabularies } from "../ipc/bindings";
import { hasMessage } from "../i18n/translate";
import { t } from "../i18n/index.svelte";
import { nameOfCountry } from "./countries";
import { parsePath } from "./paths";
import { labelOf, type VocabularyName } from "./vocab";

const VOCABULARY_OF: Readonly<Record<string, VocabularyName>> = {
  types: "incident_type",
  type: "incident_type",
  role: "role",
  state_link: "state_link",
  mechanism: "un_mechanism",
  form: "cooperation_form",
  proceeding_type: "proceeding_type",
  proceeding_status: "proceeding_status",
};

const COUNTRY_FIELDS: ReadonlySet<string> = new Set(["country", "nationality", "flag_state"]);

const TRANSLATED_PREFIX: Readonly<Record<string, string>> = {
  status: "status",
  urgency: "urgency",
  kind: "kind",
  precision: "precision",
  lawyer_access: "lawyer",
  given_by: "consent-givenBy",
  method: "consent-method",
  name_form: "consent-nameForm",
  reliability: "reliability",
};

const has = hasMessage;

export function valueLabel(
  path: string,
  value: string,
  vocabs: Vocabularies | null,
  countries: readonly Country[],
  locale: string,
): string {
  const segments = parsePath(path);
  const field = segments[segments.length - 1]?.name ?? "";
  const vocabulary = VOCABULARY_OF[field];
  if (vocabulary !== undefined) return labelOf(vocabs, vocabulary, value, locale);
  if (COUNTRY_FIELDS.has(field)) return nameOfCountry(value, countries, locale);
  const prefix = TRANSLATED_PREFIX[field];
  if (prefix !== undefined) {
    // A place's precision has its own words.
    const parent = segments[segments.length - 2]?.name;
    const key = parent === "place" && field === "precision" ? `placePrecision-${value}` : `${prefix}-${value}`;
    if (has(key)) return t(key);
  }
  if (value === "true") return t("common-yes");
  if (value === "false") return t("common-no");
  return value;
}

/**
 * The items of a list typed in one field, split on the comma of any of the app's languages: the
 * Latin comma, the Arabic comma (،), the Chinese full-width comma (，), enumeration comma (、)
 * and semicolon (；). Trimmed, empty items dropped, duplicates kept once.
 */
export function splitTypedList(text: string): string[] {
  return text
    .split(/[,،，、；]/u)
    .map((item) => item.trim())
    .filter((item, i, all) => item !== "" && all.indexOf(item) === i);
}
