import { describe, expect, it } from "vitest";
import { isApplePlatform, isLockShortcut, type KeyLike } from "./shortcuts";

const key = (over: Partial<KeyLike>): KeyLike => ({
  key: "l",
  code: "KeyL",
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...over,
});

describe("lock shortcut", () => {
  it("is Ctrl+L and Cmd+L, with or without Shift/Caps Lock", () => {
    expect(isLockShortcut(key({ ctrlKey: true }))).toBe(true);
    expect(isLockShortcut(key({ metaKey: true }))).toBe(true);
    expect(isLockShortcut(key({ ctrlKey: true, key: "L" }))).toBe(true);
  });

  it("works on a keyboard layout where that key is not an l", () => {
    expect(isLockShortcut(key({ ctrlKey: true, key: "م" }))).toBe(true);
  });

  it("is not a plain l, nor Ctrl+Alt+L, nor another Ctrl key", () => {
    expect(isLockShortcut(key({}))).toBe(false);
    expect(isLockShortcut(key({ ctrlKey: true, altKey: true }))).toBe(false);
    expect(isLockShortcut(key({ ctrlKey: true, key: "k", code: "KeyK" }))).toBe(false);
  });

  it("recognises Apple platforms for the ⌘ label", () => {
    expect(isApplePlatform("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15")).toBe(true);
    expect(isApplePlatform("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15")).toBe(false);
  });
});
