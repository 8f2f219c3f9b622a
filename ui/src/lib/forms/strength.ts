// The passphrase strength meter and the rules that keep a "new passphrase" form disabled.
// The score itself comes from the core (zxcvbn in Rust); this only presents it.

import type { PassphraseStrength } from "../ipc/bindings";
import type { Message, MessageKey, PluralKey } from "../i18n/index.svelte";
import { hasMessage } from "../i18n/translate";

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
  0: "strength-score0",
  1: "strength-score1",
  2: "strength-score2",
  3: "strength-score3",
  4: "strength-score4",
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
  readonly crackTime: Message | null;
  readonly warning: MessageKey | null;
  readonly suggestions: readonly MessageKey[];
}

const UNITS: readonly [PluralKey, number][] = [
  ["strength-time-seconds", 1],
  ["strength-time-minutes", 60],
  ["strength-time-hours", 3600],
  ["strength-time-days", 86400],
  ["strength-time-months", 2_629_800],
  ["strength-time-years", 31_557_600],
];

/** How long a guess would take, in words of the current language ("3 days", "centuries"). */
export function crackTimeMessage(seconds: number): Message {
  if (!Number.isFinite(seconds) || seconds >= 100 * 31_557_600) return { key: "strength-time-centuries" };
  if (seconds < 1) return { key: "strength-time-instant" };
  let chosen = UNITS[0] ?? (["strength-time-seconds", 1] as const);
  for (const unit of UNITS) if (seconds >= unit[1]) chosen = unit;
  return { plural: chosen[0], count: Math.round(seconds / chosen[1]) };
}

/** The message for one of the estimator's codes, or null for a code this build has no words for. */
function feedbackKey(kind: "warning" | "suggestion", code: string | null): MessageKey | null {
  if (code === null || code === "") return null;
  const key = `strength-${kind}-${code}`;
  return hasMessage(key) ? key : null;
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
  if (!hasInput) return { ...base, status: "empty", label: "strength-empty" };
  const s = state.strength;
  if (s === null) {
    if (state.failed) return { ...base, status: "failed", label: "strength-unavailable" };
    return { ...base, status: "checking", label: "strength-checking" };
  }
  const score = clampScore(s.score);
  return {
    status: "scored",
    label: SCORE_LABELS[score],
    filled: score + 1,
    className: `strength-${score}`,
    acceptable: s.acceptable && !s.tooShort,
    tooShortMin: s.tooShort ? s.minLength : null,
    crackTime: crackTimeMessage(s.crackSeconds),
    warning: feedbackKey("warning", s.warning),
    suggestions: s.suggestions.map((code) => feedbackKey("suggestion", code)).filter((k) => k !== null),
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
  if (input.current !== undefined && input.current === "") return { key: "reason-current" };
  if (input.passphrase === "") return { key: "reason-empty" };
  const { strength, pending, failed } = input.strength;
  if (pending || (strength === null && !failed)) return { key: "reason-checking" };
  if (strength === null) return { key: "reason-strengthUnavailable" };
  if (strength.tooShort) return { key: "reason-tooShort", params: { min: strength.minLength } };
  if (!strength.acceptable) return { key: "reason-weak" };
  if (input.confirm === "") return { key: "reason-repeat" };
  if (input.confirm !== input.passphrase) return { key: "reason-mismatch" };
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
