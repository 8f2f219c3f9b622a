import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ACTIVITY_INTERVAL_MS, createActivityThrottle } from "./activity";

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(1_000_000);
});

afterEach(() => {
  vi.useRealTimers();
});

describe("activity throttle", () => {
  it("waits 20 seconds between reports", () => {
    expect(ACTIVITY_INTERVAL_MS).toBe(20_000);
  });

  it("reports the first input at once", () => {
    const send = vi.fn();
    createActivityThrottle(send).notify();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it("reports a burst of input only once until the interval ends, then once more", () => {
    const send = vi.fn();
    const throttle = createActivityThrottle(send, 20_000);
    throttle.notify();
    for (let i = 0; i < 50; i++) {
      vi.advanceTimersByTime(300);
      throttle.notify();
    }
    expect(send).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(20_000 - 50 * 300 - 1);
    expect(send).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it("sends nothing more when there was no input after a report", () => {
    const send = vi.fn();
    const throttle = createActivityThrottle(send, 20_000);
    throttle.notify();
    vi.advanceTimersByTime(120_000);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it("never sends more than once per interval over a long session of constant input", () => {
    const times: number[] = [];
    const throttle = createActivityThrottle(() => times.push(Date.now()), 20_000);
    const start = Date.now();
    for (let t = 0; t < 100_000; t += 100) {
      throttle.notify();
      vi.advanceTimersByTime(100);
    }
    // 100 s of input: reports at 0, 20, 40, 60, 80 s, and the last input's at 100 s.
    expect(times.map((t) => t - start)).toEqual([0, 20_000, 40_000, 60_000, 80_000, 100_000]);
  });

  it("reports at once again after a quiet interval", () => {
    const send = vi.fn();
    const throttle = createActivityThrottle(send, 20_000);
    throttle.notify();
    vi.advanceTimersByTime(25_000);
    throttle.notify();
    expect(send).toHaveBeenCalledTimes(2);
  });

  it("cancel drops the pending report and starts afresh", () => {
    const send = vi.fn();
    const throttle = createActivityThrottle(send, 20_000);
    throttle.notify();
    vi.advanceTimersByTime(1_000);
    throttle.notify();
    throttle.cancel();
    vi.advanceTimersByTime(60_000);
    expect(send).toHaveBeenCalledTimes(1);
    throttle.notify();
    expect(send).toHaveBeenCalledTimes(2);
  });

  it("survives a failing send", async () => {
    const send = vi.fn().mockRejectedValue({ code: "locked", message: "locked" });
    const throttle = createActivityThrottle(send, 20_000);
    throttle.notify();
    await Promise.resolve();
    vi.advanceTimersByTime(20_000);
    throttle.notify();
    expect(send).toHaveBeenCalledTimes(2);
  });
});
