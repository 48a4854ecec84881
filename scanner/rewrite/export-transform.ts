// Second pass: a streaming transform of `git fast-export --no-data` output into fast-import
// input. It replaces secrets in commit and tag messages, points `M` lines at the rewritten
// blobs, and keeps count of what changes (a commit changes when its message, a file, a
// parent, or its signature does), so a dry run reports exactly what a real run would do.
// Memory: the pending input (no file content passes here) and a few bytes per commit.
import { MarkTable } from './mark-table.js';
import type { SecretMatcher } from './matcher.js';

export interface TransformOptions {
  blobs: ReadonlyMap<string, string>;
  /** Replacements per rule in each rewritten blob, counted when a commit first refers to it. */
  blobHits?: ReadonlyMap<string, ReadonlyMap<string, number>>;
  matcher: SecretMatcher;
  signedCommits: ReadonlySet<string>;
  signedTags: ReadonlySet<string>;
  /** Called once per commit. */
  onCommit?: () => void;
}

export interface TransformStats {
  commits: number;
  changedCommits: number;
  /** The first changed commit in export order (parents come first): where the rewrite starts. */
  firstChanged: string | null;
  tags: number;
  messagesRewritten: number;
  /** Distinct rewritten blobs that some commit refers to. */
  blobsReferenced: number;
  signedCommitsStripped: number;
  signedTagsStripped: number;
  /** Every exported ref, and whether its new value differs. */
  refs: Map<string, boolean>;
  /** Replacements in messages and in the rewritten blobs that are reachable, per rule. */
  hits: Map<string, number>;
}

interface Command {
  kind: 'commit' | 'tag' | 'reset' | 'other';
  ref: string;
  mark: number;
  original: string;
  changed: boolean;
  target: number;
}

const NL = 0x0a;
const DATA = Buffer.from('data ');
const EMPTY = Buffer.alloc(0);

export class ExportTransform {
  readonly stats: TransformStats = {
    commits: 0,
    changedCommits: 0,
    firstChanged: null,
    tags: 0,
    messagesRewritten: 0,
    blobsReferenced: 0,
    signedCommitsStripped: 0,
    signedTagsStripped: 0,
    refs: new Map(),
    hits: new Map(),
  };
  /** mark → original commit id (binary), for the commit map. */
  readonly originals = new MarkTable();
  private changed = new Uint8Array(1024);
  private readonly referenced = new Set<string>();
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Input needed before the next command can be parsed (a message not yet complete). */
  private need = 0;
  private cmd: Command = blank('other', '');

  constructor(private readonly o: TransformOptions) {}

  /** Transforms a chunk of fast-export output; returns the fast-import input it completes. */
  push(chunk: Buffer): Buffer {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    // A long message arrives over many chunks: wait for all of it before joining them.
    if (this.pendingBytes < this.need) return EMPTY;
    const buf = this.pending.length === 1 ? chunk : Buffer.concat(this.pending);
    const out: Buffer[] = [];
    let pass = 0;
    let pos = 0;
    this.need = 0;
    while (pos < buf.length) {
      const nl = buf.indexOf(NL, pos);
      if (nl === -1) break;
      if (buf[pos] === 0x64 /* d */ && buf.subarray(pos, pos + 5).equals(DATA)) {
        const size = Number(buf.toString('latin1', pos + 5, nl));
        if (!Number.isSafeInteger(size) || size < 0)
          throw new Error('git fast-export wrote a data command this parser does not understand');
        const body = nl + 1;
        if (buf.length - body < size) {
          this.need = body + size - pos;
          break;
        }
        const replaced = this.o.matcher.replace(buf.subarray(body, body + size));
        if (replaced) {
          out.push(buf.subarray(pass, pos), Buffer.from(`data ${replaced.bytes.length}\n`), replaced.bytes);
          pass = body + size;
          this.cmd.changed = true;
          this.stats.messagesRewritten++;
          for (const [rule, n] of replaced.hits) this.count(rule, n);
        }
        pos = body + size;
        continue;
      }
      const rewritten = this.line(buf, pos, nl);
      if (rewritten !== null) {
        out.push(buf.subarray(pass, pos), rewritten);
        pass = nl + 1;
      }
      pos = nl + 1;
    }
    out.push(buf.subarray(pass, pos));
    const rest = buf.subarray(pos);
    this.pending = rest.length > 0 ? [Buffer.from(rest)] : [];
    this.pendingBytes = rest.length;
    return Buffer.concat(out);
  }

