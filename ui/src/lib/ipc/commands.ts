// One typed function per Tauri command. Argument names are camelCase: Tauri maps them to
// the Rust parameters (`new_passphrase` ← `newPassphrase`). Every rejection is an `AppError`.

import { invoke, type InvokeArgs } from "@tauri-apps/api/core";
import type {
  Attachment,
  Actor,
  ActorKind,
  ActorSummary,
  AuditEntry,
  BackupChecked,
  BackupStatus,
  BackupSummary,
  Change,
  ChosenFolder,
  OriginalRemoval,
  Country,
  CreatedDemoVault,
  CreatedVault,
  Deleted,
  Draft,
  ExportOutcome,
  ExportRequest,
  Incident,
  IncidentView,
  Page,
  PassphraseStrength,
  Preview,
  ProfileSummary,
  Query,
  RestoredVault,
  Revision,
  Saved,
  Snapshot,
  Submitter,
  VaultStatus,
  VerifyReport,
  Vocabularies,
} from "./bindings";
import { normaliseError } from "./errors";
import type { AttachmentOutcome } from "../evidence/evidence";

async function call<T>(command: string, args?: InvokeArgs): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw normaliseError(error);
  }
}

export const vaultStatus = (): Promise<VaultStatus> => call("vault_status");

export const passphraseStrength = (passphrase: string): Promise<PassphraseStrength> =>
  call("passphrase_strength", { passphrase });

export const suggestPassphrase = (language: string): Promise<string> => call("suggest_passphrase", { language });

export const createVault = (passphrase: string): Promise<CreatedVault> => call("create_vault", { passphrase });

/** Rust shows a native save dialog and writes the file. `false`: the user cancelled. */
export const saveRecoveryKey = (): Promise<boolean> => call("save_recovery_key");

/** Rust forgets the recovery key; it cannot be shown again. */
export const confirmRecoveryKeyStored = (): Promise<null> => call("confirm_recovery_key_stored");

export const unlockWithPassphrase = (passphrase: string): Promise<VaultStatus> => call("unlock_with_passphrase", { passphrase });

export const unlockWithRecoveryKey = (recoveryKey: string): Promise<VaultStatus> =>
  call("unlock_with_recovery_key", { recoveryKey });

export const lock = (): Promise<VaultStatus> => call("lock");

export const touchActivity = (): Promise<null> => call("touch_activity");

export const setAutoLock = (minutes: number): Promise<VaultStatus> => call("set_auto_lock", { minutes });
export const setLanguage = (language: string): Promise<VaultStatus> => call("set_language", { language });

/** With `current` null, resets a forgotten passphrase (only after a recovery-key unlock). */
export const changePassphrase = (current: string | null, newPassphrase: string): Promise<null> =>
  call("change_passphrase", { current, newPassphrase });

/** Emits `rotate-progress` events while it runs (see `events.ts`). */
export const rotateKey = (passphrase: string): Promise<null> => call("rotate_key", { passphrase });
/** Replaces the recovery key; the new one is returned to show once (and kept for "Save to a file" until confirmed). */
export const newRecoveryKey = (passphrase: string): Promise<string> => call("new_recovery_key", { passphrase });

export const eraseVault = (): Promise<VaultStatus> => call("erase_vault");

export const verifyVault = (): Promise<VerifyReport> => call("verify_vault");

/** When the last backup was made, and whether to remind the person. */
export const backupStatus = (): Promise<BackupStatus> => call("backup_status");

/** Rust shows the native save dialog for a backup file. `null`: the person cancelled. */
export const backupChooseFile = (): Promise<ChosenFolder | null> => call("backup_choose_file");

/** Rust shows the native open dialog for a backup file. `null`: the person cancelled. */
export const backupPickFile = (): Promise<ChosenFolder | null> => call("backup_pick_file");

/** Writes a backup to the file chosen in `backupChooseFile` (its token), with `backup-progress`. */
export const backupRun = (file: string): Promise<BackupSummary> => call("backup_run", { file });

/** Checks the backup chosen in `backupPickFile`, by restoring it into a temporary folder. */
export const verifyBackup = (file: string, recoveryKey: string): Promise<BackupChecked> =>
  call("verify_backup", { file, recoveryKey });

/** Restores the backup chosen in `backupPickFile` as this computer's vault, and opens it. */
export const restoreBackup = (file: string, recoveryKey: string, passphrase: string): Promise<RestoredVault> =>
  call("restore_backup", { file, recoveryKey, passphrase });

/** Makes a vault of fictional cases protected by a public passphrase, and opens it. */
export const createDemoVault = (): Promise<CreatedDemoVault> => call("create_demo_vault");

// Case records.

export const vocabularies = (): Promise<Vocabularies> => call("vocabularies");

export const countries = (): Promise<Country[]> => call("countries");

/** A fresh random identifier for a new incident, actor, act, source or submission. */
export const newId = (): Promise<string> => call("new_id");

