import { withoutIsolation } from "../i18n/translate";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ExportProgress, Preview, ProfileSummary } from "../ipc/bindings";
import { tm } from "../i18n/index.svelte";

const api = vi.hoisted(() => ({
  exportProfiles: vi.fn(),
  exportPreview: vi.fn(),
  exportRun: vi.fn(),
  exportChooseFolder: vi.fn(),
  exportCheckKeys: vi.fn(),
  exportLastSubmitter: vi.fn(),
}));
vi.mock("../ipc/commands", () => api);

const events = vi.hoisted(() => ({
  handler: null as ((event: ExportProgress) => void) | null,
  unlisten: vi.fn(),
}));
vi.mock("../ipc/events", () => ({
  onExportProgress: (handler: (event: ExportProgress) => void) => {
    events.handler = handler;
    return Promise.resolve(events.unlisten);
  },
  stopListening: (stop: (() => void) | null) => stop?.(),
}));

const { ExportState } = await import("./state.svelte");

const PROFILES: ProfileSummary[] = [
  {
    id: "ohchr-reprisals",
    name: "OHCHR reprisals team",
    address: "reprisals@ohchr.org",
    about: "",
    languages: ["en", "fr", "es"],
    include_min_level: 1,
    name_min_level: 2,
    cover_sheet: true,
    attachments: true,
    reporting_period: false,
    mandates: false,
  },
  {
    id: "legal-team",
    name: "Legal team",
    address: "",
    about: "",
    languages: ["en"],
    include_min_level: 1,
    name_min_level: 1,
    cover_sheet: true,
    attachments: true,
    reporting_period: false,
    mandates: false,
  },
];

const preview = (blockers = 0): Preview => ({
  recipient: "OHCHR reprisals team",
  document: [{ kind: "paragraph", label: "", text: "Person A was questioned.", rtl: false }],
  cover_sheet: [],
  notes: [
    {
      case: 1,
      kind: "pseudonymised",
      shown_as: "Person A",
      detail: "name withheld: consent level 1",
      code: "pseudonymised",
      params: { who: "Amal", level: "1" },
    },
  ],
  blockers: Array.from({ length: blockers }, () => ({
    case: 1,
    incident_number: 3,
    code: "no_un_link",
    message: "No UN link.",
    params: {},
  })),
  warnings: [],
  left_out: [],
  cases: 1,
  files: [
    {
      name: "submission.docx",
      what: "The report",
      confidential: false,
      contents: ["Summary", "The cases"],
      kind: "report_docx",
      case: null,
      content_codes: ["victims"],
    },
    {
      name: "submission.pdf",
      what: "The report",
      confidential: false,
      contents: ["Summary", "The cases"],
      kind: "report_pdf",
      case: null,
      content_codes: ["victims"],
    },
  ],
});

async function ready(): Promise<InstanceType<typeof ExportState>> {
  const exp = new ExportState(() => ["i1"]);
  await exp.load();
  exp.chooseRecipient("ohchr-reprisals");
  return exp;
}

beforeEach(() => {
  for (const fn of Object.values(api)) fn.mockReset();
  api.exportProfiles.mockResolvedValue(PROFILES);
  api.exportLastSubmitter.mockResolvedValue(null);
  api.exportCheckKeys.mockResolvedValue(null);
  events.handler = null;
  events.unlisten.mockReset();
});

/** The person picks `path` in the native folder dialog (the core returns a one-time token). */
async function choose(exp: { chooseFolder(): Promise<void> }, path: string): Promise<void> {
  api.exportChooseFolder.mockResolvedValueOnce({ token: `token:${path}`, path });
  await exp.chooseFolder();
}

