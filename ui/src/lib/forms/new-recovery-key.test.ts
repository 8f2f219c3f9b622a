import { describe, expect, it } from "vitest";
import {
  IDLE,
  canRequest,
  leavingLosesKey,
  nextStep,
  shownKey,
  type NewRecoveryKeyEvent,
  type NewRecoveryKeyStep,
} from "./new-recovery-key";

const KEY = "AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ";
const WORKING: NewRecoveryKeyStep = { kind: "working" };
const SHOWN: NewRecoveryKeyStep = { kind: "shown", key: KEY };
const STORED: NewRecoveryKeyStep = { kind: "stored" };
const ALL: NewRecoveryKeyStep[] = [IDLE, WORKING, SHOWN, STORED];

function run(events: NewRecoveryKeyEvent[], from: NewRecoveryKeyStep = IDLE): NewRecoveryKeyStep {
  return events.reduce(nextStep, from);
}

describe("new recovery key steps", () => {
  it("goes idle → working → shown → stored", () => {
    expect(run([{ type: "submit" }])).toEqual(WORKING);
    expect(run([{ type: "submit" }, { type: "succeeded", key: KEY }])).toEqual(SHOWN);
    expect(run([{ type: "submit" }, { type: "succeeded", key: KEY }, { type: "confirmed" }])).toEqual(STORED);
  });

  it("goes back to idle when the core refuses (e.g. a wrong passphrase)", () => {
    expect(run([{ type: "submit" }, { type: "failed" }])).toEqual(IDLE);
  });

  it("can make another key after one was stored", () => {
    expect(nextStep(STORED, { type: "submit" })).toEqual(WORKING);
  });

  it("does not start twice, nor while a key waits to be stored", () => {
    expect(nextStep(WORKING, { type: "submit" })).toBe(WORKING);
    expect(nextStep(SHOWN, { type: "submit" })).toBe(SHOWN);
  });

  it("shows the key without surrounding spaces, and never an empty key", () => {
    expect(nextStep(WORKING, { type: "succeeded", key: `  ${KEY}\n` })).toEqual(SHOWN);
    expect(nextStep(WORKING, { type: "succeeded", key: " " })).toEqual(IDLE);
  });

  it("ignores results and confirmations that do not fit the step", () => {
    expect(nextStep(IDLE, { type: "succeeded", key: KEY })).toBe(IDLE);
    expect(nextStep(STORED, { type: "succeeded", key: KEY })).toBe(STORED);
    expect(nextStep(SHOWN, { type: "failed" })).toBe(SHOWN);
    expect(nextStep(IDLE, { type: "confirmed" })).toBe(IDLE);
    expect(nextStep(WORKING, { type: "confirmed" })).toBe(WORKING);
  });

  it("drops the key on leaving, from any step", () => {
    for (const step of ALL) {
      const after = nextStep(step, { type: "leave" });
      expect(after).toEqual(IDLE);
      expect(shownKey(after)).toBeNull();
    }
  });

  it("holds the key only while it is shown", () => {
    expect(ALL.map(shownKey)).toEqual([null, null, KEY, null]);
    expect(JSON.stringify(STORED)).not.toContain(KEY);
  });

  it("lets the button work only with a passphrase, when nothing else is under way", () => {
    expect(canRequest(IDLE, "p")).toBe(true);
    expect(canRequest(STORED, "p")).toBe(true);
    expect(canRequest(IDLE, "")).toBe(false);
    expect(canRequest(WORKING, "p")).toBe(false);
    expect(canRequest(SHOWN, "p")).toBe(false);
  });

  it("knows when leaving loses a key nobody confirmed as stored", () => {
    expect(ALL.map(leavingLosesKey)).toEqual([false, false, true, false]);
  });
});
