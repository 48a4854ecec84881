/**
 * Which (path, blob) pairs history introduces, and in which commit: the memory a history scan
 * cannot avoid, kept compact. Each blob id and each path string is stored once; a blob's
 * appearances are a chain of four int32s each (path, commit, base, next), and commits are numbered
 * in topological order (parents first) so "earliest" is "smallest number". Commit metadata is
 * not kept here at all: it is looked up at the end, for the few commits that have findings.
 */
export interface Appearance {
  path: string;
  commit: number;
  base: number;
}

/** Int32s per appearance: path, commit, base blob, next appearance. */
const W = 4;

export class Introductions {
  /** Blob ids in first-appearance order: the order blobs are read in. */
  readonly oids: string[] = [];
  readonly paths: string[] = [];
  readonly commits: string[] = [];
  private readonly blobIndex = new Map<string, number>();
  private readonly pathIndex = new Map<string, number>();
  private head = new Int32Array(1024);
  /** Per blob: its size in bytes once known, -1 when the object is missing. */
  private size = new Float64Array(1024);
  /** Per blob: 1 when a later version of some path replaced it (it is a diff base). */
  private replaced = new Uint8Array(1024);
  private entries = new Int32Array(W * 1024);
  private entryCount = 0;
  private lastCommit = '';

  get blobCount(): number {
    return this.oids.length;
  }

  /**
   * Records that `oid` is at `path` in `commit`. Returns false when that pair was already
   * introduced by an earlier commit. Commits must arrive in topological order.
   */
  add(oid: string, path: string, commit: string, base = -1): boolean {
    let b = this.blobIndex.get(oid);
    let p = this.pathIndex.get(path);
    if (p === undefined) {
      p = this.paths.length;
      this.paths.push(path);
      this.pathIndex.set(path, p);
    } else if (b !== undefined) {
      for (let e = this.head[b]!; e !== -1; e = this.entries[e * W + 3]!) if (this.entries[e * W] === p) return false;
    }
    if (commit !== this.lastCommit) {
      this.commits.push(commit);
      this.lastCommit = commit;
    }
    if (b === undefined) {
      b = this.oids.length;
      this.oids.push(oid);
      this.blobIndex.set(oid, b);
      if (b === this.head.length) {
        this.head = grow(this.head);
        this.size = grow(this.size);
        this.replaced = grow(this.replaced);
      }
      this.head[b] = -1;
      this.size[b] = 0;
    }
    if (base >= 0) this.replaced[base] = 1;
    const e = this.entryCount++;
    if (e * W === this.entries.length) this.entries = grow(this.entries);
    // Append, so a blob's chain lists its paths in the order they were introduced.
    this.entries[e * W] = p;
    this.entries[e * W + 1] = this.commits.length - 1;
    this.entries[e * W + 2] = base;
    this.entries[e * W + 3] = -1;
    let last = this.head[b]!;
    if (last === -1) this.head[b] = e;
    else {
      while (this.entries[last * W + 3] !== -1) last = this.entries[last * W + 3]!;
      this.entries[last * W + 3] = e;
    }
    return true;
  }

  indexOf(oid: string): number | undefined {
    return this.blobIndex.get(oid);
  }

  /**
   * Where blob number `b` was introduced, earliest first: the path, the commit number, and
   * the blob number of the version it replaced at that path in the first parent (-1 if none).
   */
  appearances(b: number): Appearance[] {
    const out: Appearance[] = [];
    for (let e = this.head[b]!; e !== -1; e = this.entries[e * W + 3]!) {
      out.push({
        path: this.paths[this.entries[e * W]!]!,
        commit: this.entries[e * W + 1]!,
        base: this.entries[e * W + 2]!,
      });
    }
    return out;
  }

  /** Some later version of a path replaced blob `b`, so its lines are worth remembering. */
  isReplaced(b: number): boolean {
    return this.replaced[b] === 1;
  }

  setSize(b: number, size: number): void {
    this.size[b] = size;
  }

  sizeOf(b: number): number {
    return this.size[b]!;
  }
}

function grow<T extends Int32Array | Float64Array | Uint8Array>(a: T): T {
  const next = new (a.constructor as new (n: number) => T)(a.length * 2);
  next.set(a);
  return next;
}
