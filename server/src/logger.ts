import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs. Personal data never goes in: see redact paths and maskPhone(). */
export function createLogger(level: string = 'info'): Logger {
  return pino({
    level,
    base: { app: 'lugang' },
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.phone',
        '*.idNumber',
      ],
      censor: '[redacted]',
    },
  });
}
