import { toText } from '../detect/content.js';
import type { Detector } from '../detect/detector.js';
import type { CommitInfo, Finding, SkippedInput } from '../finding.js';
import { runTask } from '../pool/run-task.js';
import { readObjects } from './cat-file.js';
import { attachCommitInfo, commitStub } from './commit-info.js';
import type { ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import {
  GitError,
  STABLE_CONFIG,
  plainTopLevel,
  repoRoot,
  spawnError,
  spawnGit,
  spawnGitReader,
} from './git-process.js';
import { DEFAULT_MAX_BYTES } from '../size-limit.js';
import { CONTEXT_LINES } from './known-lines.js';
import {
  atItsLines,
  PatchReader,
  touchesAdded,
  type FileChange,
  type HunkText,
  type PatchReaderOptions,
} from './patch.js';
import { timedAsync } from '../profile.js';

export interface DiffOptions {
  /** Any directory inside the repository. */
  repo: string;
  /** Runs in this thread: a diff is small, starting workers would cost more than it saves. */
  detector: Detector;
  /** Blobs larger than this are skipped and reported `too-large`. Default 25 MiB. */
  maxBytes?: number;
}

export interface DiffResult {
  findings: Finding[];
  skipped: SkippedInput[];
  /** Commits scanned (0 for --staged). */
  commits: number;
}

/** Flags that make patch output independent of the user's diff config (not -U: callers give it). */
const PATCH_FLAGS = [
  '-M',
  '--full-index',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--no-relative',
  '--ignore-submodules=none',
  '--src-prefix=a/',
  '--dst-prefix=b/',
];

/**
 * What a pre-commit hook must check: the index against HEAD (against nothing before the first
 * commit). Reads the staged version, not the working tree, so a file that is partly staged is
 * scanned as it will be committed. Reports only findings on added lines, with line numbers of
 * the staged version. Renames are detected: a moved file reports only lines it gained.
 */
export async function scanStaged(o: DiffOptions, staged = stagedChanges(o.repo)): Promise<DiffResult> {
  const changes = await staged;
  return {
    ...(await timedAsync('diff: scan the staged changes', () => scanChanges(o.repo, changes, o))),
    commits: 0,
  };
}

/**
 * The texts scanChanges will run the rules on for these changes when the patch holds them all,
 * else null (a file whose text must be read from its blob). Each hunk's text alone: the scan
 * puts it after line feeds to place it at its line (atItsLines), which adds no keyword.
 */
export function stagedTexts(changes: readonly FileChange[]): string[] | null {
  const texts: string[] = [];
  for (const c of changes) {
    if (!readsText(c)) continue;
    const hunks = textInPatch(c);
    if (!hunks) return null;
    for (const h of hunks) texts.push(h.text);
  }
  return texts;
}

/**
 * What a staged check's rules are chosen by (prepare's `wokenBy`): the staged texts once git
 * gives them; null, so that every rule loads, when a blob must be read or git fails (the
 * scan then reports git's error as before).
 */
export function wokenBy(staged: Promise<FileChange[]>): Promise<string[] | null> {
  return staged.then(stagedTexts, () => null);
}

/** Whether the scan reads the change's new text: not a deletion, a submodule, a binary file or one without added lines. */
function readsText(c: FileChange): c is FileChange & { oid: string } {
  return c.oid !== null && c.mode !== '160000' && !c.binary && c.added.length > 0;
}

/**
 * The change's hunks as the patch gave them, unless they hold a NUL (git diffed text it should
 * not have, a UTF-16 file with the `diff` attribute): the blob is then read and decoded by its
 * byte-order mark instead (toText).
 */
function textInPatch(c: FileChange): HunkText[] | null {
  return c.text && !c.text.some((h) => h.text.includes('\0')) ? c.text : null;
}

/**
 * At most this much staged text is held from the patch while the rules load; files past it are
 * read from their blobs, one at a time, so staging a huge tree never holds it all.
 */
const PATCH_TEXT_BUDGET = 4 * 1024 * 1024;

/** Each hunk at its line numbers, made one at a time as the scan takes it. */
function* padded(hunks: readonly HunkText[]): Generator<string> {
  for (const h of hunks) yield atItsLines(h);
}

/**
 * The staged changes (`git diff --cached`), from any directory of the work tree: paths in the
 * patch are relative to the top level (--no-relative), so this needs no `rev-parse` first, and
 * a hook can start it before its rules are compiled. The patch carries CONTEXT_LINES of context,
 * which is all the text the scan needs: one git process in all, no blob reads. A file with more
 * changed text than `keepBytes` (the size limit when the caller knows it) is read from its blob
 * instead, once the config's limit is known.
 */
export async function stagedChanges(repo: string, keepBytes = DEFAULT_MAX_BYTES): Promise<FileChange[]> {
  const changes: FileChange[] = [];
  try {
    await timedAsync('diff: git diff --cached', () =>
      streamPatch(
        repo,
        [...STABLE_CONFIG, 'diff', '--cached', `-U${CONTEXT_LINES}`, ...PATCH_FLAGS],
        null,
        (f) => changes.push(f),
        { keepText: { maxBytes: keepBytes, totalBytes: PATCH_TEXT_BUDGET } },
      ),
    );
  } catch (err) {
    // Not a repository (or one git refuses): say so as repoRoot does.
    if (err instanceof GitError) await repoRoot(repo);
    throw err;
  }
  return changes;
}

/**
 * The top level for the staged check: the directory itself when it plainly is one (where hooks
 * run), sparing a `rev-parse`; else git's answer. The check's own `git diff --cached` runs in
 * the same directory and turns anything git refuses there into repoRoot's error (see above).
 */
export async function stagedRoot(repo: string): Promise<string> {
  return plainTopLevel(repo) ?? repoRoot(repo);
}

/** Runs git and feeds its stdout to a PatchReader. */
export async function streamPatch(
  repo: string,
  args: string[],
  input: string | null,
  onFile: (f: FileChange) => void,
  options: PatchReaderOptions = {},
): Promise<void> {
  // Without input (the staged check), git gets no stdin pipe: one stream fewer to set up.
  let child: ChildProcessByStdio<Writable | null, Readable, Readable>;
  if (input === null) child = spawnGitReader(repo, args);
  else {
    const writer = spawnGit(repo, args);
    writer.stdin.on('error', () => {});
    writer.stdin.end(input);
    child = writer;
  }
  const err: Buffer[] = [];
  child.stderr.on('data', (b: Buffer) => err.push(b));
  const closed = new Promise<number | null>((resolve, reject) => {
    child.on('error', (e) => reject(spawnError(e)));
    child.on('close', resolve);
  });
  closed.catch(() => {});
  const reader = new PatchReader(onFile, options);
  // Listeners, not `for await`: the stream's async iterator costs a hook ~1.5 ms of its start.
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      try {
        reader.push(chunk);
      } catch (err) {
        child.stdout.destroy();
        reject(err);
      }
    });
    child.stdout.on('error', reject);
    // After the last 'data'; also when git could not start (then `closed` says why).
    child.stdout.on('close', resolve);
  });
  reader.end();
  const code = await closed;
  if (code !== 0) throw new GitError(args, code, Buffer.concat(err).toString('utf8'));
}