export const searchIncidents = (query: Query): Promise<Page> => call("search_incidents", { query });

export const getIncident = (id: string): Promise<IncidentView> => call("get_incident", { id });

/** `baseRevision`: the revision the editor opened (null for a new incident); else `conflict`. */
export const saveIncident = (incident: Incident, actors: Actor[], baseRevision: number | null): Promise<Saved> =>
  call("save_incident", { incident, actors, baseRevision });

export const deleteIncident = (id: string): Promise<Deleted> => call("delete_incident", { id });

/** Newest first. */
export const listRevisions = (id: string): Promise<Revision[]> => call("list_revisions", { id });

export const getRevision = (id: string, revision: number): Promise<Snapshot> => call("get_revision", { id, revision });

export const compareRevisions = (id: string, older: number, newer: number): Promise<Change[]> =>
  call("compare_revisions", { id, older, newer });

export const listActors = (kind: ActorKind | null): Promise<ActorSummary[]> => call("list_actors", { kind });

// Drafts of the editor, kept encrypted in the vault (never in web storage).

export const saveDraft = (key: string, data: string): Promise<null> => call("save_draft", { key, data });

export const getDraft = (key: string): Promise<Draft | null> => call("get_draft", { key });

export const listDrafts = (): Promise<Draft[]> => call("list_drafts");

export const deleteDraft = (key: string): Promise<null> => call("delete_draft", { key });

/** Newest first. */
export const auditLog = (limit: number): Promise<AuditEntry[]> => call("audit_log", { limit });

// Evidence: files attached to an incident, kept encrypted in the vault.

/** The native multi-file picker: the chosen paths, `[]` if the user cancelled. */
export const pickFiles = (): Promise<string[]> => call("pick_files");

/**
 * Encrypts the files into the vault and attaches them to a saved incident, one outcome per
 * file. Emits `evidence-progress` while it runs (see `events.ts`).
 */
export const importAttachments = (incidentId: string, paths: string[], importedBy: string): Promise<AttachmentOutcome[]> =>
  call("import_attachments", { incidentId, paths, importedBy });

/** Abandons the file being imported (nothing of it is kept); later files fail as `cancelled`. */
export const cancelImport = (): Promise<null> => call("cancel_import");

/** Removes the originals of files just attached, by the tokens their import outcomes carry. */
export const removeOriginals = (originals: string[]): Promise<OriginalRemoval[]> => call("remove_originals", { originals });

export const listAttachments = (incidentId: string): Promise<Attachment[]> => call("list_attachments", { incidentId });

export const updateAttachment = (id: string, description: string, shareable: boolean): Promise<Attachment> =>
  call("update_attachment", { id, description, shareable });

/** Destroys the attachment's encrypted file (unless other incidents link the same content). */
export const deleteAttachment = (id: string): Promise<null> => call("delete_attachment", { id });

/** A small JPEG without metadata, as raw bytes; empty for files that are not images. */
export const attachmentThumbnail = (id: string): Promise<ArrayBuffer> => call("attachment_thumbnail", { id });

/** The whole decrypted file, as raw bytes (images only: PDFs cannot be shown). */
export const attachmentPreview = (id: string): Promise<ArrayBuffer> => call("attachment_preview", { id });

/**
 * Rust shows a native save dialog and writes a copy. `sanitised`: without metadata (JPEG, PNG,
 * WebP only; else `not_shareable`); otherwise the exact decrypted file. `false`: cancelled.
 */
export const saveAttachmentCopy = (id: string, sanitised: boolean): Promise<boolean> =>
  call("save_attachment_copy", { id, sanitised });

// Sanitised, consent-gated exports ("Prepare a submission").

/** The recipient profiles and what each may receive. */
export const exportProfiles = (): Promise<ProfileSummary[]> => call("export_profiles");

/** Exactly what would leave this device, with what was withheld and why. Writes nothing. */
export const exportPreview = (request: ExportRequest): Promise<Preview> => call("export_preview", { request });

/**
 * Writes the export into `outDir`, age-encrypted to `encryptTo` when any keys are given, and
 * records it on each case. Emits `export-progress` while it runs (see `events.ts`).
 */
export const exportRun = (request: ExportRequest, folder: string, encryptTo: string[]): Promise<ExportOutcome> =>
  call("export_run", { request, folder, encryptTo });

/**
 * The native folder picker: the folder chosen (its path to show, and the one-time token
 * `exportRun` takes), `null` if the user cancelled.
 */
export const exportChooseFolder = (): Promise<ChosenFolder | null> => call("export_choose_folder");

/** Checks age public keys (`age1…`); rejects with a message saying what is wrong. */
export const exportCheckKeys = (keys: string[]): Promise<null> => call("export_check_keys", { keys });

/** The submitter entered at the last export (kept inside the vault), if any. */
export const exportLastSubmitter = (): Promise<Submitter | null> => call("export_last_submitter");
