import { describe, expect, it } from "vitest";
import { withoutIsolation } from "../i18n/translate";
import type { Finding, ProfileSummary } from "../ipc/bindings";
import { setLocale, tm } from "../i18n/index.svelte";
import {
  buildRequest,
  canRun,
  cleanSubmitter,
  defaultPeriod,
  exportErrorMessage,
  findingMessage,
  languageFor,
  defaultLanguage,
  isWorkingLanguage,
  languageOrder,
  namingSentence,
  newForm,
  previewBlockedReason,
  runBlockedReason,
  shortHash,
  splitLines,
  type ExportForm,
  type RunInput,
} from "./form";

const profile = (over: Partial<ProfileSummary>): ProfileSummary => ({
  id: "ohchr-reprisals",
  name: "OHCHR reprisals team",
  address: "reprisals@ohchr.org",
  about: "Cases of reprisals.",
  languages: ["en", "fr", "es"],
  include_min_level: 1,
  name_min_level: 2,
  cover_sheet: true,
  attachments: true,
  reporting_period: false,
  mandates: false,
  ...over,
});

const OHCHR = profile({});
const SP = profile({ id: "special-procedures", address: "", mandates: true });
const SG = profile({ id: "sg-report", name_min_level: 3, reporting_period: true, attachments: false });
const PUBLIC = profile({ id: "public-summary", include_min_level: 3, name_min_level: 3, cover_sheet: false, attachments: false });

const TODAY = new Date(2026, 5, 15);

function form(over: Partial<ExportForm>): ExportForm {
  return { ...newForm(TODAY), ...over };
}

describe("the form as it starts", () => {
  it("has no recipient, Word and PDF, English, and the reporting year from 1 May to 30 April", () => {
    const f = newForm(TODAY);
    expect(f.recipient).toBeNull();
    expect(f.formats).toEqual(["docx", "pdf"]);
    expect(f.language).toBe("en");
    expect(f.periodFrom).toBe("2025-05-01");
    expect(f.periodTo).toBe("2026-04-30");
    expect(f.samePseudonym).toBe(false);
  });

  it("counts the reporting year from the calendar year, even early in January", () => {
    expect(defaultPeriod(new Date(2027, 0, 2))).toEqual({ from: "2026-05-01", to: "2027-04-30" });
  });
});

