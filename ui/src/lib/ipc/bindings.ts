// Generated from src-tauri/src/ipc.rs by `cargo test -p tadamun-desktop` with
// UPDATE_BINDINGS=1. Do not edit by hand: CI fails when this file is stale.

export type VaultState = "missing" | "locked" | "unlocked" | "erase_incomplete";

export type VaultStatus = { 
/**
 * Locked, unlocked, missing…
 */
state: VaultState, 
/**
 * The vault folder, for display.
 */
location: string, 
/**
 * Minutes of inactivity before the app locks.
 */
autoLockMinutes: number, 
/**
 * The scrypt work factor protecting the passphrase, if known.
 */
kdfLogN: number | null, 
/**
 * How the open vault was unlocked (none while locked).
 */
unlockedWith: UnlockedWith | null, };

export type UnlockedWith = "new_vault" | "passphrase" | "recovery_key";

export type PassphraseStrength = { 
/**
 * 0 (guessable) to 4 (very hard to guess).
 */
score: number, 
/**
 * Whether the passphrase may be used.
 */
acceptable: boolean, 
/**
 * Whether it is shorter than `min_length`.
 */
tooShort: boolean, 
/**
 * The minimum number of characters.
 */
minLength: number, 
/**
 * Estimated time to guess it offline.
 */
crackTime: string, 
/**
 * The main warning, if any.
 */
warning: string | null, 
/**
 * Suggestions to make it stronger.
 */
suggestions: Array<string>, };

export type CreatedVault = { 
/**
 * The recovery key, to show once. Not kept anywhere in the vault.
 */
recoveryKey: string, 
/**
 * The scrypt work factor chosen for this computer.
 */
kdfLogN: number, 
/**
 * The new state (unlocked).
 */
status: VaultStatus, };

export type ErrorCode = "wrong_passphrase" | "wrong_recovery_key" | "key_file_damaged" | "database_damaged" | "vault_not_found" | "vault_exists" | "newer_format" | "disk_full" | "weak_passphrase" | "locked" | "erase_incomplete" | "in_use" | "invalid_input" | "io";

export type AppError = { 
/**
 * Stable code.
 */
code: ErrorCode, 
/**
 * Plain-words message in English.
 */
message: string, };

export type LockReason = "user" | "inactivity" | "suspend" | "erased";

export type VaultLockedEvent = { 
/**
 * Why.
 */
reason: LockReason, };

export type ProgressEvent = { 
/**
 * The step being done, as a stable code.
 */
step: string, 
/**
 * Steps done.
 */
done: number, 
/**
 * Steps in all.
 */
total: number, };

export type VerifyReport = { 
/**
 * Audit entries read.
 */
auditEntries: number, 
/**
 * Whether the audit hash chain is intact.
 */
auditChainIntact: boolean, 
/**
 * Whether every database page authenticated.
 */
databaseIntact: boolean, 
/**
 * Problems, in plain words.
 */
problems: Array<string>, };
