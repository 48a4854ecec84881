/**
 * A streaming reader of `git diff -U0 --full-index` / `git diff-tree --stdin -p -c` output
 * that keeps, per changed file, only what a diff scan needs: the new path, the new blob id
 * and mode, whether git called it binary, and which lines of the new version were added.
 * Patch content is not kept unless asked for (`keepText`: the staged check reads the text it
 * scans from the patch instead of from the blobs). Combined diffs (merges) count a line as added
 * only when it is new relative to every parent: a line taken from one side was added by a
 * commit on that side.
 */
export interface FileChange {
  /** The commit whose diff this is (`diff-tree --stdin`), or '' for `git diff`. */
  commit: string;
  path: string;
  /** New blob id; null when the file was deleted. */
  oid: string | null;
  mode: string | null;
  binary: boolean;
  /** Added line ranges of the new version, flat [start, end, start, end, …], 1-based inclusive. */
  added: number[];
  /**
   * With `keepText`: the new version's lines in each hunk (the added lines and the context git
   * gave), one entry per hunk with the line number it starts at. Null when the file's came to
   * more than `maxBytes`, or all files' to more than `totalBytes`.
   */
  text?: HunkText[] | null;
  /** With `keepText`: bytes of new-version text in the hunks (counted while text was kept). */
  textBytes?: number;
}

export interface HunkText {
  /** 1-based line number of the first line. */
  line: number;
  text: string;
}

export interface PatchReaderOptions {
  /**
   * Keep each file's new-version hunk text (FileChange.text), up to `maxBytes` a file and
   * `totalBytes` for all files together, so a huge patch is never held whole.
   */
  keepText?: { maxBytes: number; totalBytes: number };
}

/** A hunk's text preceded by as many empty lines as come before it, so line numbers are the file's. */
export function atItsLines(h: HunkText): string {
  return '\n'.repeat(h.line - 1) + h.text;
}

const COMMIT_LINE = /^([0-9a-f]{40}|[0-9a-f]{64})( |$)/;
const HUNK = /^(@{2,}) (.*) @{2,}/;

export class PatchReader {
  private rest = '';
  private commit = '';
  private file: FileChange | null = null;
  private inHunk = false;
  private parents = 1;
  private line = 0;
  /** keepText: the lines of the hunk being read, as latin1 (one char per byte), and its first line. */
  private hunkLines: string[] = [];
  private hunkStart = 0;
  /** keepText: bytes of text kept for all files, and for the file being read. */
  private keptBytes = 0;
  private fileKept = 0;

  constructor(
    private readonly onFile: (f: FileChange) => void,
    private readonly options: PatchReaderOptions = {},
  ) {}