describe("buildRequest", () => {
  it("is null until a recipient is chosen", () => {
    expect(buildRequest(form({}), null, ["i1"])).toBeNull();
    expect(buildRequest(form({ recipient: "sg-report" }), OHCHR, ["i1"])).toBeNull();
  });

  it("sends the recipient, the incidents once each, and the formats in the usual order", () => {
    const request = buildRequest(form({ recipient: OHCHR.id, formats: ["csv", "docx", "csv"] }), OHCHR, ["i2", "i1", "i2"]);
    expect(request).toEqual({
      recipient: "ohchr-reprisals",
      incident_ids: ["i2", "i1"],
      formats: ["docx", "csv"],
      language: "en",
      mandates: [],
      reporting_period: null,
      submitter: null,
      same_pseudonym_across_cases: false,
    });
  });

  it("gives a person one pseudonym across the report only when asked", () => {
    expect(buildRequest(form({ recipient: OHCHR.id }), OHCHR, ["i1", "i2"])?.same_pseudonym_across_cases).toBe(false);
    expect(
      buildRequest(form({ recipient: OHCHR.id, samePseudonym: true }), OHCHR, ["i1", "i2"])?.same_pseudonym_across_cases,
    ).toBe(true);
    expect(buildRequest(form({ recipient: PUBLIC.id, samePseudonym: true }), PUBLIC, ["i1"])?.same_pseudonym_across_cases).toBe(
      true,
    );
  });

  it("trims the mandates, one per line, dropping blank lines, only for Special Procedures", () => {
    const mandates = "  Special Rapporteur on human rights defenders \r\n\n  \nWorking Group on Arbitrary Detention\n";
    expect(buildRequest(form({ recipient: SP.id, mandates }), SP, ["i1"])?.mandates).toEqual([
      "Special Rapporteur on human rights defenders",
      "Working Group on Arbitrary Detention",
    ]);
    expect(buildRequest(form({ recipient: OHCHR.id, mandates }), OHCHR, ["i1"])?.mandates).toEqual([]);
  });

  it("sends a reporting period only for the Secretary-General's report", () => {
    const f = { periodFrom: " 2025-05-01", periodTo: "2026-04-30 " };
    expect(buildRequest(form({ ...f, recipient: SG.id }), SG, ["i1"])?.reporting_period).toEqual({
      from: "2025-05-01",
      to: "2026-04-30",
    });
    expect(buildRequest(form({ ...f, recipient: OHCHR.id }), OHCHR, ["i1"])?.reporting_period).toBeNull();
  });

  it("sends a blank submitter as null, and a typed one trimmed", () => {
    const blank = { name: "  ", organisation: "", contact: " ", relation: "" };
    expect(buildRequest(form({ recipient: OHCHR.id, submitter: blank }), OHCHR, ["i1"])?.submitter).toBeNull();
    const typed = { name: " Harbour Watch legal desk ", organisation: "", contact: "signal: harbour.legal ", relation: "" };
    expect(buildRequest(form({ recipient: OHCHR.id, submitter: typed }), OHCHR, ["i1"])?.submitter).toEqual({
      name: "Harbour Watch legal desk",
      organisation: "",
      contact: "signal: harbour.legal",
      relation: "",
    });
  });

  it("never sends a submitter to a recipient without a cover sheet", () => {
    const typed = { name: "A", organisation: "B", contact: "C", relation: "D" };
    expect(buildRequest(form({ recipient: PUBLIC.id, submitter: typed }), PUBLIC, ["i1"])?.submitter).toBeNull();
  });

  it("writes any of the six UN languages, and falls back to the recipient's first for anything else", () => {
    const english = profile({ languages: ["en"] });
    expect(buildRequest(form({ recipient: english.id, language: "ar" }), english, ["i1"])?.language).toBe("ar");
    expect(buildRequest(form({ recipient: english.id, language: "xx" }), english, ["i1"])?.language).toBe("en");
    expect(languageFor(OHCHR, "es")).toBe("es");
    expect(languageFor(OHCHR, "zh")).toBe("zh");
  });

  it("starts in the screens' language when the recipient works in it, and lists working languages first", () => {
    const un = profile({ languages: ["en", "fr", "es"] });
    expect(defaultLanguage(un, "fr")).toBe("fr");
    expect(defaultLanguage(un, "ar")).toBe("en");
    expect(isWorkingLanguage(un, "ru")).toBe(false);
    expect(languageOrder(un)).toEqual(["en", "fr", "es", "ar", "ru", "zh"]);
  });
});

