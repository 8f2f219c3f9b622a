import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { PassphraseStrength } from "../ipc/bindings";
import { setLocale, t, tm } from "../i18n/index.svelte";
import {
  clampScore,
  createStrengthChecker,
  EMPTY_STRENGTH,
  newPassphraseBlocker,
  scoreLabel,
  strengthView,
  crackTimeMessage,
  type StrengthState,
} from "./strength";
import { withoutIsolation } from "../i18n/translate";

const strength = (over: Partial<PassphraseStrength> = {}): PassphraseStrength => ({
  score: 4,
  acceptable: true,
  tooShort: false,
  minLength: 12,
  crackSeconds: 1e12,
  warning: null,
  suggestions: [],
  ...over,
});
const scored = (over: Partial<PassphraseStrength> = {}): StrengthState => ({
  strength: strength(over),
  pending: false,
  failed: false,
});

describe("strength presentation", () => {
  it("gives each score its own label and class", () => {
    const labels = [0, 1, 2, 3, 4].map((s) => t(scoreLabel(s)));
    expect(labels).toEqual(["Very weak", "Weak", "Fair", "Strong", "Very strong"]);
    expect(strengthView(scored({ score: 2, acceptable: false }), true).className).toBe("strength-2");
  });

  it("lights one segment more than the score, so even 'very weak' shows", () => {
    expect(strengthView(scored({ score: 0, acceptable: false }), true).filled).toBe(1);
    expect(strengthView(scored({ score: 4 }), true).filled).toBe(5);
  });

  it("clamps scores outside 0–4", () => {
    expect(clampScore(-1)).toBe(0);
    expect(clampScore(9)).toBe(4);
    expect(clampScore(Number.NaN)).toBe(0);
    expect(clampScore(2.7)).toBe(2);
  });

  it("says 'too short' with the minimum and is not acceptable", () => {
    const view = strengthView(scored({ score: 3, tooShort: true, minLength: 14 }), true);
    expect(view.tooShortMin).toBe(14);
    expect(view.acceptable).toBe(false);
    expect(t("strength-tooShort", { min: view.tooShortMin! })).toBe("Too short: at least 14 characters.");
  });

  it("translates zxcvbn's warning and suggestions by code, and drops codes it has no words for", () => {
    setLocale("en");
    const view = strengthView(
      scored({
        score: 1,
        acceptable: false,
        warning: "ThisIsATop10Password",
        suggestions: ["AddAnotherWordOrTwo", "", "SomeFutureAdvice"],
        crackSeconds: 180,
      }),
      true,
    );
    expect(view.warning).toBe("strength-warning-ThisIsATop10Password");
    expect(view.suggestions).toEqual(["strength-suggestion-AddAnotherWordOrTwo"]);
    expect(view.crackTime === null ? "" : withoutIsolation(tm(view.crackTime))).toBe("3 minutes");
    setLocale("ru");
    expect(view.crackTime === null ? "" : tm(view.crackTime)).toBe("3 минуты");
    setLocale("en");
  });

  it("says the time to guess in the largest fitting unit, and centuries beyond a hundred years", () => {
    const say = (seconds: number): string => withoutIsolation(tm(crackTimeMessage(seconds)));
    setLocale("en");
    expect(say(0.2)).toBe("less than a second");
    expect(say(1)).toBe("1 second");
    expect(say(59)).toBe("59 seconds");
    expect(say(3600 * 5)).toBe("5 hours");
    expect(say(86400 * 40)).toBe("1 month");
    expect(say(31_557_600 * 3)).toBe("3 years");
    expect(say(31_557_600 * 500)).toBe("centuries");
    expect(say(Number.POSITIVE_INFINITY)).toBe("centuries");
  });

  it("shows a prompt when empty, 'checking' before the first answer, and a failure", () => {
    expect(strengthView(EMPTY_STRENGTH, false).label).toBe("strength-empty");
    expect(strengthView({ strength: null, pending: true, failed: false }, true).label).toBe("strength-checking");
    expect(strengthView({ strength: null, pending: false, failed: true }, true).status).toBe("failed");
  });
});

