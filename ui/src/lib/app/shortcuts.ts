// Keyboard shortcuts that work from anywhere in the app.

export type KeyLike = Pick<KeyboardEvent, "key" | "code" | "ctrlKey" | "metaKey" | "altKey">;

/**
 * Ctrl+L or Cmd+L. `code` is checked as well as `key` so it also works with a keyboard
 * layout where that key types another letter (e.g. Arabic "م").
 */
export function isLockShortcut(event: KeyLike): boolean {
  if (event.altKey || !(event.ctrlKey || event.metaKey)) return false;
  return event.key.toLowerCase() === "l" || event.code === "KeyL";
}

export function isApplePlatform(userAgent: string): boolean {
  return /Mac|iPhone|iPad/.test(userAgent);
}
