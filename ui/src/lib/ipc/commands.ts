// One typed function per Tauri command. Argument names are camelCase: Tauri maps them to
// the Rust parameters (`new_passphrase` ← `newPassphrase`). Every rejection is an `AppError`.

import { invoke, type InvokeArgs } from "@tauri-apps/api/core";
import type {
  CreatedVault,
  PassphraseStrength,
  VaultStatus,
  VerifyReport,
} from "./bindings";
import { normaliseError } from "./errors";

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

export const createVault = (passphrase: string): Promise<CreatedVault> =>
  call("create_vault", { passphrase });

/** Rust shows a native save dialog and writes the file. `false`: the user cancelled. */
export const saveRecoveryKey = (): Promise<boolean> => call("save_recovery_key");

/** Rust forgets the recovery key; it cannot be shown again. */
export const confirmRecoveryKeyStored = (): Promise<null> => call("confirm_recovery_key_stored");

export const unlockWithPassphrase = (passphrase: string): Promise<VaultStatus> =>
  call("unlock_with_passphrase", { passphrase });

export const unlockWithRecoveryKey = (recoveryKey: string): Promise<VaultStatus> =>
  call("unlock_with_recovery_key", { recoveryKey });

export const lock = (): Promise<VaultStatus> => call("lock");

export const touchActivity = (): Promise<null> => call("touch_activity");

export const setAutoLock = (minutes: number): Promise<VaultStatus> => call("set_auto_lock", { minutes });

/** With `current` null, resets a forgotten passphrase (only after a recovery-key unlock). */
export const changePassphrase = (current: string | null, newPassphrase: string): Promise<null> =>
  call("change_passphrase", { current, newPassphrase });

/** Emits `rotate-progress` events while it runs (see `events.ts`). */
export const rotateKey = (passphrase: string): Promise<null> => call("rotate_key", { passphrase });

export const eraseVault = (): Promise<VaultStatus> => call("erase_vault");

export const verifyVault = (): Promise<VerifyReport> => call("verify_vault");
