import type { Clock } from "../../bot/src/domain/clock";

/** A clock a test sets and moves: the app reads the time only through it. */
export interface TestClock extends Clock {
  set(at: Date | string): void;
  advance(milliseconds: number): void;
}

/** A clock standing at `at` until the test moves it. */
export function testClock(at: Date | string): TestClock {
  let current = new Date(at).getTime();
  return {
    now: () => new Date(current),
    set: (moment) => {
      current = new Date(moment).getTime();
    },
    advance: (milliseconds) => {
      current += milliseconds;
    },
  };
}
