/** Where the app reads the time: injected so that no rule and no test depends on the hour it runs. */
export interface Clock {
  now(): Date;
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that always answers the same moment (tests, demo data for a chosen day). */
export function fixedClock(at: Date | string): Clock {
  const moment = new Date(at);
  return { now: () => new Date(moment) };
}
