// Grace periods as people write them: "24h", "90m", "7d", "30s" (a bare number is seconds).
const UNIT: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };
const MAX_SECONDS = 90 * 86_400;

/** Seconds, or the reason it is not a grace period. */
export function parseGrace(raw: unknown): number | string {
  const example = 'e.g. grace = "24h" (s, m, h or d; at most 90d)';
  let seconds: number;
  if (typeof raw === 'number' && Number.isInteger(raw)) {
    seconds = raw;
  } else if (typeof raw === 'string' && /^\d{1,7}[smhd]$/.test(raw.trim())) {
    const t = raw.trim();
    seconds = Number(t.slice(0, -1)) * UNIT[t.slice(-1)]!;
  } else {
    return `grace = ${JSON.stringify(raw)} is not a duration, ${example}`;
  }
  if (seconds < 0 || seconds > MAX_SECONDS) return `grace = ${JSON.stringify(raw)} is out of range, ${example}`;
  return seconds;
}
