// One JSON object per line on stderr. Every message and string field goes through the
// detector-based scrubber, so a secret that slips into an error still never reaches the log.
import { scrubDetected } from './crypto/scrub.js';

export type Level = 'debug' | 'info' | 'warn' | 'error';
export type Fields = Record<string, string | number | boolean | undefined>;

export interface Logger {
  debug(msg: string, fields?: Fields): void;
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
}

const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function createLogger(
  component: string,
  options: { level?: Level; write?: (line: string) => void } = {},
): Logger {
  const min = ORDER[options.level ?? levelFromEnv()];
  const write = options.write ?? ((line: string) => process.stderr.write(line));
  const emit = (level: Level, msg: string, fields: Fields = {}): void => {
    if (ORDER[level] < min) return;
    const entry: Record<string, unknown> = {
      time: new Date().toISOString(),
      level,
      component,
      msg: scrubDetected(msg),
    };
    for (const [k, v] of Object.entries(fields)) entry[k] = typeof v === 'string' ? scrubDetected(v) : v;
    write(`${JSON.stringify(entry)}\n`);
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
}

function levelFromEnv(): Level {
  const l = process.env.LEAKHOUND_LOG_LEVEL;
  return l === 'debug' || l === 'info' || l === 'warn' || l === 'error' ? l : 'info';
}

/** The message of anything thrown, for a log field. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