  /** Feeds a chunk of git's stdout. */
  push(chunk: Buffer): void {
    const text = this.rest + chunk.toString('latin1');
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      this.take(text.slice(start, nl));
      start = nl + 1;
    }
    this.rest = text.slice(start);
  }

  end(): void {
    if (this.rest !== '') this.take(this.rest);
    this.rest = '';
    this.flush();
  }

  private take(l: string): void {
    if (this.inHunk) {
      const c = l.charCodeAt(0);
      if (c === 0x20 || c === 0x2b || c === 0x2d) {
        this.content(l);
        return;
      }
      if (c === 0x5c /* \ No newline at end of file */) return;
      this.inHunk = false;
    }
    if (l.startsWith('diff ')) {
      this.startFile(l);
      return;
    }
    const m = COMMIT_LINE.exec(l);
    if (m) {
      this.flush();
      this.commit = m[1]!;
      return;
    }
    const f = this.file;
    if (!f) return;
    if (l.startsWith('@@')) {
      const h = HUNK.exec(l);
      if (!h) return;
      this.parents = h[1]!.length - 1;
      const plus = h[2]!.split(' ').find((t) => t.startsWith('+'))!;
      this.endHunk();
      this.line = Number(plus.slice(1).split(',')[0]);
      this.hunkStart = this.line;
      this.inHunk = true;
    } else if (l.startsWith('index ')) {
      const [, range, mode] = l.split(' ');
      const oid = range!.slice(range!.indexOf('..') + 2);
      f.oid = /^0+$/.test(oid) ? null : oid;
      if (mode) f.mode = mode;
    } else if (l.startsWith('new file mode ') || l.startsWith('new mode ')) f.mode = l.slice(l.lastIndexOf(' ') + 1);
    else if (l.startsWith('mode ')) f.mode = l.slice(l.indexOf('..') + 2);
    else if (l.startsWith('deleted file mode ')) {
      f.oid = null;
      f.mode = null;
    } else if (l.startsWith('rename to ') || l.startsWith('copy to ')) f.path = unquote(l.slice(l.indexOf(' to ') + 4));
    else if (l.startsWith('+++ ')) {
      // git ends the name with a tab when it contains a space (for patch(1)).
      const p = l.slice(4).replace(/\t$/, '');
      if (p === '/dev/null') f.oid = null;
      else f.path = stripPrefix(unquote(p));
    } else if (l.startsWith('Binary files ')) f.binary = true;
  }

  private content(l: string): void {
    const prefix = l.slice(0, this.parents);
    if (prefix.includes('-')) return;
    if (!prefix.includes(' ') && this.file) addLine(this.file.added, this.line);
    this.line++;
    const keep = this.options.keepText;
    const f = this.file;
    if (!keep || !f || f.text === null) return;
    const bytes = l.length - this.parents + 1;
    f.textBytes = (f.textBytes ?? 0) + bytes;
    if (f.textBytes > keep.maxBytes || this.keptBytes + bytes > keep.totalBytes) {
      // Too much to keep: the scan reads this file's blob instead.
      f.text = null;
      this.hunkLines = [];
      this.keptBytes -= this.fileKept;
      this.fileKept = 0;
      return;
    }
    this.keptBytes += bytes;
    this.fileKept += bytes;
    this.hunkLines.push(l.slice(this.parents));
  }

  /** keepText: turns the hunk's lines into the file's text at their line numbers (UTF-8). */
  private endHunk(): void {
    const f = this.file;
    if (f?.text && this.hunkLines.length > 0) {
      let text = Buffer.from(this.hunkLines.join('\n'), 'latin1').toString('utf8');
      // A UTF-8 byte-order mark is not text, as when a blob is decoded (toText).
      if (this.hunkStart === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      f.text.push({ line: this.hunkStart, text });
    }
    this.hunkLines = [];
  }

  private startFile(l: string): void {
    this.flush();
    let path = '';
    if (l.startsWith('diff --git ')) path = gitHeaderPath(l.slice(11));
    else path = unquote(l.slice(l.indexOf(' ', 5) + 1));
    this.file = { commit: this.commit, path, oid: null, mode: null, binary: false, added: [] };
    this.fileKept = 0;
    if (this.options.keepText) this.file.text = [];
  }

  private flush(): void {
    this.endHunk();
    if (this.file) this.onFile(this.file);
    this.file = null;
    this.inHunk = false;
  }
}

function addLine(ranges: number[], n: number): void {
  const last = ranges.length - 1;
  if (last > 0 && ranges[last] === n - 1) ranges[last] = n;
  else ranges.push(n, n);
}

/** True when any line of [start, end] is an added line. */
export function touchesAdded(ranges: readonly number[], start: number, end: number): boolean {
  for (let i = 0; i < ranges.length; i += 2) if (ranges[i]! <= end && ranges[i + 1]! >= start) return true;
  return false;
}

/** `a/P b/P` (both sides equal unless renamed, and a rename also says `rename to`). */
function gitHeaderPath(rest: string): string {
  if (rest.startsWith('"')) {
    const end = quotedEnd(rest);
    const second = rest.slice(end + 1).trimStart();
    return stripPrefix(unquote(second));
  }
  const k = (rest.length - 5) / 2;
  if (Number.isInteger(k) && rest.slice(2, 2 + k) === rest.slice(5 + k)) return toUtf8(rest.slice(2, 2 + k));
  const b = rest.lastIndexOf(' b/');
  return toUtf8(rest.slice(b + 3));
}

function stripPrefix(p: string): string {
  return p.startsWith('a/') || p.startsWith('b/') ? p.slice(2) : p;
}

function quotedEnd(s: string): number {
  for (let i = 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '"') return i;
  }
  return s.length;
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** A path as git prints it: C-quoted with octal escapes when it has unusual bytes. */
export function unquote(s: string): string {
  if (!s.startsWith('"')) return toUtf8(s);
  const bytes: number[] = [];
  const end = quotedEnd(s);
  for (let i = 1; i < end; i++) {
    const c = s[i]!;
    if (c !== '\\') {
      bytes.push(c.charCodeAt(0) & 0xff);
      continue;
    }
    const n = s[++i]!;
    if (n >= '0' && n <= '7') {
      bytes.push(parseInt(s.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(ESCAPES[n] ?? n.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Lines were read as latin1 (one char per byte); paths are UTF-8. */
function toUtf8(latin1: string): string {
  return Buffer.from(latin1, 'latin1').toString('utf8');
}
