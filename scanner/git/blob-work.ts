import type { SkippedInput } from '../finding.js';
import type { BatchObject } from './cat-file.js';
import { commitStub } from './commit-info.js';
import { planBlob, type PlannedTask } from './blob-tasks.js';
import type { Appearance } from './introductions.js';
import type { KeyCache } from './known-lines.js';

/** One blob to read from history: its number, id, where it was introduced, and whether a later version replaced it. */
export interface HistoryBlob {
  b: number;
  oid: string;
  seen: Appearance[];
  replaced: boolean;
}

export interface BlobWork {
  tasks: PlannedTask[];
  skips: SkippedInput[];
}

/**
 * What one object read from `cat-file --batch` asks for: detection tasks (see planBlob), a
 * name-only task per path for binary content (a key store is found by its name), and the
 * skips to report. Shared by the in-process scan and the history workers so both behave alike.
 */
export function blobWork(obj: BatchObject, blob: HistoryBlob, commits: readonly string[], recent: KeyCache): BlobWork {
  const { seen } = blob;
  if (obj.kind !== 'object') {
    // Gone between sizing and reading (a concurrent gc), or grown: report, carry on.
    const reason = obj.kind === 'missing' ? 'missing-object' : 'too-large';
    return { tasks: [], skips: seen.map((a) => ({ file: a.path, reason, detail: `blob ${obj.oid}` })) };
  }
  const planned = planBlob(blob.b, obj.bytes, seen, commits, recent, blob.replaced);
  if (planned !== null) return { tasks: planned, skips: [] };
  return {
    tasks: seen.map((a) => ({
      order: a.commit,
      task: { path: a.path, commit: commitStub(commits[a.commit]!), nameOnly: true as const },
    })),
    skips: seen.map((a) => ({ file: a.path, reason: 'binary', detail: `blob ${obj.oid} in ${commits[a.commit]}` })),
  };
}
