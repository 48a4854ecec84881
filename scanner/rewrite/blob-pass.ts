// First pass of the rewrite: read every object once (`git cat-file --batch-all-objects`) and
// replace the secrets in the blobs that hold them. Each distinct blob is transformed once,
// and only a changed blob is written again: the export that follows runs with --no-data and
// refers to every other blob by its id, so unchanged content is never re-compressed.
import { createHash } from 'node:crypto';
import { BatchParser } from '../git/cat-file.js';
import { GitError, spawnError, spawnGit } from '../git/git-process.js';
import type { SecretMatcher } from './matcher.js';
import type { RewriteProgress } from './progress-line.js';

export interface BlobPassOptions {
  repo: string;
  matcher: SecretMatcher;
  objectFormat: 'sha1' | 'sha256';
  /** Binary blobs are left alone unless a finding was made in them. */
  findingBlobs: ReadonlySet<string>;
  /** Receives each rewritten blob as fast-import input; null on a dry run. */
  write: ((chunk: Buffer) => Promise<void>) | null;
  progress: RewriteProgress;
}

export interface BlobPassResult {
  /** Old blob id → new blob id, for the blobs that held a secret. */
  blobs: Map<string, string>;
  /** Replacements per rule in each rewritten blob (reachable or not: the export tells). */
  hits: Map<string, Map<string, number>>;
  /** Commits and tags that carry a signature, which the rewrite cannot keep. */
  signedCommits: Set<string>;
  signedTags: Set<string>;
  /** Binary blobs that hold a secret but no finding, left as they are. */
  binaryLeft: number;
}

const LFS_POINTER = Buffer.from('version https://git-lfs.github.com/spec/v1\n');
const SIGNATURE = /^-----BEGIN (?:PGP|SSH|SIGNED MESSAGE)/m;

export async function blobPass(o: BlobPassOptions): Promise<BlobPassResult> {
  const result: BlobPassResult = {
    blobs: new Map(),
    hits: new Map(),
    signedCommits: new Set(),
    signedTags: new Set(),
    binaryLeft: 0,
  };
  const child = spawnGit(o.repo, ['cat-file', '--batch-all-objects', '--unordered', '--batch']);
  const stderr: Buffer[] = [];
  child.stderr.on('data', (b: Buffer) => stderr.push(b));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', (e) => reject(spawnError(e)));
    child.on('close', resolve);
  });
  exited.catch(() => {});
  child.stdin.end();
  const parser = new BatchParser(Infinity);
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      for (let obj = parser.push(chunk); obj !== null; obj = parser.push(null)) {
        if (obj.kind !== 'object') continue;
        if (obj.type === 'blob') {
          o.progress.blob(obj.size);
          await rewriteBlob(o, result, obj.oid, obj.bytes);
        } else if (obj.type === 'commit' && isSignedCommit(obj.bytes)) result.signedCommits.add(obj.oid);
        else if (obj.type === 'tag' && SIGNATURE.test(obj.bytes.toString('latin1'))) result.signedTags.add(obj.oid);
      }
    }
  } finally {
    child.kill();
  }
  const code = await exited;
  if (code !== 0) throw new GitError(['cat-file', '--batch-all-objects'], code, Buffer.concat(stderr).toString('utf8'));
  return result;
}

async function rewriteBlob(o: BlobPassOptions, r: BlobPassResult, oid: string, bytes: Buffer): Promise<void> {
  if (bytes.length < 1024 && bytes.subarray(0, LFS_POINTER.length).equals(LFS_POINTER)) return;
  const replaced = o.matcher.replace(bytes);
  if (replaced === null) return;
  if (isBinary(bytes) && !o.findingBlobs.has(oid)) {
    r.binaryLeft++;
    return;
  }
  const header = Buffer.from(`blob ${replaced.bytes.length}\0`);
  const newOid = createHash(o.objectFormat).update(header).update(replaced.bytes).digest('hex');
  r.blobs.set(oid, newOid);
  r.hits.set(oid, replaced.hits);
  o.progress.rewritten();
  // fast-import finds the blob by its id when a commit's `M` line names it.
  if (o.write) await o.write(Buffer.concat([Buffer.from(`blob\ndata ${replaced.bytes.length}\n`), replaced.bytes, NL]));
}

const NL = Buffer.from('\n');

/** Git's own test: a NUL byte in the first 8000 bytes. */
function isBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8000).includes(0);
}

/** A `gpgsig` (or `gpgsig-sha256`) header before the blank line that starts the message. */
function isSignedCommit(bytes: Buffer): boolean {
  const end = bytes.indexOf('\n\n');
  const head = bytes.subarray(0, end === -1 ? bytes.length : end).toString('latin1');
  return /\ngpgsig(?:-sha256)? /.test(head);
}