describe("small helpers", () => {
  it("splitLines keeps non-empty trimmed lines", () => {
    expect(splitLines(" age1abc \n\n age1def\r\n")).toEqual(["age1abc", "age1def"]);
    expect(splitLines("")).toEqual([]);
  });

  it("cleanSubmitter is null when all is blank", () => {
    expect(cleanSubmitter({ name: "", organisation: " ", contact: "", relation: "\n" })).toBeNull();
  });

  it("shortHash keeps 16 hex digits", () => {
    expect(shortHash("0123456789abcdef0123456789abcdef")).toBe("0123456789abcdef");
  });

  it("says which case a finding is about", () => {
    const finding = (over: Partial<Finding>): Finding => ({
      case: null,
      incident_number: null,
      code: "no_un_link",
      message: "(the core's English)",
      params: {},
      ...over,
    });
    expect(withoutIsolation(tm(findingMessage(finding({ case: 2, incident_number: 7 }))))).toMatch(
      /^Case 2: No cooperation with the UN is linked\./,
    );
    // A code this build has no words for: the core's own sentence, never nothing.
    expect(tm(findingMessage(finding({ code: "from_the_future", message: "Say who submits." })))).toBe("Say who submits.");
  });

  it("says findings with their values in the screens' language", () => {
    const finding: Finding = {
      case: 1,
      incident_number: 4,
      code: "person_left_out",
      message: "(English)",
      params: { who: "أمل", roles: "witness", why: "consent_level", level: "0" },
    };
    setLocale("en");
    expect(withoutIsolation(tm(findingMessage(finding)))).toContain("أمل");
    expect(withoutIsolation(tm(findingMessage(finding)))).toContain("their consent is level 0");
    setLocale("fr");
    const french = withoutIsolation(tm(findingMessage(finding)));
    expect(french).toContain("أمل");
    expect(french).not.toContain("consent is level");
    setLocale("en");
  });

  it("says the core's finer reason in the screens' language, never the core's English", () => {
    const error = {
      code: "invalid_input" as const,
      message: "(the core's English)",
      problems: [],
      detail: "not_a_public_key",
      params: { key: "age1xyz" },
    };
    setLocale("en");
    expect(withoutIsolation(tm(exportErrorMessage(error)))).toMatch(/^“age1xyz…” is not an age public key/);
    setLocale("ru");
    expect(tm(exportErrorMessage(error))).not.toContain("(the core's English)");
    setLocale("en");
    expect(tm(exportErrorMessage({ ...error, detail: "from_the_future" }))).toContain("Something typed here is not valid");
    expect(tm(exportErrorMessage({ code: "locked", message: "locked", problems: [], detail: null, params: {} }))).toContain(
      "The vault is locked.",
    );
  });
});

describe("namingSentence", () => {
  it("says from which level people are named, and from which they appear as a pseudonym", () => {
    expect(tm(namingSentence(OHCHR))).toBe(
      "People are named from consent level 2; people at lower levels appear as a pseudonym (from level 1) or not at all.",
    );
    expect(tm(namingSentence(SG))).toContain("named from consent level 3");
    expect(tm(namingSentence(SG))).toContain("(from level 1)");
  });

  it("says people below the naming level do not appear when there is no pseudonym level", () => {
    expect(tm(namingSentence(PUBLIC))).toBe(
      "People are named from consent level 3; people at lower levels do not appear at all.",
    );
  });
});

describe("the buttons", () => {
  it("cannot preview without a recipient, incidents or a format", () => {
    expect(previewBlockedReason(null)).toEqual({ key: "export-needRecipient" });
    const request = buildRequest(form({ recipient: OHCHR.id }), OHCHR, ["i1"])!;
    expect(previewBlockedReason(request)).toBeNull();
    expect(previewBlockedReason({ ...request, incident_ids: [] })).toEqual({ key: "export-needIncidents" });
    expect(previewBlockedReason({ ...request, formats: [] })).toEqual({ key: "export-needFormat" });
  });

  const ready: RunInput = {
    previewCurrent: true,
    previewStale: false,
    blockers: 0,
    folder: "/media/usb",
    keysProblem: false,
    running: false,
  };

  it("can export once a current preview without blockers and a folder are there", () => {
    expect(canRun(ready)).toBe(true);
    expect(runBlockedReason(ready)).toBeNull();
  });

  it("cannot export without a preview, or with one made for other choices", () => {
    expect(canRun({ ...ready, previewCurrent: false })).toBe(false);
    expect(runBlockedReason({ ...ready, previewCurrent: false })).toEqual({ key: "export-needPreview" });
    expect(runBlockedReason({ ...ready, previewCurrent: false, previewStale: true })).toEqual({ key: "export-previewAgain" });
  });

  it("cannot export while there are blockers, no folder, wrong keys, or an export running", () => {
    expect(runBlockedReason({ ...ready, blockers: 1 })).toEqual({ key: "export-blocked" });
    expect(runBlockedReason({ ...ready, folder: "   " })).toEqual({ key: "export-needFolder" });
    expect(runBlockedReason({ ...ready, keysProblem: true })).toEqual({ key: "export-fixKeys" });
    expect(runBlockedReason({ ...ready, running: true })).toEqual({ key: "export-running" });
  });
});
