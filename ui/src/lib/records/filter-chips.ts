// The list's filter panel, summed up while it is closed: how many filters narrow the list, one
// small removable chip per filter ("Country: Malta ✕"), and the state without one of them.
// The search words are not counted: the search box always shows them.

import { t, type MessageKey } from "../i18n/index.svelte";
import type { Filters } from "./query";

/** The filters of the panel, in the panel's order. */
export type PanelFilter = "type" | "country" | "status" | "urgency" | "consent" | "unLink" | "from" | "to";

export const PANEL_FILTERS: readonly PanelFilter[] = ["type", "country", "status", "urgency", "consent", "unLink", "from", "to"];

/** The label of each filter's control in the panel. */
const FILTER_NAMES: Readonly<Record<PanelFilter, MessageKey>> = {
  type: "list-filterType",
  country: "list-filterCountry",
  status: "list-filterStatus",
  urgency: "list-filterUrgency",
  consent: "list-filterConsent",
  unLink: "list-filterUnLink",
  from: "list-filterFrom",
  to: "list-filterTo",
};

/** The panel's filters that are set, in the panel's order. */
export function activeFilters(filters: Filters): PanelFilter[] {
  return PANEL_FILTERS.filter((key) => filters[key].trim() !== "");
}

export function countActiveFilters(filters: Filters): number {
  return activeFilters(filters).length;
}

/** A copy of `filters` with one filter back to "any"; words, sort and the rest are kept. */
export function withoutFilter(filters: Filters, key: PanelFilter): Filters {
  return { ...filters, [key]: "" };
}

/** Names of codes that only the loaded reference data knows. */
export interface CodeNames {
  type: (code: string) => string;
  country: (code: string) => string;
}

export interface FilterChip {
  readonly key: PanelFilter;
  /** What the chip shows: "Country: Malta". */
  readonly text: string;
  /** Its button's accessible name: "Remove filter Country: Malta". */
  readonly removeLabel: string;
}

function valueText(filters: Filters, key: PanelFilter, names: CodeNames): string {
  switch (key) {
    case "type":
      return names.type(filters.type);
    case "country":
      return names.country(filters.country);
    case "status":
      return filters.status === "" ? "" : t(`status-${filters.status}`);
    case "urgency":
      return filters.urgency === "" ? "" : t(`urgency-${filters.urgency}`);
    case "consent":
      return filters.consent === "" ? "" : t(`consentState-${filters.consent}`);
    case "unLink":
      return filters.unLink === "yes" ? t("list-withUnLink") : t("list-withoutUnLink");
    case "from":
      return filters.from.trim();
    case "to":
      return filters.to.trim();
  }
}

/** One chip per active filter, in the panel's order. */
export function filterChips(filters: Filters, names: CodeNames): FilterChip[] {
  return activeFilters(filters).map((key) => {
    const text = t("list-chip", { name: t(FILTER_NAMES[key]), value: valueText(filters, key, names) });
    return { key, text, removeLabel: t("list-removeFilter", { filter: text }) };
  });
}