  /** Ends the stream: the last command is counted; leftover input means a truncated export. */
  end(): void {
    this.finish();
    if (this.pendingBytes > 0) throw new Error('git fast-export output ended in the middle of a command');
    this.stats.blobsReferenced = this.referenced.size;
  }

  /** Handles one line; returns its replacement, or null to pass it through. */
  private line(buf: Buffer, start: number, end: number): Buffer | null {
    const c = this.cmd;
    if (buf[start] === 0x4d /* M */ && buf[start + 1] === 0x20) return this.fileChange(buf, start, end);
    const text = buf.toString('utf8', start, end);
    const space = text.indexOf(' ');
    const word = space === -1 ? text : text.slice(0, space);
    const arg = space === -1 ? '' : text.slice(space + 1);
    switch (word) {
      case 'commit':
      case 'reset':
      case 'tag':
        this.finish();
        this.cmd = blank(word, word === 'tag' ? `refs/tags/${arg}` : arg);
        break;
      case 'mark':
        c.mark = Number(arg.slice(1));
        break;
      case 'original-oid':
        c.original = arg;
        if (c.kind === 'commit' && this.o.signedCommits.has(arg)) {
          c.changed = true;
          this.stats.signedCommitsStripped++;
        } else if (c.kind === 'tag' && this.o.signedTags.has(arg)) {
          c.changed = true;
          this.stats.signedTagsStripped++;
        }
        break;
      case 'from':
      case 'merge':
        if (arg.startsWith(':')) {
          const m = Number(arg.slice(1));
          if (this.changed[m]) c.changed = true;
          if (word === 'from') c.target = m;
        }
        break;
      case 'done':
        this.finish();
        this.cmd = blank('other', '');
        break;
    }
    return null;
  }

  /** `M <mode> <id> <path>`: point it at the rewritten blob. A gitlink (160000) stays as it is. */
  private fileChange(buf: Buffer, start: number, end: number): Buffer | null {
    const s1 = buf.indexOf(0x20, start + 2);
    const s2 = buf.indexOf(0x20, s1 + 1);
    if (s1 === -1 || s2 === -1 || s2 > end) return null;
    const mode = buf.toString('latin1', start + 2, s1);
    if (mode === '160000') return null;
    const oid = buf.toString('latin1', s1 + 1, s2);
    const replacement = this.o.blobs.get(oid);
    if (replacement === undefined) return null;
    this.cmd.changed = true;
    if (!this.referenced.has(oid)) {
      this.referenced.add(oid);
      for (const [rule, n] of this.o.blobHits?.get(oid) ?? []) this.count(rule, n);
    }
    return Buffer.concat([Buffer.from(`M ${mode} ${replacement}`), buf.subarray(s2, end + 1)]);
  }

  private count(rule: string, n: number): void {
    this.stats.hits.set(rule, (this.stats.hits.get(rule) ?? 0) + n);
  }

  private finish(): void {
    const c = this.cmd;
    const s = this.stats;
    if (c.kind === 'commit') {
      s.commits++;
      this.o.onCommit?.();
      if (c.mark > 0) {
        this.setChanged(c.mark, c.changed);
        if (c.original) this.originals.set(c.mark, c.original);
      }
      if (c.changed) {
        s.changedCommits++;
        s.firstChanged ??= c.original || null;
      }
      s.refs.set(c.ref, c.changed);
    } else if (c.kind === 'tag') {
      s.tags++;
      s.refs.set(c.ref, c.changed);
    } else if (c.kind === 'reset' && c.target > 0) s.refs.set(c.ref, this.changed[c.target] === 1);
  }

  private setChanged(mark: number, changed: boolean): void {
    if (mark >= this.changed.length) {
      const grown = new Uint8Array(Math.max(mark + 1, this.changed.length * 2));
      grown.set(this.changed);
      this.changed = grown;
    }
    this.changed[mark] = changed ? 1 : 0;
  }
}

function blank(kind: Command['kind'], ref: string): Command {
  return { kind, ref, mark: 0, original: '', changed: false, target: 0 };
}
