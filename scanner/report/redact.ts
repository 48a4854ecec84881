// Redaction follows gitleaks (`--redact` = 100, `--redact=N` hides N percent): full
// redaction writes `REDACTED`; partial keeps the first (100-N)% of the secret, rounded half to
// even, then `...`. Every occurrence in `match` is replaced too, and in the commit message,
// where a secret pasted into a commit would otherwise survive.
import type { Finding } from '../finding.js';

export const REDACTED = 'REDACTED';

/** `true` or 100 and above: full; `false`, 0 or below: none; NaN fails safe to full. */
export function redactPercent(redact: boolean | number): number {
  if (typeof redact === 'boolean') return redact ? 100 : 0;
  if (Number.isNaN(redact)) return 100;
  return Math.min(100, Math.max(0, redact));
}

/** The finding with its secret hidden in `secret`, `match` and `message`; same object when off. */
export function redactFinding(f: Finding, redact: boolean | number): Finding {
  const percent = redactPercent(redact);
  // A rule that flags a file by path alone has no secret to hide.
  if (percent === 0 || f.secret === '') return f;
  const masked = percent >= 100 ? REDACTED : maskSecret(f.secret, percent);
  const leftover = percent >= 100 ? REDACTED : '...';
  return {
    ...f,
    secret: masked,
    match: scrub(f.match, f.secret, masked, leftover),
    message: scrub(f.message, f.secret, masked, leftover),
  };
}

/**
 * Keeps the first (100-percent)% of the secret's code points (never half a surrogate pair)
 * and appends `...`. The kept part stops at the first line break, so a multi-line secret
 * (a key block) never shows more than part of its first line.
 */
export function maskSecret(secret: string, percent: number): string {
  const chars = Array.from(secret);
  if (chars.length === 0) return secret;
  const keep = roundHalfEven((chars.length * (100 - Math.min(100, percent))) / 100);
  const prefix = chars.slice(0, keep).join('');
  const lineBreak = prefix.search(/[\r\n]/);
  return `${lineBreak === -1 ? prefix : prefix.slice(0, lineBreak)}...`;
}

/**
 * Replaces the whole secret, then each remaining line of a multi-line secret: the text around
 * a secret that spans lines may differ from it in line endings or indentation.
 */
function scrub(text: string, secret: string, masked: string, leftover: string): string {
  const around = text.split(secret);
  if (!/[\r\n]/.test(secret)) return around.join(masked);
  const pieces = secret
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter((piece) => piece !== '');
  // Scrub only the text around whole occurrences, so the kept prefix in `masked` stays intact.
  return around.map((part) => pieces.reduce((acc, piece) => acc.split(piece).join(leftover), part)).join(masked);
}

function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}
