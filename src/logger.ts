// The process's structured log (JSON lines on stdout), with credentials never written.
import { type Logger, pino } from 'pino';

/** JSON lines, the level as a word (`"level":"info"`) on every line, start-up failures included. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'parley' },
    formatters: { level: (label) => ({ level: label }) },
    redact: ['req.headers.authorization', 'req.headers["x-service-key"]', 'req.headers.cookie'],
  });
}
