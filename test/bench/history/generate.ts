// Generates (once, cached under .bench/) a git repository for the history benchmark: a few
// thousand commits over a code-like tree, at least 200 MB of unique blob content, with
// planted AWS credentials (count and introducing commit known) and look-alikes that must not
// be reported. Deterministic: the same parameters give the same repository. Written in one
// `git fast-import` run, so no process per commit.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fastImport, run } from './fast-import.js';

export interface BenchParams {
  commits: number;
  files: number;
  seed: number;
  /**
   * `bulk` (default): files of 60–960 lines, one to four files changed per commit, one to three
   * hunks each. `small`: express-like, files of 20–150 lines and one small hunk in one file per
   * commit, so per-commit overhead shows rather than bytes.
   */
  shape?: 'bulk' | 'small';
}

export interface Planted {
  secret: string;
  file: string;
  /** Commit that introduced it at that path. */
  commit: string;
  where: 'main' | 'branch' | 'tag-only' | 'deleted-later';
}

export interface BenchRepo {
  dir: string;
  params: BenchParams;
  planted: Planted[];
  lookAlikes: number;
  uniqueBlobBytes: number;
  /** A tag at the middle of main: scanning it covers about half the history. */
  halfRef: string;
}

export const DEFAULT_PARAMS: BenchParams = { commits: 4000, files: 1200, seed: 20240101 };
/** The many-small-commits repository. */
export const SMALL_COMMITS_PARAMS: BenchParams = { commits: 12000, files: 400, seed: 20240102, shape: 'small' };
const VERSION = 2;
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const WORDS =
  'alpha beta gamma delta user order item price total count index value result config client server request response handler cache store queue worker token session region bucket stream buffer record event message payload status error retry timeout limit offset cursor page filter sort map reduce parse render update create delete fetch load save'.split(
    ' ',
  );

export async function benchRepo(root: string, params: BenchParams = DEFAULT_PARAMS): Promise<BenchRepo> {
  const shape = params.shape === 'small' ? '-small' : '';
  const dir = join(root, `history-v${VERSION}-${params.commits}c-${params.files}f-${params.seed}${shape}`);
  const metaFile = join(dir, 'meta.json');
  if (existsSync(metaFile)) return JSON.parse(readFileSync(metaFile, 'utf8')) as BenchRepo;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const repo = join(dir, 'repo.git');
  await run('git', ['init', '-q', '--bare', '-b', 'main', repo], dir);
  const gen = new Generator(params);
  const marksFile = join(dir, 'marks');
  await fastImport(repo, marksFile, (write) => gen.emit(write));
  // fast-import deltifies only against a path's previous version; a real repository has been
  // through gc, whose pack is what both git and the scanner should be measured on.
  await run('git', ['repack', '-a', '-d', '-f', '-q', '--window=10', '--depth=50'], repo);
  const marks = new Map<string, string>();
  for (const line of readFileSync(marksFile, 'utf8').split('\n')) {
    const [mark, oid] = line.split(' ');
    if (mark && oid) marks.set(mark, oid);
  }
  const meta: BenchRepo = {
    dir: repo,
    params,
    planted: gen.planted.map((p) => ({ ...p, commit: marks.get(p.commit) ?? p.commit })),
    lookAlikes: gen.lookAlikes,
    uniqueBlobBytes: gen.blobBytes,
    halfRef: 'refs/tags/bench-half',
  };
  writeFileSync(metaFile, JSON.stringify(meta, null, 1));
  return meta;
}

class Generator {
  readonly planted: Planted[] = [];
  lookAlikes = 0;
  blobBytes = 0;
  private state: number;
  private mark = 0;
  private readonly files = new Map<string, string[]>();
  private time = Date.parse('2020-01-01T00:00:00Z') / 1000;

  constructor(private readonly p: BenchParams) {
    this.state = p.seed >>> 0 || 1;
  }

  private rnd(): number {
    this.state ^= this.state << 13;
    this.state >>>= 0;
    this.state ^= this.state >>> 17;
    this.state ^= this.state << 5;
    this.state >>>= 0;
    return this.state;
  }

  private pick<T>(a: readonly T[]): T {
    return a[this.rnd() % a.length]!;
  }

  private chars(set: string, n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += set[this.rnd() % set.length];
    return s;
  }

  private ident(): string {
    const a = this.pick(WORDS);
    const b = this.pick(WORDS);
    return a + b[0]!.toUpperCase() + b.slice(1);
  }

  private line(): string {
    switch (this.rnd() % 10) {
      case 0:
        return `  // ${this.pick(WORDS)} ${this.pick(WORDS)} ${this.pick(WORDS)} ${this.pick(WORDS)} ${this.rnd() % 1000}`;
      case 1:
        return `  const ${this.ident()} = '${this.chars(B64, 24 + (this.rnd() % 20))}';`;
      case 2:
        return `  if (${this.ident()} > ${this.rnd() % 100000}) return ${this.ident()}(${this.ident()});`;
      case 3:
        return `  "${this.ident()}": "${this.pick(WORDS)}-${this.rnd() % 99999}", "aws_region": "us-east-${this.rnd() % 3}",`;
      case 4:
        return `export function ${this.ident()}(${this.ident()}: number, ${this.ident()}: string): string {`;
      case 5:
        return `  ${this.ident()}.${this.ident()}(${this.rnd() % 4096}, "${this.chars('0123456789abcdef', 40)}");`;
      case 6:
        return '}';
      default:
        return `  let ${this.ident()} = ${this.ident()}(${this.ident()}, ${this.rnd() % 1000}) + ${this.ident()};`;
    }
  }

