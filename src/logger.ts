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

/** Query parameters that are credentials: a signed link's signature, a socket's token. */
const SECRET_PARAMETERS = /([?&](?:sig|token|access_token)=)[^&#]*/gi;

/** A request URL fit for the log: credentials in its query are replaced. */
export const loggableUrl = (url: string): string => url.replace(SECRET_PARAMETERS, '$1[redacted]');
