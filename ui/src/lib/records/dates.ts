// Partial dates ("2024", "2024-03", "2024-03-12") as the core stores them: checking what was
// typed against the chosen precision, and showing a date no more precisely than it is known.

import type { DatePrecision, PartialDate } from "../ipc/bindings";
import { t, type MessageKey } from "../i18n/index.svelte";

export type DateShape = "year" | "month" | "day";

export const DATE_PRECISIONS: readonly DatePrecision[] = ["day", "month", "year", "approximate"];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** What a typed date is: a year, a month or a day; `null` if it is none of them (or impossible). */
export function dateShape(text: string): DateShape | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (match === null) return null;
  const year = Number(match[1]);
  if (year < 1) return null;
  if (match[2] === undefined) return "year";
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return "month";
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return "day";
}

/** The precision that fits a typed date (used when the user has not chosen one). */
export function precisionFor(text: string): DatePrecision | null {
  return dateShape(text);
}

/**
 * The precision after the user typed `text`: it follows what was typed ("2024-03" → month)
 * unless they chose one themselves or said the date is approximate.
 */
export function nextPrecision(text: string, current: DatePrecision, chosenByUser: boolean): DatePrecision {
  if (chosenByUser || current === "approximate") return current;
  return precisionFor(text) ?? current;
}

/**
 * Why a typed date cannot be saved with this precision, as a message key; `null` when it can.
 * An empty date is fine (the date is then unknown).
 */
export function dateProblem(text: string, precision: DatePrecision): MessageKey | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const shape = dateShape(trimmed);
  if (shape === null) return "date-invalid";
  if (precision === "approximate") return null;
  if (shape !== precision) return `date-needs-${precision}`;
  return null;
}

/** The record's value for a typed date: `null` when empty. */
export function toPartialDate(text: string, precision: DatePrecision): PartialDate | null {
  const trimmed = text.trim();
  return trimmed === "" ? null : { date: trimmed, precision };
}

/** True for a filter date: empty, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function isFilterDate(text: string): boolean {
  return text.trim() === "" || dateShape(text) !== null;
}

/** True for an empty text or a real `YYYY-MM-DD` day. */
export function isDayOrEmpty(text: string): boolean {
  return text.trim() === "" || dateShape(text) === "day";
}

function formatShape(date: string, shape: DateShape, locale: string): string {
  const [y, m, d] = date.split("-").map(Number);
  const when = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    shape === "day"
      ? { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }
      : shape === "month"
        ? { year: "numeric", month: "long", timeZone: "UTC" }
        : { year: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(locale, options).format(when);
}

/** "12 March 2024", "March 2024", "2024", "about March 2024"; never more precise than known. */
export function formatPartialDate(value: PartialDate | null, locale: string): string {
  if (value === null) return "";
  const shape = dateShape(value.date);
  if (shape === null) return value.date;
  const text = formatShape(value.date, shape, locale);
  return value.precision === "approximate" ? t("date-approximate", { date: text }) : text;
}

/** A `YYYY-MM-DD` day shown in words; other text as it is. */
export function formatDay(day: string | null, locale: string): string {
  if (day === null || day === "") return "";
  return dateShape(day) === "day" ? formatShape(day, "day", locale) : day;
}

/** A moment (RFC 3339) as the local date and time. */
export function formatMoment(rfc3339: string, locale: string): string {
  const when = new Date(rfc3339);
  if (Number.isNaN(when.getTime())) return rfc3339;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(when);
}

/** A moment as the local time of day (HH:MM). */
export function formatClock(when: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit" }).format(when);
}

/** Today in the user's time zone, `YYYY-MM-DD`. */
export function today(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
