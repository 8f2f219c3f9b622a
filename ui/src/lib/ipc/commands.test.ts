import { beforeEach, describe, expect, it, vi } from "vitest";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const api = await import("./commands");
const { blankIncident } = await import("../records/blank");

const INCIDENT = blankIncident("i1", "2024-01-01T00:00:00Z");

const QUERY = {
  text: "port",
  types: [],
  countries: ["IT"],
  statuses: [],
  urgencies: [],
  consent: [],
  has_un_link: null,
  from: null,
  to: null,
  sort: "relevance",
  offset: 0,
  limit: 50,
} as const satisfies Parameters<typeof api.searchIncidents>[0];

const EXPORT_REQUEST = {
  recipient: "ohchr-reprisals",
  incident_ids: ["i1"],
  formats: ["docx", "pdf"],
  language: "en",
  mandates: [],
  reporting_period: null,
  submitter: null,
  same_pseudonym_across_cases: false,
} as const satisfies Parameters<typeof api.exportPreview>[0];

beforeEach(() => {
  invoke.mockReset();
  invoke.mockResolvedValue(null);
});

describe("commands send the names and camelCase arguments Rust expects", () => {
  it("vault_status takes no arguments", async () => {
    const status = { state: "locked", location: "/v", autoLockMinutes: 5, kdfLogN: 18, unlockedWith: null };
    invoke.mockResolvedValueOnce(status);
    await expect(api.vaultStatus()).resolves.toEqual(status);
    expect(invoke).toHaveBeenCalledWith("vault_status", undefined);
  });

  it.each([
    ["passphrase_strength", () => api.passphraseStrength("p"), { passphrase: "p" }],
    ["suggest_passphrase", () => api.suggestPassphrase("fr"), { language: "fr" }],
    ["remove_originals", () => api.removeOriginals(["t1"]), { originals: ["t1"] }],
    ["create_vault", () => api.createVault("p"), { passphrase: "p" }],
    ["unlock_with_passphrase", () => api.unlockWithPassphrase("p"), { passphrase: "p" }],
    ["unlock_with_recovery_key", () => api.unlockWithRecoveryKey("k"), { recoveryKey: "k" }],
    ["set_auto_lock", () => api.setAutoLock(10), { minutes: 10 }],
    ["set_language", () => api.setLanguage("ar"), { language: "ar" }],
    ["change_passphrase", () => api.changePassphrase("old", "new"), { current: "old", newPassphrase: "new" }],
    ["change_passphrase", () => api.changePassphrase(null, "new"), { current: null, newPassphrase: "new" }],
    ["rotate_key", () => api.rotateKey("p"), { passphrase: "p" }],
    ["new_recovery_key", () => api.newRecoveryKey("p"), { passphrase: "p" }],
    ["search_incidents", () => api.searchIncidents(QUERY), { query: QUERY }],
    ["get_incident", () => api.getIncident("i1"), { id: "i1" }],
    ["delete_incident", () => api.deleteIncident("i1"), { id: "i1" }],
    ["list_revisions", () => api.listRevisions("i1"), { id: "i1" }],
    ["get_revision", () => api.getRevision("i1", 2), { id: "i1", revision: 2 }],
    ["compare_revisions", () => api.compareRevisions("i1", 1, 3), { id: "i1", older: 1, newer: 3 }],
    ["list_actors", () => api.listActors(null), { kind: null }],
    ["list_actors", () => api.listActors("vessel"), { kind: "vessel" }],
    ["save_draft", () => api.saveDraft("i1", "{}"), { key: "i1", data: "{}" }],
    ["get_draft", () => api.getDraft("i1"), { key: "i1" }],
    ["backup_run", () => api.backupRun("t"), { file: "t" }],
    ["verify_backup", () => api.verifyBackup("t", "k"), { file: "t", recoveryKey: "k" }],
    ["restore_backup", () => api.restoreBackup("t", "k", "p"), { file: "t", recoveryKey: "k", passphrase: "p" }],
    ["delete_draft", () => api.deleteDraft("i1"), { key: "i1" }],
    ["audit_log", () => api.auditLog(200), { limit: 200 }],
    ["save_incident", () => api.saveIncident(INCIDENT, [], 4), { incident: INCIDENT, actors: [], baseRevision: 4 }],
    ["save_incident", () => api.saveIncident(INCIDENT, [], null), { incident: INCIDENT, actors: [], baseRevision: null }],
    [
      "import_attachments",
      () => api.importAttachments("i1", ["/tmp/a.jpg", "/tmp/b.pdf"], "AB"),
      { incidentId: "i1", paths: ["/tmp/a.jpg", "/tmp/b.pdf"], importedBy: "AB" },
    ],
    ["list_attachments", () => api.listAttachments("i1"), { incidentId: "i1" }],
    [
      "update_attachment",
      () => api.updateAttachment("a1", "Port gate", true),
      { id: "a1", description: "Port gate", shareable: true },
    ],
    ["delete_attachment", () => api.deleteAttachment("a1"), { id: "a1" }],
    ["attachment_thumbnail", () => api.attachmentThumbnail("a1"), { id: "a1" }],
    ["attachment_preview", () => api.attachmentPreview("a1"), { id: "a1" }],
    ["save_attachment_copy", () => api.saveAttachmentCopy("a1", true), { id: "a1", sanitised: true }],
    ["save_attachment_copy", () => api.saveAttachmentCopy("a1", false), { id: "a1", sanitised: false }],
    ["export_preview", () => api.exportPreview(EXPORT_REQUEST), { request: EXPORT_REQUEST }],
    [
      "export_run",
      () => api.exportRun(EXPORT_REQUEST, "token-1", ["age1abc"]),
      { request: EXPORT_REQUEST, folder: "token-1", encryptTo: ["age1abc"] },
    ],
    ["export_check_keys", () => api.exportCheckKeys(["age1abc", "age1def"]), { keys: ["age1abc", "age1def"] }],
  ] as const)("%s", async (command, run, args) => {
    await run();
    expect(invoke).toHaveBeenCalledWith(command, args);
  });

  it.each([
    ["save_recovery_key", () => api.saveRecoveryKey()],
    ["confirm_recovery_key_stored", () => api.confirmRecoveryKeyStored()],
    ["lock", () => api.lock()],
    ["touch_activity", () => api.touchActivity()],
    ["erase_vault", () => api.eraseVault()],
    ["create_demo_vault", () => api.createDemoVault()],
    ["vocabularies", () => api.vocabularies()],
    ["countries", () => api.countries()],
    ["new_id", () => api.newId()],
    ["list_drafts", () => api.listDrafts()],
    ["verify_vault", () => api.verifyVault()],
    ["backup_status", () => api.backupStatus()],
    ["backup_choose_file", () => api.backupChooseFile()],
    ["backup_pick_file", () => api.backupPickFile()],
    ["pick_files", () => api.pickFiles()],
    ["cancel_import", () => api.cancelImport()],
    ["export_profiles", () => api.exportProfiles()],
    ["export_choose_folder", () => api.exportChooseFolder()],
    ["export_last_submitter", () => api.exportLastSubmitter()],
  ] as const)("%s takes no arguments", async (command, run) => {
    await run();
    expect(invoke).toHaveBeenCalledWith(command, undefined);
  });
});

describe("rejections", () => {
  it("keep an AppError from Rust as it is", async () => {
    invoke.mockRejectedValueOnce({ code: "wrong_passphrase", message: "wrong passphrase or damaged vault" });
    await expect(api.unlockWithPassphrase("x")).rejects.toEqual({
      code: "wrong_passphrase",
      message: "wrong passphrase or damaged vault",
      problems: [],
      detail: null,
      params: {},
    });
  });

  it("turn anything else into an io AppError", async () => {
    invoke.mockRejectedValueOnce("Command lock not allowed by ACL");
    await expect(api.lock()).rejects.toEqual({
      code: "io",
      message: "Command lock not allowed by ACL",
      problems: [],
      detail: null,
      params: {},
    });
  });

  it("keep the field problems of an invalid record", async () => {
    const problems = [{ path: "acts[0].victim_id", code: "not_involved", message: "Not involved.", params: {} }];
    invoke.mockRejectedValueOnce({ code: "invalid_record", message: "Invalid.", problems });
    await expect(api.saveIncident({} as never, [], null)).rejects.toEqual({
      code: "invalid_record",
      message: "Invalid.",
      problems,
      detail: null,
      params: {},
    });
  });
});
