// The "Prepare a submission" form as plain data, and the rules around it: the request it
// becomes, what the recipient's consent levels mean in words, and when each button works.
// No state and no calls to the core here, so all of it is tested.

import { findingText } from "./words";
import type { AppError, ExportRequest, Finding, Format, ProfileSummary, ReportingPeriod, Submitter } from "../ipc/bindings";
import { errorMessage } from "../ipc/errors";
import type { Message } from "../i18n/index.svelte";

/** Every format, in the order they are offered and sent. */
export const FORMATS: readonly Format[] = ["docx", "pdf", "json", "csv", "uwazi_csv"];
export const DEFAULT_FORMATS: readonly Format[] = ["docx", "pdf"];

/** The languages a report can be written in: the six official UN languages. */
export const LANGUAGES = ["en", "fr", "es", "ar", "ru", "zh"] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}

export interface ExportForm {
  /** The recipient profile's id; `null` until the person chooses one. */
  recipient: string | null;
  formats: Format[];
  language: string;
  /** One mandate per line, as typed. */
  mandates: string;
  periodFrom: string;
  periodTo: string;
  submitter: Submitter;
  /**
   * One pseudonym per person across the whole report. Off: each case has its own "Person A,
   * B…", so a reader cannot link the cases through the person.
   */
  samePseudonym: boolean;
}

export function blankSubmitter(): Submitter {
  return { name: "", organisation: "", contact: "", relation: "" };
}

/** The Secretary-General's reporting year: 1 May last year to 30 April this year. */
export function defaultPeriod(today: Date): ReportingPeriod {
  const year = today.getFullYear();
  return { from: `${year - 1}-05-01`, to: `${year}-04-30` };
}

/** The form as it starts: no recipient chosen yet, Word and PDF, English, pseudonyms per case. */
export function newForm(today: Date): ExportForm {
  const period = defaultPeriod(today);
  return {
    recipient: null,
    formats: [...DEFAULT_FORMATS],
    language: "en",
    mandates: "",
    periodFrom: period.from,
    periodTo: period.to,
    submitter: blankSubmitter(),
    samePseudonym: false,
  };
}

/** The non-empty lines of a text, trimmed. */
export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** The submitter with spaces trimmed; `null` when every field is blank. */
export function cleanSubmitter(submitter: Submitter): Submitter | null {
  const clean: Submitter = {
    name: submitter.name.trim(),
    organisation: submitter.organisation.trim(),
    contact: submitter.contact.trim(),
    relation: submitter.relation.trim(),
  };
  return Object.values(clean).every((v) => v === "") ? null : clean;
}

export function isBlankSubmitter(submitter: Submitter): boolean {
  return cleanSubmitter(submitter) === null;
}

/**
 * The language to send: the one chosen when it is a report language, else the recipient's first
 * working language. A language the recipient does not work in is written, with a warning.
 */
export function languageFor(profile: ProfileSummary, chosen: string): string {
  return isLanguage(chosen) ? chosen : (profile.languages[0] ?? "en");
}

/** Whether the recipient works in `code` (else the report may wait for translation). */
export function isWorkingLanguage(profile: ProfileSummary, code: string): boolean {
  return profile.languages.includes(code);
}

/**
 * The language a report starts in for `profile`: the screens' language when the recipient works
 * in it, else the recipient's first working language.
 */
export function defaultLanguage(profile: ProfileSummary, interfaceLanguage: string): string {
  return isWorkingLanguage(profile, interfaceLanguage) ? interfaceLanguage : (profile.languages[0] ?? "en");
}

/** The report languages for a recipient: its working languages first, then the others. */
export function languageOrder(profile: ProfileSummary): string[] {
  const working = LANGUAGES.filter((l) => profile.languages.includes(l));
  return [...working, ...LANGUAGES.filter((l) => !profile.languages.includes(l))];
}

/** The formats ticked, each once, in the usual order. */
export function orderedFormats(formats: readonly Format[]): Format[] {
  return FORMATS.filter((f) => formats.includes(f));
}

/**
 * What the core is asked to export. Only what the recipient asks for is sent: mandates for
 * Special Procedures, a period for the Secretary-General's report, a submitter for a cover
 * sheet. `null` while no recipient is chosen.
 */
export function buildRequest(
  form: ExportForm,
  profile: ProfileSummary | null,
  incidentIds: readonly string[],
): ExportRequest | null {
  if (profile === null || form.recipient !== profile.id) return null;
  return {
    recipient: profile.id,
    incident_ids: [...new Set(incidentIds)],
    formats: orderedFormats(form.formats),
    language: languageFor(profile, form.language),
    mandates: profile.mandates ? splitLines(form.mandates) : [],
    reporting_period: profile.reporting_period ? { from: form.periodFrom.trim(), to: form.periodTo.trim() } : null,
    submitter: profile.cover_sheet ? cleanSubmitter(form.submitter) : null,
    same_pseudonym_across_cases: form.samePseudonym,
  };
}

/** "People are named from consent level 2; people at lower levels appear as a pseudonym…" */
export function namingSentence(profile: Pick<ProfileSummary, "include_min_level" | "name_min_level">): Message {
  const params = { named: profile.name_min_level, included: profile.include_min_level };
  return profile.include_min_level < profile.name_min_level
    ? { key: "export-naming", params }
    : { key: "export-namingOnly", params };
}

/** Why "Show what will leave this device" cannot run yet, or `null` when it can. */
export function previewBlockedReason(request: ExportRequest | null): Message | null {
  if (request === null) return { key: "export-needRecipient" };
  if (request.incident_ids.length === 0) return { key: "export-needIncidents" };
  if (request.formats.length === 0) return { key: "export-needFormat" };
  return null;
}

export interface RunInput {
  /** A preview of exactly the current choices is on screen. */
  readonly previewCurrent: boolean;
  /** A preview was shown, but the choices changed since. */
  readonly previewStale: boolean;
  readonly blockers: number;
  readonly folder: string;
  /** The keys typed were found wrong. */
  readonly keysProblem: boolean;
  readonly running: boolean;
}

/** Why the export cannot be written yet, or `null` when it can. */
export function runBlockedReason(input: RunInput): Message | null {
  if (input.running) return { key: "export-running" };
  if (!input.previewCurrent) return { key: input.previewStale ? "export-previewAgain" : "export-needPreview" };
  if (input.blockers > 0) return { key: "export-blocked" };
  if (input.folder.trim() === "") return { key: "export-needFolder" };
  if (input.keysProblem) return { key: "export-fixKeys" };
  return null;
}

export function canRun(input: RunInput): boolean {
  return runBlockedReason(input) === null;
}

/** A blocker or warning, with "Case N:" in front when it is about one case. */
export function findingMessage(finding: Finding): Message {
  const text = findingText(finding);
  return finding.case === null ? { text } : { key: "export-findingCase", params: { case: finding.case, message: text } };
}

/** The first 16 hex digits of a SHA-256, enough to compare by eye. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 16);
}

/**
 * An error from an export command: the core's finer reason (a folder that is not empty, a key
 * that is not a public key, a period the wrong way round) in the screens' language.
 */
export function exportErrorMessage(error: AppError): Message {
  return errorMessage(error);
}
