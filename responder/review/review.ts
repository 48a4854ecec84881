// The post-incident review a responder writes when closing: root cause, what failed, and the
// follow-ups. It arrives from a Slack modal or the incident page, both typed by people and
// relayed by clients we do not control, so every field is bounded, stripped of control
// characters and scrubbed of anything that looks like a credential before it is stored.
import { scrubDetected } from '../crypto/scrub.js';
import { HOOK_COMMAND } from '../people/messages.js';

/** Ledger fields: the review the incident was closed with, and one submitted and waiting for its job. */
export const REVIEW_FIELD = 'review';
export const PENDING_REVIEW_FIELD = 'review:pending';

export const ROOT_CAUSES = {
  'local-config': 'committed a local config file',
  'test-fixture': 'test fixture with a live key',
  'ci-log': 'CI log',
  copied: 'copied into docs/issue/chat',
  other: 'other',
} as const;
export type RootCause = keyof typeof ROOT_CAUSES;

export const LIMITS = { rootCauseText: 500, whatFailed: 3000, followUp: 300, followUps: 20 } as const;

export interface Review {
  by: string;
  at: string;
  rootCause: RootCause;
  rootCauseText?: string;
  whatFailed: string;
  followUps: string[];
  addHook: boolean;
}

/** What a form or modal gave, before any checking. */
export interface ReviewInput {
  rootCause?: unknown;
  rootCauseText?: unknown;
  whatFailed?: unknown;
  followUps?: unknown;
  addHook?: unknown;
}

export type ReviewField = 'rootCause' | 'rootCauseText' | 'whatFailed' | 'followUps';
export type Parsed = { ok: true; review: Review } | { ok: false; field: ReviewField; error: string };

export function parseReview(input: ReviewInput, by: string, at = new Date()): Parsed {
  const fail = (field: ReviewField, error: string): Parsed => ({ ok: false, field, error });
  const rootCause = typeof input.rootCause === 'string' ? input.rootCause : '';
  if (!Object.hasOwn(ROOT_CAUSES, rootCause)) {
    return fail('rootCause', `Choose a root cause: ${Object.values(ROOT_CAUSES).join(', ')}.`);
  }
  const rootCauseText = clean(input.rootCauseText, false);
  if (rootCauseText.length > LIMITS.rootCauseText)
    return fail('rootCauseText', `Keep the root cause to ${LIMITS.rootCauseText} characters.`);
  if (rootCause === 'other' && rootCauseText === '')
    return fail('rootCauseText', 'With "other", say in a few words what the root cause was.');
  const whatFailed = clean(input.whatFailed, true);
  if (whatFailed === '') return fail('whatFailed', 'Say what failed: which safeguard did not stop this leak.');
  if (whatFailed.length > LIMITS.whatFailed)
    return fail('whatFailed', `Keep "what failed" to ${LIMITS.whatFailed} characters.`);
  const followUps = clean(input.followUps, true)
    .split('\n')
    .map((l) => l.trim().replace(/^[-*•]\s*/, ''))
    .filter(Boolean);
  if (followUps.length > LIMITS.followUps)
    return fail('followUps', `At most ${LIMITS.followUps} follow-ups, one per line.`);
  if (followUps.some((l) => l.length > LIMITS.followUp))
    return fail('followUps', `Keep each follow-up to ${LIMITS.followUp} characters.`);
  const addHook = input.addHook === true || input.addHook === 'on' || input.addHook === 'add-hook';
  return {
    ok: true,
    review: {
      by,
      at: at.toISOString(),
      rootCause: rootCause as RootCause,
      ...(rootCauseText ? { rootCauseText } : {}),
      whatFailed,
      followUps,
      addHook,
    },
  };
}

/** The follow-ups as tasks, with the pre-commit hook's exact command when it was asked for. */
export function followUpTasks(r: Review, repo: string): string[] {
  const hook = `Add the pre-commit hook to ${repo}: in a clone, run \`${HOOK_COMMAND}\` (or add leakhound to .pre-commit-config.yaml as the README shows, then \`pre-commit install\`)`;
  return r.addHook ? [...r.followUps, hook] : r.followUps;
}

export function rootCauseText(r: Review): string {
  const label = ROOT_CAUSES[r.rootCause];
  return r.rootCauseText ? `${label}: ${r.rootCauseText}` : label;
}

/** Reads a stored review back; anything malformed reads as none. */
export function readReview(raw: string | undefined): Review | undefined {
  if (!raw) return undefined;
  try {
    const r = JSON.parse(raw) as Review;
    const ok =
      typeof r.by === 'string' &&
      typeof r.at === 'string' &&
      Object.hasOwn(ROOT_CAUSES, r.rootCause) &&
      typeof r.whatFailed === 'string' &&
      Array.isArray(r.followUps) &&
      r.followUps.every((f) => typeof f === 'string');
    return ok ? r : undefined;
  } catch {
    return undefined;
  }
}

function clean(v: unknown, multiline: boolean): string {
  if (typeof v !== 'string') return '';
  // Bounded before anything else looks at it; the limits above are checked on the cleaned text.
  const bounded = v.slice(0, 20_000).replace(/\r\n?/g, '\n');
  const lines = bounded.split('\n').map(withoutControl);
  return scrubDetected((multiline ? lines.join('\n') : lines.join(' ')).trim());
}

/** Control characters (and Unicode line separators) as spaces: they have no place in a name or a sentence. */
export function withoutControl(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  return s.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ');
}
