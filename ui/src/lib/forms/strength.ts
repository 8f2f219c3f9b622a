// The passphrase strength meter and the rules that keep a "new passphrase" form disabled.
// The score itself comes from the core (zxcvbn in Rust); this only presents it.

import type { PassphraseStrength } from "../ipc/bindings";
import type { Message, MessageKey } from "../i18n/index.svelte";

export interface StrengthState {
  /** The latest answer; while `pending` it may belong to what was typed before. */
  readonly strength: PassphraseStrength | null;
  /** The newest text has not been scored yet. */
  readonly pending: boolean;
  /** The last check failed. */
  readonly failed: boolean;
}

export const EMPTY_STRENGTH: StrengthState = { strength: null, pending: false, failed: false };

export const STRENGTH_STEPS = 5;
export const STRENGTH_DEBOUNCE_MS = 150;

export type Score = 0 | 1 | 2 | 3 | 4;

const SCORE_LABELS: Readonly<Record<Score, MessageKey>> = {
  0: "strength.score0",
  1: "strength.score1",
  2: "strength.score2",
  3: "strength.score3",
  4: "strength.score4",
};

export function clampScore(score: number): Score {
  if (!Number.isFinite(score) || score <= 0) return 0;
  if (score >= 4) return 4;
  return Math.floor(score) as Score;
}

export function scoreLabel(score: number): MessageKey {
  return SCORE_LABELS[clampScore(score)];
}

export interface StrengthView {
  readonly status: "empty" | "checking" | "failed" | "scored";
  /** Main text of the meter. */
  readonly label: MessageKey;
  /** How many of the `STRENGTH_STEPS` segments are lit. */
  readonly filled: number;
  /** CSS class for the segments' colour; the label and the count of segments carry the same. */
  readonly className: string;
  readonly acceptable: boolean;
  readonly tooShortMin: number | null;
  readonly crackTime: string | null;
  readonly warning: string | null;
  readonly suggestions: readonly string[];
}

export function strengthView(state: StrengthState, hasInput: boolean): StrengthView {
  const base = {
    filled: 0,
    className: "strength-none",
    acceptable: false,
    tooShortMin: null,
    crackTime: null,
    warning: null,
    suggestions: [],
  } as const;
  if (!hasInput) return { ...base, status: "empty", label: "strength.empty" };
  const s = state.strength;
  if (s === null) {
    if (state.failed) return { ...base, status: "failed", label: "strength.unavailable" };
    return { ...base, status: "checking", label: "strength.checking" };
  }
  const score = clampScore(s.score);
  return {
    status: "scored",
    label: SCORE_LABELS[score],
    filled: score + 1,
    className: `strength-${score}`,
    acceptable: s.acceptable && !s.tooShort,
    tooShortMin: s.tooShort ? s.minLength : null,
    crackTime: s.crackTime === "" ? null : s.crackTime,
    warning: s.warning === null || s.warning === "" ? null : s.warning,
    suggestions: s.suggestions.filter((x) => x !== ""),
  };
}

export interface NewPassphraseInput {
  readonly passphrase: string;
  readonly confirm: string;
  readonly strength: StrengthState;
  /** Only for forms that also ask for the current passphrase. */
  readonly current?: string;
}

/** Why the submit button is disabled, or `null` when the form may be sent. */
export function newPassphraseBlocker(input: NewPassphraseInput): Message | null {
  if (input.current !== undefined && input.current === "") return { key: "reason.current" };
  if (input.passphrase === "") return { key: "reason.empty" };
  const { strength, pending, failed } = input.strength;
  if (pending || (strength === null && !failed)) return { key: "reason.checking" };
  if (strength === null) return { key: "reason.strengthUnavailable" };
  if (strength.tooShort) return { key: "reason.tooShort", params: { min: strength.minLength } };
  if (!strength.acceptable) return { key: "reason.weak" };
  if (input.confirm === "") return { key: "reason.repeat" };
  if (input.confirm !== input.passphrase) return { key: "reason.mismatch" };
  return null;
}

export interface StrengthChecker {
  /** Call with the field's value on every change. */
  update(passphrase: string): void;
  /** Stop: pending answers are ignored. */
  cancel(): void;
}

/**
 * Asks the core to score the passphrase once typing pauses for `delayMs`. Answers to older
 * text are dropped, so the state never shows a score for something no longer in the field.
 */
export function createStrengthChecker(
  fetchStrength: (passphrase: string) => Promise<PassphraseStrength>,
  onChange: (state: StrengthState) => void,
  delayMs: number = STRENGTH_DEBOUNCE_MS,
): StrengthChecker {
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last: PassphraseStrength | null = null;

  const stopTimer = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  return {
    update(passphrase) {
      const mine = ++generation;
      stopTimer();
      if (passphrase === "") {
        last = null;
        onChange(EMPTY_STRENGTH);
        return;
      }
      onChange({ strength: last, pending: true, failed: false });
      timer = setTimeout(() => {
        timer = undefined;
        fetchStrength(passphrase).then(
          (result) => {
            if (mine !== generation) return;
            last = result;
            onChange({ strength: result, pending: false, failed: false });
          },
          () => {
            if (mine !== generation) return;
            last = null;
            onChange({ strength: null, pending: false, failed: true });
          },
        );
      }, delayMs);
    },
    cancel() {
      generation++;
      stopTimer();
    },
  };
}
