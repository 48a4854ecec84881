// Last line of defence between a secret and a log line, an error stored by BullMQ or a Slack
// message: replaces every secret this process has handled for the current job, and anything
// the detection rules recognise, with a redacted form.
import { defaultRules } from '../../rules/index.js';
import { Detector } from '../../scanner/detect/detector.js';

let detector: Detector | undefined;

/**
 * Enough to recognise a credential, never enough to use or guess it: at most the first and
 * last 4 characters of a secret of 24 or more, fewer the shorter it is, nothing under 8.
 */
export function redact(secret: string): string {
  const n = secret.length;
  const [head, tail] = n >= 24 ? [4, 4] : n >= 20 ? [4, 2] : n >= 12 ? [2, 2] : n >= 8 ? [1, 1] : [0, 0];
  return head === 0 ? '…' : `${secret.slice(0, head)}…${secret.slice(-tail)}`;
}

export class Scrubber {
  private readonly known = new Set<string>();

  /** Remember a secret so that it is redacted wherever it shows up later. */
  add(secret: string): void {
    if (secret.length >= 6) this.known.add(secret);
  }

  text(s: string): string {
    let out = s;
    for (const secret of this.known) out = out.split(secret).join(redact(secret));
    return scrubDetected(out);
  }

  /** A copy of `err` safe to store and log: same class and name, scrubbed message and stack. */
  error<E extends Error>(err: E): E {
    const safe = Object.create(Object.getPrototypeOf(err) as object) as E;
    Object.defineProperty(safe, 'message', { value: this.text(err.message), writable: true, configurable: true });
    Object.defineProperty(safe, 'name', { value: err.name, writable: true, configurable: true });
    Object.defineProperty(safe, 'stack', { value: this.text(err.stack ?? ''), writable: true, configurable: true });
    return safe;
  }
}

/** Redacts whatever the built-in rules find in free text. */
export function scrubDetected(s: string): string {
  if (s.length === 0) return s;
  detector ??= new Detector({ rules: defaultRules });
  let out = s;
  for (const f of detector.detect({ text: s, path: 'message' })) {
    if (f.secret) out = out.split(f.secret).join(redact(f.secret));
  }
  return out;
}
