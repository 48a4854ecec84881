// Decides, from the event alone, what a run should scan. Pure: what git actually has (a
// shallow checkout, a `before` that a force push made unreachable) is dealt with in
// resolve.ts, which turns a target into a concrete range.
import { UsageError } from '../scanner/errors.js';
import type { GitHubEvent } from './event.js';

export const SCAN_MODES = ['auto', 'diff', 'history'] as const;
export type ScanMode = (typeof SCAN_MODES)[number];

export type Target =
  /** Nothing was added: a deleted ref, or a push that moved no commits. */
  | { kind: 'nothing'; why: string }
  /** Every commit of every branch and tag. */
  | { kind: 'history'; why: string }
  /** What `head` adds over `base`; if `base` cannot be had, what `head` adds over `fallbackBranch`. */
  | { kind: 'range'; base: string; head: string; label: string; fallbackBranch: string; ref: string }
  /** A ref that did not exist before: what `head` adds over the default branch. */
  | { kind: 'new-ref'; head: string; ref: string; defaultBranch: string; label: string };

export const ZERO = /^0+$/;

export function planScan(event: GitHubEvent, mode: ScanMode): Target {
  if (mode === 'history') return { kind: 'history', why: `scan-mode history` };
  switch (event.kind) {
    case 'push':
      return planPush(event);
    case 'pull_request':
      return {
        kind: 'range',
        base: event.base.sha,
        head: event.head.sha,
        label: `${event.event} #${event.number} (${event.head.ref} into ${event.base.ref})`,
        fallbackBranch: event.base.ref,
        ref: `refs/heads/${event.head.ref}`,
      };
    case 'merge_group':
      return {
        kind: 'range',
        base: event.base,
        head: event.head,
        label: `merge group ${event.ref}`,
        fallbackBranch: '',
        ref: event.ref,
      };
    case 'full':
      if (mode === 'diff') {
        throw new UsageError(
          `scan-mode diff needs a push, pull_request or merge_group event to take the commit range from, and this run was triggered by ${event.event}; use scan-mode auto or history`,
        );
      }
      return { kind: 'history', why: `${event.event} event` };
  }
}

function planPush(e: Extract<GitHubEvent, { kind: 'push' }>): Target {
  const name = shortRef(e.ref);
  if (ZERO.test(e.after)) return { kind: 'nothing', why: `push deleted ${name}` };
  if (e.before === e.after) return { kind: 'nothing', why: `push to ${name} moved no commits (${short(e.before)})` };
  if (ZERO.test(e.before))
    return {
      kind: 'new-ref',
      head: e.after,
      ref: e.ref,
      defaultBranch: e.defaultBranch,
      label: `new ${refKind(e.ref)} ${name}`,
    };
  return {
    kind: 'range',
    base: e.before,
    head: e.after,
    label: `${e.forced ? 'force push' : 'push'} to ${name}`,
    fallbackBranch: e.defaultBranch,
    ref: e.ref,
  };
}

export function shortRef(ref: string): string {
  return ref.replace(/^refs\/(heads|tags)\//, '');
}

function refKind(ref: string): string {
  return ref.startsWith('refs/tags/') ? 'tag' : 'branch';
}

export function short(sha: string): string {
  return sha.slice(0, 7);
}
