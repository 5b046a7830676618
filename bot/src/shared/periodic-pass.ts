import type { Logger } from "../logger";

/**
 * Runs `pass` every `intervalMinutes` (0 or less = never) on an unref'd timer, never two passes at once: a tick
 * that comes while the previous pass still runs is skipped. A failing pass is logged with `failure` and the
 * next tick runs as usual. `start` twice keeps the first timer; `stop` clears it.
 * @example const passes = new PeriodicPass(() => scheduler.runOnce(clock.now()), logger, "reminder pass failed"); passes.start(15);
 */
export class PeriodicPass {
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(private readonly pass: () => Promise<unknown>, private readonly logger: Logger, private readonly failure: string) {}

  /** Starts the timer; the first pass comes after one interval. */
  start(intervalMinutes: number): void {
    if (intervalMinutes <= 0 || this.timer) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = true;
      this.pass()
        .catch((error: unknown) => this.logger.error({ err: error }, this.failure))
        .finally(() => (this.running = false));
    }, intervalMinutes * 60_000);
    this.timer.unref();
  }

  /** Stops the timer. */
  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
