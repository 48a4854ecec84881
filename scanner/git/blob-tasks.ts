import type { ScanTask } from '../pool/messages.js';
import { isBinary } from '../detect/content.js';
import { commitStub } from './commit-info.js';
import type { Appearance } from './introductions.js';
import { lineKeys, newLineFragments, type KeyCache } from './known-lines.js';

export interface PlannedTask {
  /** Topological number of the introducing commit. */
  order: number;
  task: ScanTask;
}

/**
 * The detection tasks for one blob read from history: for each path it was introduced at,
 * either the whole blob (as bytes, transferable to a worker without a copy) or only the runs
 * of lines that are new against the version it replaced there (see newLineFragments). Null
 * for binary content, which is not scanned. Remembers this version's line keys for the next
 * when there is a next (`replaced`); a blob with neither a base nor a successor is not hashed.
 */
export function planBlob(
  blob: number,
  bytes: Buffer,
  seen: Appearance[],
  commits: readonly string[],
  recent: KeyCache,
  replaced = true,
): PlannedTask[] | null {
  const utf16 =
    bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (!utf16 && isBinary(bytes)) return null;
  // UTF-16 text has no LF bytes to split on: always scanned whole.
  const hasBase = seen.some((a) => a.base >= 0 && recent.get(a.base) !== undefined);
  // The keys are views valid until the next lineKeys call: used here, then copied into the cache.
  const lines = utf16 || !(hasBase || replaced) ? null : lineKeys(bytes, true);
  const out: PlannedTask[] = [];
  let wholeLeft = 0;
  const parts = seen.map((a) => {
    const base = lines && a.base >= 0 ? recent.get(a.base) : undefined;
    const fragments = base && lines ? newLineFragments(bytes, lines, base) : null;
    if (fragments === null) wholeLeft++;
    return fragments;
  });
  seen.forEach((a, i) => {
    const commit = commitStub(commits[a.commit]!);
    const fragments = parts[i];
    if (fragments) {
      for (const text of fragments) out.push({ order: a.commit, task: { path: a.path, commit, text } });
      return;
    }
    // A transferred buffer is gone from this thread: every whole-blob task but the last gets a copy.
    const own = --wholeLeft === 0 ? bytes : Buffer.from(bytes);
    out.push({ order: a.commit, task: { path: a.path, commit, bytes: own } });
  });
  if (lines && replaced) recent.set(blob, lines.keys);
  return out;
}
