import type { Clock } from "../domain/clock";
import type { Logger } from "../logger";
import type { Outbox } from "./outbox";

/** Runs the outbox's delivery passes on an interval, one pass at a time. */
export class OutboxWorker {
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** Delivers due messages every `seconds` (0 = never) until stopped. */
  start(seconds: number): void {
    if (seconds <= 0 || this.timer) return;
    this.timer = setInterval(() => void this.pass(), seconds * 1000);
    this.timer.unref();
  }

  /** Stops the timer. */
  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async pass(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.outbox.deliverDue(this.clock.now());
    } catch (error) {
      this.logger.error({ err: error }, "outbox pass failed");
    } finally {
      this.running = false;
    }
  }
}
