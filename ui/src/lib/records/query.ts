// The incident list's search box, filters, sort and page, turned into the core's `Query`.

import type { ConsentState, Query, Sort, Status, Urgency } from "../ipc/bindings";
import { dateShape } from "./dates";

export const PAGE_SIZE = 50;

export const STATUSES: readonly Status[] = ["draft", "verified", "submitted", "closed"];
export const URGENCIES: readonly Urgency[] = ["routine", "high", "urgent"];
export const CONSENT_STATES: readonly ConsentState[] = ["missing", "internal_only", "complete", "no_people"];
export const SORTS: readonly Sort[] = ["relevance", "updated_desc", "date_desc", "date_asc", "number_desc"];

export interface Filters {
  text: string;
  /** An incident type code, `""` for any. */
  type: string;
  /** An ISO country code, `""` for any. */
  country: string;
  status: Status | "";
  urgency: Urgency | "";
  consent: ConsentState | "";
  unLink: "" | "yes" | "no";
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; ignored until it is one of them. */
  from: string;
  to: string;
  sort: Sort;
}

export function emptyFilters(): Filters {
  return {
    text: "",
    type: "",
    country: "",
    status: "",
    urgency: "",
    consent: "",
    unLink: "",
    from: "",
    to: "",
    sort: "relevance",
  };
}

/** True when any filter (not the sort) narrows the list. */
export function filtersActive(filters: Filters): boolean {
  const empty = emptyFilters();
  return (Object.keys(empty) as (keyof Filters)[]).some(
    (key) => key !== "sort" && String(filters[key]).trim() !== String(empty[key]),
  );
}

function dateOrNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed !== "" && dateShape(trimmed) !== null ? trimmed : null;
}

const one = <T extends string>(value: T | ""): T[] => (value === "" ? [] : [value]);

export function buildQuery(filters: Filters, offset: number, limit: number = PAGE_SIZE): Query {
  const text = filters.text.trim();
  return {
    text,
    types: one(filters.type),
    countries: one(filters.country),
    statuses: one(filters.status),
    urgencies: one(filters.urgency),
    consent: one(filters.consent),
    has_un_link: filters.unLink === "" ? null : filters.unLink === "yes",
    from: dateOrNull(filters.from),
    to: dateOrNull(filters.to),
    // Without words to match, the core orders "best match" newest incident first, as the
    // sort's label says.
    sort: filters.sort,
    offset: Math.max(0, Math.floor(offset)),
    limit,
  };
}

export interface PageInfo {
  /** 1-based position of the first row shown (0 when there is none). */
  readonly first: number;
  readonly last: number;
  readonly total: number;
  readonly previous: number | null;
  readonly next: number | null;
}

export function pageInfo(offset: number, shown: number, total: number, size: number = PAGE_SIZE): PageInfo {
  const first = shown === 0 ? 0 : offset + 1;
  const last = offset + shown;
  return {
    first,
    last,
    total,
    previous: offset > 0 ? Math.max(0, offset - size) : null,
    next: last < total ? offset + size : null,
  };
}
