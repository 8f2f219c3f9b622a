import { beforeEach, describe, expect, it, vi } from "vitest";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const api = await import("./commands");

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
    ["create_vault", () => api.createVault("p"), { passphrase: "p" }],
    ["unlock_with_passphrase", () => api.unlockWithPassphrase("p"), { passphrase: "p" }],
    ["unlock_with_recovery_key", () => api.unlockWithRecoveryKey("k"), { recoveryKey: "k" }],
    ["set_auto_lock", () => api.setAutoLock(10), { minutes: 10 }],
    ["change_passphrase", () => api.changePassphrase("old", "new"), { current: "old", newPassphrase: "new" }],
    ["change_passphrase", () => api.changePassphrase(null, "new"), { current: null, newPassphrase: "new" }],
    ["rotate_key", () => api.rotateKey("p"), { passphrase: "p" }],
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
    ["verify_vault", () => api.verifyVault()],
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
    });
  });

  it("turn anything else into an io AppError", async () => {
    invoke.mockRejectedValueOnce("Command lock not allowed by ACL");
    await expect(api.lock()).rejects.toEqual({ code: "io", message: "Command lock not allowed by ACL" });
  });
});
