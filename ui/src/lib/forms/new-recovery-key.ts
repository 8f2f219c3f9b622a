// Replacing a lost or seen recovery key, step by step: idle → working → shown → stored.
// The new key lives only in the `shown` step; every way out of it drops the key.

export type NewRecoveryKeyStep =
  | { readonly kind: "idle" }
  | { readonly kind: "working" }
  | { readonly kind: "shown"; readonly key: string }
  | { readonly kind: "stored" };

export type NewRecoveryKeyEvent =
  /** The person asked for a new key (with a passphrase typed). */
  | { readonly type: "submit" }
  /** The core made the key and returned its text. */
  | { readonly type: "succeeded"; readonly key: string }
  /** The core refused (e.g. a wrong passphrase); the old key still works. */
  | { readonly type: "failed" }
  /** The person confirmed the key is stored, and the core forgot it. */
  | { readonly type: "confirmed" }
  /** The section goes away (another screen, or the vault locked). */
  | { readonly type: "leave" };

export const IDLE: NewRecoveryKeyStep = { kind: "idle" };

/** The step after `event`; an event that does not fit the step leaves it as it is. */
export function nextStep(step: NewRecoveryKeyStep, event: NewRecoveryKeyEvent): NewRecoveryKeyStep {
  switch (event.type) {
    case "submit":
      // Not twice at once, and not while a key waits to be stored: it would be lost unseen.
      return step.kind === "idle" || step.kind === "stored" ? { kind: "working" } : step;
    case "succeeded":
      if (step.kind !== "working") return step;
      return event.key.trim() === "" ? IDLE : { kind: "shown", key: event.key.trim() };
    case "failed":
      return step.kind === "working" ? IDLE : step;
    case "confirmed":
      return step.kind === "shown" ? { kind: "stored" } : step;
    case "leave":
      return IDLE;
  }
}

/** The key to show, only in the `shown` step. */
export function shownKey(step: NewRecoveryKeyStep): string | null {
  return step.kind === "shown" ? step.key : null;
}

/** Whether the "Make a new recovery key" button may be pressed. */
export function canRequest(step: NewRecoveryKeyStep, passphrase: string): boolean {
  return (step.kind === "idle" || step.kind === "stored") && passphrase !== "";
}

/**
 * Whether leaving in this step drops a key nobody confirmed as stored: the person must then be
 * told to make another one. (A key still being made is dealt with when it arrives.)
 */
export function leavingLosesKey(step: NewRecoveryKeyStep): boolean {
  return step.kind === "shown";
}