describe("export state", () => {
  it("loads the recipients and fills in the last submitter", async () => {
    api.exportLastSubmitter.mockResolvedValue({
      name: "Legal desk",
      organisation: "Harbour Watch",
      contact: "signal",
      relation: "lawyer",
    });
    const exp = new ExportState(() => ["i1"]);
    await exp.load();
    expect(exp.profiles).toEqual(PROFILES);
    expect(exp.form.submitter.name).toBe("Legal desk");
    expect(exp.request).toBeNull();
  });

  it("switches to a language the new recipient accepts", async () => {
    const exp = await ready();
    exp.form.language = "fr";
    exp.chooseRecipient("legal-team");
    expect(exp.form.language).toBe("en");
  });

  it("hides the preview as soon as a choice changes, and shows it again only for the same choices", async () => {
    const exp = await ready();
    api.exportPreview.mockResolvedValue(preview());
    expect(await exp.showPreview()).toBe(true);
    expect(api.exportPreview).toHaveBeenCalledWith(exp.request);
    expect(exp.preview).not.toBeNull();
    expect(exp.markers.map((m) => m.text)).toEqual(["Person A"]);

    exp.form.formats = ["pdf"];
    expect(exp.preview).toBeNull();
    expect(exp.previewStale).toBe(true);
    expect(exp.runReason).toEqual({ key: "export-previewAgain" });

    exp.form.submitter.name = "Someone";
    exp.form.formats = ["docx", "pdf"];
    expect(exp.preview).toBeNull();
  });

  it("sends the choice of one pseudonym across cases to the preview and the export", async () => {
    const exp = await ready();
    api.exportPreview.mockResolvedValue(preview());
    await exp.showPreview();
    expect(api.exportPreview).toHaveBeenLastCalledWith(expect.objectContaining({ same_pseudonym_across_cases: false }));

    exp.form.samePseudonym = true;
    expect(exp.preview).toBeNull();
    expect(exp.previewStale).toBe(true);
    await exp.showPreview();
    expect(api.exportPreview).toHaveBeenLastCalledWith(expect.objectContaining({ same_pseudonym_across_cases: true }));

    await choose(exp, "/media/usb");
    api.exportRun.mockResolvedValue({ dir: "/media/usb", files: [], encrypted: false, cases: 1 });
    expect(await exp.run()).toBe(true);
    expect(api.exportRun).toHaveBeenCalledWith(
      expect.objectContaining({ same_pseudonym_across_cases: true }),
      "token:/media/usb",
      [],
    );
  });

  it("will not export while there are blockers", async () => {
    const exp = await ready();
    api.exportPreview.mockResolvedValue(preview(1));
    await exp.showPreview();
    await choose(exp, "/media/usb");
    expect(exp.runReason).toEqual({ key: "export-blocked" });
    expect(await exp.run()).toBe(false);
    expect(api.exportRun).not.toHaveBeenCalled();
  });

  it("writes the files with progress, encrypted to the keys typed", async () => {
    const exp = await ready();
    api.exportPreview.mockResolvedValue(preview());
    await exp.showPreview();
    expect(exp.runReason).toEqual({ key: "export-needFolder" });
    // A path typed into the page is not a folder chosen in the dialog.
    exp.folder = "/media/usb/to-ohchr";
    expect(exp.runReason).toEqual({ key: "export-needFolder" });
    await choose(exp, "/media/usb/to-ohchr");
    exp.keys = " age1abc \n\n";
    const outcome = { dir: "/media/usb/to-ohchr", files: [], encrypted: true, cases: 1 };
    api.exportRun.mockImplementation(() => {
      events.handler?.({ stage: "Writing the PDF", done: 1, total: 3 });
      expect(exp.running).toBe(true);
      expect(exp.progress).toEqual({ stage: "Writing the PDF", done: 1, total: 3 });
      return Promise.resolve(outcome);
    });
    expect(await exp.run()).toBe(true);
    expect(api.exportCheckKeys).toHaveBeenCalledWith(["age1abc"]);
    expect(api.exportRun).toHaveBeenCalledWith(exp.request, "token:/media/usb/to-ohchr", ["age1abc"]);
    expect(exp.outcome).toEqual(outcome);
    // The token is spent: another export needs the folder chosen again.
    expect(exp.folderToken).toBeNull();
    expect(exp.running).toBe(false);
    expect(events.unlisten).toHaveBeenCalledTimes(1);
  });

  it("shows what is wrong with a key, and forgets it once the keys are edited", async () => {
    const exp = await ready();
    exp.keys = "age1nope";
    api.exportCheckKeys.mockRejectedValue({
      code: "invalid_input",
      message: "(the core's English)",
      detail: "not_a_public_key",
      params: { key: "age1nope" },
    });
    expect(await exp.checkKeys()).toBe(false);
    expect(withoutIsolation(tm(exp.keysError!))).toMatch(/^“age1nope…” is not an age public key\./);
    exp.keys = "age1better";
    exp.keysEdited();
    expect(exp.keysError).toBeNull();
  });

  it("shows an error from the export and stays ready to try again", async () => {
    const exp = await ready();
    api.exportPreview.mockResolvedValue(preview());
    await exp.showPreview();
    await choose(exp, "/read-only");
    api.exportRun.mockRejectedValue({ code: "io", message: "permission denied" });
    expect(await exp.run()).toBe(false);
    expect(exp.error).not.toBeNull();
    expect(tm(exp.error!)).toBe("Tadamun could not read or write one of its files.");
    expect(exp.error !== null && "details" in exp.error ? exp.error.details : "").toBe("permission denied");
    expect(exp.outcome).toBeNull();
    // Ready to try again once a folder is chosen again.
    expect(exp.runReason).toEqual({ key: "export-needFolder" });
    await choose(exp, "/media/usb");
    expect(exp.runReason).toBeNull();
  });
});

describe("export state, keys at the last moment", () => {
  it("does not write when a key typed just before is wrong", async () => {
    const exp = await ready();
    api.exportPreview.mockResolvedValue(preview());
    await exp.showPreview();
    await choose(exp, "/media/usb");
    exp.keys = "age1nope";
    api.exportCheckKeys.mockRejectedValue({ code: "invalid_input", message: "Not an age public key." });
    const first = exp.run();
    expect(await exp.run()).toBe(false);
    expect(await first).toBe(false);
    expect(api.exportRun).not.toHaveBeenCalled();
    expect(exp.keysError).not.toBeNull();
    expect(exp.running).toBe(false);
  });
});
