// Tells the core that someone is using the app, so its auto-lock timer restarts.
// Rust owns the timer; we only report activity, at most once per interval: the first input
// right away, and if more input came during the wait, once more when the interval ends
// (so the timer is never more than one interval behind the user).

export const ACTIVITY_INTERVAL_MS = 20_000;

export interface ActivityThrottle {
  /** Call on every keydown, pointerdown and wheel while the vault is unlocked. */
  notify(): void;
  /** Forget pending reports, e.g. when the vault locks. */
  cancel(): void;
}

export function createActivityThrottle(
  send: () => Promise<unknown> | unknown,
  intervalMs: number = ACTIVITY_INTERVAL_MS,
): ActivityThrottle {
  let lastSent = Number.NEGATIVE_INFINITY;
  let trailing: ReturnType<typeof setTimeout> | undefined;

  const fire = (): void => {
    lastSent = Date.now();
    try {
      // A failed report is harmless: at worst the vault locks a little early.
      Promise.resolve(send()).catch(() => undefined);
    } catch {
      // Same as above, for a `send` that throws synchronously.
    }
  };

  return {
    notify() {
      const now = Date.now();
      if (now - lastSent >= intervalMs) {
        fire();
        return;
      }
      if (trailing === undefined) {
        trailing = setTimeout(
          () => {
            trailing = undefined;
            fire();
          },
          lastSent + intervalMs - now,
        );
      }
    },
    cancel() {
      if (trailing !== undefined) clearTimeout(trailing);
      trailing = undefined;
      lastSent = Number.NEGATIVE_INFINITY;
    },
  };
}