describe("why the create button is disabled", () => {
  const ok = { passphrase: "correct horse battery staple", confirm: "correct horse battery staple", strength: scored() };
  const reason = (input: Parameters<typeof newPassphraseBlocker>[0]): string | null => {
    const blocker = newPassphraseBlocker(input);
    return blocker === null ? null : tm(blocker);
  };

  it("enables only for an acceptable, scored passphrase typed twice the same", () => {
    expect(newPassphraseBlocker(ok)).toBeNull();
  });

  it("asks for a passphrase first", () => {
    expect(reason({ ...ok, passphrase: "", confirm: "", strength: EMPTY_STRENGTH })).toBe("Type a passphrase first.");
  });

  it("waits for the strength of what is typed now", () => {
    expect(reason({ ...ok, strength: { strength: strength(), pending: true, failed: false } })).toBe(
      "Checking how strong the passphrase is…",
    );
  });

  it("names the minimum length when too short", () => {
    expect(reason({ ...ok, strength: scored({ tooShort: true, minLength: 12 }) })).toBe(
      "The passphrase is too short: at least 12 characters.",
    );
  });

  it("refuses a weak passphrase", () => {
    expect(reason({ ...ok, strength: scored({ score: 1, acceptable: false }) })).toContain("not strong enough");
  });

  it("asks to repeat it, then says when the two differ", () => {
    expect(reason({ ...ok, confirm: "" })).toContain("second time");
    expect(reason({ ...ok, confirm: "correct horse battery stapl" })).toBe("The two passphrases are not the same.");
  });

  it("says when the strength check failed", () => {
    expect(reason({ ...ok, strength: { strength: null, pending: false, failed: true } })).toContain("could not be checked");
  });

  it("asks for the current passphrase in the change form", () => {
    expect(reason({ ...ok, current: "" })).toBe("Type your current passphrase.");
    expect(newPassphraseBlocker({ ...ok, current: "old one" })).toBeNull();
  });
});

describe("strength checker", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("asks the core once typing pauses for 150 ms, with the latest text only", async () => {
    const fetch = vi.fn((p: string) => Promise.resolve(strength({ score: p.length % 5 })));
    const states: StrengthState[] = [];
    const checker = createStrengthChecker(fetch, (s) => states.push(s), 150);
    checker.update("a");
    vi.advanceTimersByTime(100);
    checker.update("ab");
    vi.advanceTimersByTime(100);
    checker.update("abc");
    expect(fetch).not.toHaveBeenCalled();
    expect(states.at(-1)?.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(150);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith("abc");
    expect(states.at(-1)).toEqual({ strength: strength({ score: 3 }), pending: false, failed: false });
  });

  it("drops an answer that arrives after the text changed", async () => {
    let resolveFirst: (s: PassphraseStrength) => void = () => undefined;
    const fetch = vi
      .fn<(p: string) => Promise<PassphraseStrength>>()
      .mockImplementationOnce(() => new Promise((r) => (resolveFirst = r)))
      .mockImplementationOnce(() => Promise.resolve(strength({ score: 1, acceptable: false })));
    const states: StrengthState[] = [];
    const checker = createStrengthChecker(fetch, (s) => states.push(s), 150);
    checker.update("first");
    await vi.advanceTimersByTimeAsync(150);
    checker.update("second");
    await vi.advanceTimersByTimeAsync(150);
    resolveFirst(strength({ score: 4 }));
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)?.strength?.score).toBe(1);
  });

  it("clears at once for an empty field, without asking the core", () => {
    const fetch = vi.fn(() => Promise.resolve(strength()));
    const states: StrengthState[] = [];
    const checker = createStrengthChecker(fetch, (s) => states.push(s), 150);
    checker.update("");
    vi.advanceTimersByTime(1000);
    expect(fetch).not.toHaveBeenCalled();
    expect(states).toEqual([EMPTY_STRENGTH]);
  });

  it("reports a failed check", async () => {
    const fetch = vi.fn(() => Promise.reject(new Error("no")));
    const states: StrengthState[] = [];
    createStrengthChecker(fetch, (s) => states.push(s), 150).update("x");
    await vi.advanceTimersByTimeAsync(150);
    expect(states.at(-1)).toEqual({ strength: null, pending: false, failed: true });
  });

  it("ignores everything after cancel", async () => {
    const fetch = vi.fn(() => Promise.resolve(strength()));
    const states: StrengthState[] = [];
    const checker = createStrengthChecker(fetch, (s) => states.push(s), 150);
    checker.update("x");
    checker.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetch).not.toHaveBeenCalled();
  });
});
