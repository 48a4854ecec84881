import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { GitError, spawnError, spawnGit, writeIds } from './git-process.js';

export type BatchObject =
  | { oid: string; kind: 'object'; type: string; size: number; bytes: Buffer }
  /** Larger than `maxBytes`: its content streamed past without being kept. */
  | { oid: string; kind: 'too-large'; type: string; size: number }
  | { oid: string; kind: 'missing' };

export interface ReadOptions {
  /** Objects larger than this are not kept (reported as `too-large`). Default: no limit. */
  maxBytes?: number;
  /** Bytes of git's output read ahead of the consumer; default READ_AHEAD. */
  readAhead?: number;
  /**
   * Fill one reused buffer for objects up to REUSE_MAX_BYTES instead of a new one each: an
   * object's bytes are then valid only until the next object is asked for. For a consumer that
   * finishes with each object before taking the next (a history worker): a buffer per blob,
   * freed in a different order than allocated among the longer-lived line-key tables,
   * fragments the allocator's arenas, and the process's RSS grew with the length of history.
   */
  reuseBuffer?: boolean;
}

const NL = 0x0a;
/**
 * Output read ahead of the parser. A pipe holds 64 KiB: without a buffer of our own, git stops
 * whenever the scanner is busy and the scanner waits whenever git is, so their work never
 * overlaps. With it git inflates the next objects while the current one is scanned.
 */
export const READ_AHEAD = 8 * 1024 * 1024;
/** Larger objects get a buffer of their own (the allocator maps and unmaps those whole). */
export const REUSE_MAX_BYTES = 1024 * 1024;

/**
 * Reads objects through one `git cat-file --batch` process, in the order given.
 *
 * Output is parsed as it streams, so memory holds one object at a time plus a bounded
 * read-ahead (READ_AHEAD): git runs ahead of the consumer until that is full, then blocks. Each object's bytes are a Buffer that
 * owns its ArrayBuffer, so it can be transferred to a worker thread without a copy (unless
 * `reuseBuffer`).
 *
 * A partial clone's missing object makes git die ("could not fetch … from promisor remote",
 * lazy fetching being disabled); that object is reported missing and a new process carries
 * on with the rest.
 */
export async function* readObjects(
  repo: string,
  oids: readonly string[],
  options: ReadOptions = {},
): AsyncGenerator<BatchObject> {
  const maxBytes = options.maxBytes ?? Infinity;
  let next = 0;
  while (next < oids.length) {
    const child = spawnGit(repo, ['cat-file', '--batch']);
    const exited = exitOf(child);
    exited.catch(() => {});
    writeIds(child.stdin, oids, next);
    const parser = new BatchParser(maxBytes, options.reuseBuffer ?? false);
    let failure: Error | null = null;
    try {
      const ahead = child.stdout.pipe(new PassThrough({ highWaterMark: options.readAhead ?? READ_AHEAD }));
      for await (const chunk of ahead as AsyncIterable<Buffer>) {
        for (let o = parser.push(chunk); o !== null; o = parser.push(null)) {
          next++;
          yield o;
        }
      }
    } catch (err) {
      failure = err as Error;
    } finally {
      if (next < oids.length || failure) child.kill();
    }
    const { code, stderr } = await exited;
    if (next >= oids.length) return;
    const lost = /could not fetch ([0-9a-f]{40,64})/.exec(stderr);
    if (lost && lost[1] === oids[next]) {
      yield { oid: oids[next++]!, kind: 'missing' };
      continue;
    }
    throw (
      failure ??
      new GitError(['cat-file', '--batch'], code, stderr || 'git cat-file stopped before answering every object')
    );
  }
}

function exitOf(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; stderr: string }> {
  const err: Buffer[] = [];
  child.stderr.on('data', (b: Buffer) => err.push(b));
  return new Promise((resolve, reject) => {
    child.on('error', (e) => reject(spawnError(e)));
    child.on('close', (code) => resolve({ code, stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/**
 * Incremental parser for `--batch` output: `<oid> <type> <size>\n<content>\n` or
 * `<oid> missing\n`. `push(chunk)` takes a chunk and returns the first object it completes;
 * `push(null)` returns further objects from the same chunk, null when it needs more input.
 */
export class BatchParser {
  private chunk: Buffer = Buffer.alloc(0);
  private pos = 0;
  private header: Buffer[] = [];
  /** Object being filled, or null while reading a header. */
  private body: { oid: string; type: string; size: number; bytes: Buffer | null; filled: number } | null = null;

  /** The reused buffer, when asked for (see ReadOptions.reuseBuffer); grows to the largest object up to REUSE_MAX_BYTES. */
  private scratch: Buffer | null = null;

  constructor(
    private readonly maxBytes: number,
    private readonly reuse = false,
  ) {}

  private bufferFor(size: number): Buffer {
    if (!this.reuse || size > REUSE_MAX_BYTES) return Buffer.allocUnsafeSlow(size);
    if (this.scratch === null || this.scratch.length < size) {
      let cap = 64 * 1024;
      while (cap < size) cap *= 2;
      this.scratch = Buffer.allocUnsafeSlow(cap);
    }
    return this.scratch.subarray(0, size);
  }

  push(chunk: Buffer | null): BatchObject | null {
    if (chunk !== null) {
      this.chunk = chunk;
      this.pos = 0;
    }
    const buf = this.chunk;
    while (this.pos < buf.length) {
      const body = this.body;
      if (body === null) {
        const nl = buf.indexOf(NL, this.pos);
        if (nl === -1) {
          this.header.push(buf.subarray(this.pos));
          this.pos = buf.length;
          return null;
        }
        const part = buf.subarray(this.pos, nl);
        const line = (this.header.length > 0 ? Buffer.concat([...this.header, part]) : part).toString('latin1');
        this.header = [];
        this.pos = nl + 1;
        const [oid = '', type = '', sizeText] = line.split(' ');
        if (sizeText === undefined) return { oid, kind: 'missing' };
        const size = Number(sizeText);
        this.body = { oid, type, size, bytes: size <= this.maxBytes ? this.bufferFor(size) : null, filled: 0 };
        continue;
      }
      const want = body.size - body.filled;
      if (want > 0) {
        const n = Math.min(want, buf.length - this.pos);
        if (body.bytes) buf.copy(body.bytes, body.filled, this.pos, this.pos + n);
        body.filled += n;
        this.pos += n;
        continue;
      }
      // The LF git writes after the content.
      this.pos++;
      this.body = null;
      if (body.bytes === null) return { oid: body.oid, kind: 'too-large', type: body.type, size: body.size };
      return { oid: body.oid, kind: 'object', type: body.type, size: body.size, bytes: body.bytes };
    }
    return null;
  }
}
