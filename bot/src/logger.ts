import pino, { type Logger } from "pino";

export type { Logger } from "pino";

/** Creates the app's structured logger (JSON lines on stdout). */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: "natverksmoten" } });
}
