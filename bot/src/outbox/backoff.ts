const FIRST_RETRY_MS = 60_000;
const LONGEST_WAIT_MS = 6 * 3_600_000;

/**
 * How long to wait before the next attempt after `attempts` failed ones: a minute, doubling each time up to
 * six hours, and never sooner than the Bot Connector's `Retry-After`.
 * @example retryDelayMs(3) // 240_000
 */
export function retryDelayMs(attempts: number, retryAfterMs = 0): number {
  const backoff = Math.min(LONGEST_WAIT_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.max(backoff, retryAfterMs);
}
