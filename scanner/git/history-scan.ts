import type { Finding, SkippedInput } from '../finding.js';
import { createProgress } from '../progress.js';
import { isPartialClone, sizeBlobs } from './blob-sizes.js';
import { readObjects, type BatchObject } from './cat-file.js';
import { attachCommitInfo, commitStub } from './commit-info.js';
import { planBlob } from './blob-tasks.js';
import { submit, type Engine } from './engine.js';
import { repoRoot } from './git-process.js';
import { walkHistory } from './history-walk.js';
import { KeyCache } from './known-lines.js';
import { Provenance, SkipLog } from './provenance.js';
import { selectRevisions, type RevisionOptions } from './revisions.js';
import { DEFAULT_MAX_BYTES } from '../size-limit.js';
import { addTime, timed, timedAsync } from '../profile.js';

export interface HistoryOptions extends RevisionOptions {
  /** Any directory inside the repository (or a bare repository). */
  repo: string;
  /** A Detector (this thread) or a started DetectPool (worker threads; not closed here). */
  engine: Engine;
  /** Blobs larger than this are skipped and reported `too-large`. Default 25 MiB. */
  maxBytes?: number;
  /** Progress line on stderr; default: when stderr is a TTY. */
  progress?: boolean;
}

export interface HistoryStats {
  commits: number;
  /** Unique blobs read and scanned. */
  blobs: number;
  bytes: number;
  ms: number;
}

export interface HistoryResult {
  findings: Finding[];
  skipped: SkippedInput[];
  stats: HistoryStats;
}

/** Hash-table slots of line keys kept to compare the next version of a file against: 32 MB. */
const CACHE_KEYS = 4 * 1024 * 1024;

/**
 * Scans every blob the selected history contains, once each, and attributes each finding to
 * the commit that introduced the secret at that path (see walkHistory and Provenance).
 *
 * Two phases: the walk collects which (path, blob) pairs are new in which commit; then one
 * `git cat-file --batch` streams each unique blob once, in order of first appearance, into
 * detection with back-pressure. A blob found at several paths is scanned once per path
 * (findings are per path) but read once. A new version of a file is scanned only where it
 * differs from the version it replaced, when that one is still in a small cache (see
 * newLineFragments): unchanged lines cannot introduce anything.
 */
export async function scanHistory(o: HistoryOptions): Promise<HistoryResult> {
  const started = performance.now();
  const repo = await repoRoot(o.repo);
  const walk = await timedAsync('history: walk (rev-list | diff-tree)', async () =>
    walkHistory(repo, await selectRevisions(repo, o)),
  );
  const intro = walk.intro;
  const skips = new SkipLog();
  for (const [path, commit] of walk.submodules) skips.add(path, 'submodule', `gitlink first seen in ${commit}`);

  // Sizing costs a pass over the objects (a third of git's read time); it is needed in a
  // partial clone (a read of an absent blob is fatal there) and for a progress line's total.
  const partial = await isPartialClone(repo);
  const showProgress = o.progress ?? !!process.stderr.isTTY;
  const sized = partial || showProgress;
  if (sized) await timedAsync('history: size blobs (cat-file --batch-check)', () => sizeBlobs(repo, intro, partial));
  const maxBytes = o.maxBytes ?? DEFAULT_MAX_BYTES;
  const toRead: string[] = [];
  let totalBytes = 0;
  for (let b = 0; b < intro.blobCount; b++) {
    const size = sized ? intro.sizeOf(b) : 0;
    const skip = size < 0 ? 'missing-object' : size > maxBytes ? 'too-large' : null;
    if (skip === null) {
      toRead.push(intro.oids[b]!);
      totalBytes += size;
      continue;
    }
    for (const a of intro.appearances(b)) {
      const detail =
        skip === 'too-large'
          ? `${size} bytes (limit ${maxBytes})`
          : `blob ${intro.oids[b]} (shallow or partial clone, or a damaged repository)`;
      skips.add(a.path, skip, `${detail} in ${intro.commits[a.commit]}`);
    }
  }

  const provenance = new Provenance();
  const stats: HistoryStats = { commits: walk.commits, blobs: 0, bytes: 0, ms: 0 };
  const progress = createProgress('blobs', toRead.length, totalBytes, showProgress);
  const running = new Set<Promise<void>>();
  const recent = new KeyCache(CACHE_KEYS);
  const onObject = async (obj: BatchObject): Promise<void> => {
    const b = intro.indexOf(obj.oid)!;
    const seen = intro.appearances(b);
    if (obj.kind !== 'object') {
      // Gone between sizing and reading (a concurrent gc), or grown: report, carry on.
      for (const a of seen)
        skips.add(a.path, obj.kind === 'missing' ? 'missing-object' : 'too-large', `blob ${obj.oid}`);
      return;
    }
    stats.blobs++;
    stats.bytes += obj.size;
    progress.tick(1, obj.size);
    const planned = timed('history: plan (line keys, new-line fragments)', () =>
      planBlob(b, obj.bytes, seen, intro.commits, recent, intro.isReplaced(b)),
    );
    if (planned === null) {
      for (const a of seen) {
        skips.add(a.path, 'binary', `blob ${obj.oid} in ${intro.commits[a.commit]}`);
        // A binary key store is found by its name (see Detector.detectFileName).
        const task = { path: a.path, commit: commitStub(intro.commits[a.commit]!), nameOnly: true as const };
        await submit(o.engine, task, (r) => provenance.add(a.commit, r.findings), running);
      }
      return;
    }
    const detectFrom = performance.now();
    for (const { order, task } of planned) {
      await submit(
        o.engine,
        task,
        (r) => {
          if (r.skipped) skips.add(r.skipped.file, r.skipped.reason, r.skipped.detail);
          provenance.add(order, r.findings);
        },
        running,
      );
    }
    addTime('history: detect in this thread, or wait for the pool', performance.now() - detectFrom);
  };
  try {
    let waitFrom = performance.now();
    for await (const obj of readObjects(repo, toRead, { maxBytes })) {
      addTime('history: wait for blobs (cat-file --batch)', performance.now() - waitFrom);
      await onObject(obj);
      waitFrom = performance.now();
    }
    await timedAsync('history: drain the pool', () => Promise.all(running));
  } finally {
    progress.stop();
  }
  const findings = provenance.findings();
  await timedAsync('history: commit info', () => attachCommitInfo(repo, findings));
  stats.ms = Math.round(performance.now() - started);
  return { findings, skipped: skips.list(), stats };
}