/**
 * Runs the rules on each changed file's new version once, whatever the paths it is under, and
 * keeps the findings that touch an added line. The text comes from the patch when the reader
 * kept it (FileChange.text), else from the blob (added lines with context, see addedPieces).
 * Findings carry the commit of the change (filled in with author, date and subject at the end).
 */
export async function scanChanges(
  repo: string,
  changes: FileChange[],
  o: DiffOptions,
): Promise<Omit<DiffResult, 'commits'>> {
  const skipped: SkippedInput[] = [];
  const findings: Finding[] = [];
  const maxBytes = o.maxBytes ?? DEFAULT_MAX_BYTES;
  const at = (c: FileChange): { commit?: CommitInfo } => (c.commit ? { commit: commitStub(c.commit) } : {});
  const inCommit = (c: FileChange): { detail?: string } => (c.commit ? { detail: `in ${c.commit}` } : {});
  const binary = (c: FileChange): void => {
    skipped.push({ file: c.path, reason: 'binary', ...inCommit(c) });
    findings.push(...o.detector.detectFileName({ path: c.path, ...at(c) }));
  };
  /** Runs the rules on `pieces` of one version, placed at each path that has it. */
  const scan = (pieces: Iterable<string>, users: FileChange[]): void => {
    if (users.length === 1) {
      const c = users[0]!;
      for (const piece of pieces) {
        const r = runTask(o.detector, { path: c.path, text: piece, ...at(c) });
        for (const f of r.findings) if (touchesAdded(c.added, f.startLine, f.endLine)) findings.push(f);
      }
      return;
    }
    // One version under many paths (copies, a push that adds the same file everywhere): the
    // rules read its content once, then each path gets what its path rules and allowlists let through.
    const hits = Array.from(pieces, (p) => o.detector.detectContent(p));
    for (const c of users)
      for (const h of hits)
        for (const f of o.detector.placeHits(h, { path: c.path, ...at(c) }))
          if (touchesAdded(c.added, f.startLine, f.endLine)) findings.push(f);
  };
  const fromPatch = new Map<string, { hunks: HunkText[]; users: FileChange[] }>();
  const byOid = new Map<string, FileChange[]>();
  for (const c of changes) {
    if (c.oid === null) continue;
    if (c.mode === '160000') skipped.push({ file: c.path, reason: 'submodule', ...inCommit(c) });
    else if (c.binary) binary(c);
    if (!readsText(c)) continue;
    const hunks = textInPatch(c);
    if (c.text && (c.textBytes ?? 0) > maxBytes)
      skipped.push({ file: c.path, reason: 'too-large', detail: `${c.textBytes} bytes changed (limit ${maxBytes})` });
    else if (hunks) {
      // The same version with the same hunks (a file copied) is scanned once. A hunk is a run of
      // the version's lines, so its first line and length name it: no need to compare the text.
      const key = `${c.oid}:${hunks.map((h) => `${h.line}+${h.text.length}`).join(',')}`;
      const same = fromPatch.get(key);
      if (same) same.users.push(c);
      else fromPatch.set(key, { hunks, users: [c] });
    } else byOid.set(c.oid, [...(byOid.get(c.oid) ?? []), c]);
  }
  for (const { hunks, users } of fromPatch.values()) scan(padded(hunks), users);
  if (byOid.size > 0)
    for await (const obj of readObjects(repo, [...byOid.keys()], { maxBytes })) {
      const users = byOid.get(obj.oid) ?? [];
      if (obj.kind !== 'object') {
        const reason = obj.kind === 'missing' ? 'missing-object' : 'too-large';
        for (const c of users)
          skipped.push({
            file: c.path,
            reason,
            detail: obj.kind === 'missing' ? `blob ${obj.oid}` : `${obj.size} bytes (limit ${maxBytes})`,
          });
        continue;
      }
      const text = toText(obj.bytes);
      if (text === null)
        for (const c of users) {
          skipped.push({ file: c.path, reason: 'binary' });
          findings.push(...o.detector.detectFileName({ path: c.path, ...at(c) }));
        }
      else scan(addedPieces(text, unionOfRanges(users.map((c) => c.added))), users);
    }
  if (findings.length > 0) await attachCommitInfo(repo, findings);
  return { findings, skipped };
}