  private get small(): boolean {
    return this.p.shape === 'small';
  }

  private newFile(): string[] {
    const n = this.small ? 20 + (this.rnd() % 130) : 60 + (this.rnd() % 900);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.line());
    return out;
  }

  /** Like a typical commit to one file: one to three hunks, each a few lines long. */
  private mutate(lines: string[]): void {
    const hunks = this.small ? 1 : 1 + (this.rnd() % 3);
    for (let h = 0; h < hunks; h++) {
      let at = this.rnd() % (lines.length + 1);
      const edits = 1 + (this.rnd() % (this.small ? 3 : 6));
      for (let i = 0; i < edits; i++, at++) {
        const op = this.rnd() % 3;
        if (op === 0 && lines.length > 10) lines.splice(Math.min(at, lines.length - 1), 1);
        else if (op === 1) lines.splice(at, 0, this.line(), this.line());
        else lines[Math.min(at, lines.length - 1)] = this.line();
      }
    }
  }

  private secret(): string {
    return `AKIA${this.chars(B32, 16)}`;
  }

  private lookAlike(): string {
    this.lookAlikes++;
    switch (this.rnd() % 4) {
      case 0:
        return `AKIA${this.chars(B32, 9)}EXAMPLE`;
      case 1:
        return `akia${this.chars(B32, 16).toLowerCase()}`;
      case 2:
        return `AKIA${this.chars(B32, 12)}`;
      default:
        return `XAKIA${this.chars(B32, 16)}Q`;
    }
  }

  emit(write: (s: string | Buffer) => Promise<void> | void): Promise<void> {
    return this.emitAll(async (s) => {
      const r = write(s);
      if (r) await r;
    });
  }

  private async emitAll(write: (s: string | Buffer) => Promise<void>): Promise<void> {
    const names: string[] = [];
    for (let i = 0; i < this.p.files; i++) names.push(`src/mod${i % 40}/${this.ident()}${i}.ts`);
    let mainTip = 0;
    const half = Math.floor(this.p.commits / 2);
    for (let c = 0; c < this.p.commits; c++) {
      const changes = new Map<string, string[] | null>();
      if (c === 0) {
        for (const n of names.slice(0, Math.floor(this.p.files / 3))) changes.set(n, this.newFile());
      } else {
        const k = this.small ? 1 : 1 + (this.rnd() % 4);
        for (let i = 0; i < k; i++) {
          const n = this.pick(names);
          const cur = this.files.get(n);
          if (!cur) changes.set(n, this.newFile());
          else {
            const next = [...cur];
            this.mutate(next);
            changes.set(n, next);
          }
        }
      }
      const plant = c > 0 && c % 50 === 25;
      const where: Planted['where'] =
        c % 200 === 25 ? 'branch' : c % 200 === 75 ? 'tag-only' : c % 200 === 125 ? 'deleted-later' : 'main';
      let plantedHere: { file: string; secret: string } | null = null;
      if (plant) {
        const file = `config/${where}-${c}.env`;
        const secret = this.secret();
        const la = this.lookAlike();
        const body = [
          `# service settings`,
          `AWS_REGION=us-east-1`,
          `AWS_ACCESS_KEY_ID=${secret}`,
          `NOT_A_KEY=${la}`,
          '',
        ];
        plantedHere = { file, secret };
        if (where === 'main' || where === 'deleted-later') changes.set(file, body);
        else {
          // Off main: one commit on its own ref, main carries on from its parent.
          await this.commit(
            write,
            where === 'branch' ? `refs/heads/feature-${c}` : `refs/tags/only-${c}`,
            mainTip,
            new Map([[file, body]]),
            c,
          );
          this.planted.push({ secret, file, commit: `:${this.mark}`, where });
          plantedHere = null;
        }
      }
      if (c > 0 && c % 200 === 135) {
        const victim = [...this.files.keys()].find((f) => f.startsWith('config/deleted-later-'));
        if (victim) changes.set(victim, null);
      }
      mainTip = await this.commit(write, 'refs/heads/main', mainTip, changes, c);
      if (plantedHere) this.planted.push({ ...plantedHere, commit: `:${mainTip}`, where });
      if (c === half) await write(`reset refs/tags/bench-half\nfrom :${mainTip}\n\n`);
    }
  }

  private async commit(
    write: (s: string | Buffer) => Promise<void>,
    ref: string,
    parent: number,
    changes: Map<string, string[] | null>,
    c: number,
  ): Promise<number> {
    const mark = ++this.mark;
    this.time += 600 + (this.rnd() % 3600);
    const msg = `change ${c}: ${this.pick(WORDS)} ${this.pick(WORDS)}\n`;
    const who = `Dev ${this.rnd() % 20} <dev${this.rnd() % 20}@example.test> ${this.time} +0000`;
    let head = `commit ${ref}\nmark :${mark}\nauthor ${who}\ncommitter ${who}\ndata ${Buffer.byteLength(msg)}\n${msg}`;
    if (parent > 0) head += `from :${parent}\n`;
    await write(head);
    for (const [path, lines] of changes) {
      if (lines === null) {
        await write(`D ${path}\n`);
        if (ref === 'refs/heads/main') this.files.delete(path);
        continue;
      }
      const data = Buffer.from(`${lines.join('\n')}\n`);
      this.blobBytes += data.length;
      await write(`M 100644 inline ${path}\ndata ${data.length}\n`);
      await write(data);
      await write('\n');
      if (ref === 'refs/heads/main') this.files.set(path, lines);
    }
    await write('\n');
    return mark;
  }
}