/** Line ranges (flat [start, end, …], as FileChange.added) covering every list given. */
export function unionOfRanges(lists: readonly (readonly number[])[]): number[] {
  const pairs: [number, number][] = [];
  for (const l of lists) for (let i = 0; i < l.length; i += 2) pairs.push([l[i]!, l[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [from, to] of pairs) {
    const last = out.length - 1;
    if (last > 0 && from <= out[last]! + 1) out[last] = Math.max(out[last]!, to);
    else out.push(from, to);
  }
  return out;
}

/**
 * The parts of a new file version worth scanning: the added lines with CONTEXT_LINES of
 * context, each run preceded by as many empty lines as come before it, so line numbers are
 * the file's and no match spans lines left out. A one-line change to a large file scans a
 * few lines, not the file (the whole text when most of it is added).
 */
export function addedPieces(text: string, added: readonly number[]): string[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const n = starts.length;
  const runs: [number, number][] = [];
  for (let i = 0; i < added.length; i += 2) {
    const from = Math.max(1, added[i]! - CONTEXT_LINES);
    const to = Math.min(n, added[i + 1]! + CONTEXT_LINES);
    const last = runs[runs.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else runs.push([from, to]);
  }
  const kept = runs.reduce((sum, [a, b]) => sum + b - a + 1, 0);
  if (kept * 2 >= n) return [text];
  return runs.map(([from, to]) => {
    const end = to < n ? starts[to]! - 1 : text.length;
    return atItsLines({ line: from, text: text.slice(starts[from - 1], end) });
  });
}
