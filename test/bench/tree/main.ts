// Tree bench: a copy of this repository's node_modules (hundreds of MB, ~15,000 files: the
// heaviest tree people point a scanner at) with planted AWS key ids under planted/, scanned by
// leakhound's CLI, Kingfisher and gitleaks in rounds; each figure a ratio within its round, with
// each tool's count of the planted keys. The copy is made once under .bench/ (its folder is
// not called node_modules, so no tool skips it by name). Prints numbers; asserts nothing.
//   node dist/test/bench/tree/main.js
// Environment: LEAKHOUND_BENCH_ROUNDS (default 3); LEAKHOUND_BENCH_TREE_GITLEAKS=1 adds one
// gitleaks `dir` run (off by default: on this tree it ran for over seven minutes).
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliBuilt, runLeakhound } from '../compare/leakhound-cli.js';
import {
  INSTALL,
  findGitleaks,
  findKingfisher,
  runGitleaks,
  runKingfisher,
  type ToolFinding,
  type ToolRun,
} from '../compare/tools.js';
import { fmt, median, ratioRange } from '../compare/timing.js';

const PLANTED = 40;
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

const int = (name: string, fallback: number): number => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : fallback;
};

interface Tree {
  dir: string;
  files: number;
  bytes: number;
  planted: { file: string; secret: string }[];
}

/** The copy, made once; planted keys are deterministic. */
function ensureTree(root: string): Tree {
  const dir = join(root, '.bench', 'tree-v1');
  const planted: { file: string; secret: string }[] = [];
  let state = 20250101;
  const rnd = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
  for (let i = 0; i < PLANTED; i++) {
    let key = 'AKIA';
    for (let j = 0; j < 16; j++) key += B32[rnd() % 32];
    planted.push({ file: `planted/service-${i}/settings.env`, secret: key });
  }
  if (!existsSync(join(dir, '.complete'))) {
    rmSync(dir, { recursive: true, force: true });
    cpSync(join(root, 'node_modules'), join(dir, 'modules'), { recursive: true, verbatimSymlinks: true });
    for (const p of planted) {
      mkdirSync(join(dir, p.file, '..'), { recursive: true });
      writeFileSync(join(dir, p.file), `# service settings\nAWS_REGION=us-east-1\nAWS_ACCESS_KEY_ID=${p.secret}\n`);
    }
    writeFileSync(join(dir, '.complete'), '');
  }
  let files = 0;
  let bytes = 0;
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.isFile()) {
        files++;
        bytes += statSync(join(d, e.name)).size;
      }
    }
  };
  walk(dir);
  return { dir, files, bytes, planted };
}

function score(tree: Tree, findings: ToolFinding[]): string {
  const want = new Set(tree.planted.map((p) => `${p.file}\0${p.secret}`));
  const hit = new Set<string>();
  for (const f of findings) {
    const file = f.file.startsWith(`${tree.dir}/`) ? f.file.slice(tree.dir.length + 1) : f.file;
    const key = `${file}\0${f.secret}`;
    if (want.has(key)) hit.add(key);
  }
  return `planted found ${hit.size}/${tree.planted.length}; findings ${findings.length}`;
}

export async function main(): Promise<void> {
  if (!cliBuilt()) throw new Error('tree bench: run it from the build (npm run bench) so the CLI exists');
  const root = process.cwd();
  console.log('== tree bench ==');
  const tree = ensureTree(root);
  const kf = findKingfisher();
  const gl = findGitleaks();
  const glRounds = process.env.LEAKHOUND_BENCH_TREE_GITLEAKS === '1' ? 1 : 0;
  console.log(
    `tree: ${tree.files.toLocaleString('en-US')} files, ${(tree.bytes / 1e6).toFixed(0)} MB (a copy of node_modules), ${tree.planted.length} planted AWS key ids; machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown cpu'}), load average ${loadavg()[0]!.toFixed(1)}`,
  );
  if (!kf) console.log(`Kingfisher not installed (${INSTALL.kingfisher})`);
  if (!gl) console.log(`gitleaks not installed (${INSTALL.gitleaks})`);
  else if (glRounds === 0)
    console.log('gitleaks: skipped (minutes on this tree; LEAKHOUND_BENCH_TREE_GITLEAKS=1 adds it)');
  const rounds = int('LEAKHOUND_BENCH_ROUNDS', 3);
  const ours: ToolRun[] = [];
  const theirs: { kf: ToolRun[]; gl: ToolRun[] } = { kf: [], gl: [] };
  const vs = { kf: [] as number[], kfCpu: [] as number[], gl: [] as number[] };
  if (kf) runKingfisher(kf, { kind: 'dir', dir: join(tree.dir, 'planted') });
  for (let r = 0; r < rounds; r++) {
    const l = runLeakhound(['scan', tree.dir, '--no-default-excludes', '--no-progress']);
    ours.push(l);
    if (kf) {
      const k = runKingfisher(kf, { kind: 'dir', dir: tree.dir });
      theirs.kf.push(k);
      vs.kf.push(l.ms / k.ms);
      vs.kfCpu.push(l.cpuMs / k.cpuMs);
    }
    if (gl && r < glRounds) {
      const g = runGitleaks(gl, { kind: 'dir', dir: tree.dir });
      theirs.gl.push(g);
      vs.gl.push(l.ms / g.ms);
    }
  }
  const line = (name: string, runs: ToolRun[]): void => {
    const walls = runs.map((x) => x.ms);
    console.log(
      `${name.padEnd(26)} wall ${fmt(median(walls))} (${fmt(Math.min(...walls))}–${fmt(Math.max(...walls))}), CPU ${fmt(median(runs.map((x) => x.cpuMs)))}; ${score(tree, runs[0]!.findings)}`,
    );
  };
  console.log(`(${rounds} rounds; medians, range in brackets)`);
  line('leakhound scan', ours);
  if (kf) line(`Kingfisher ${kf.version}`, theirs.kf);
  if (gl && theirs.gl.length > 0) line(`gitleaks ${gl.version} dir`, theirs.gl);
  if (kf)
    console.log(
      `leakhound ÷ Kingfisher: ${ratioRange(vs.kf)} wall, ${ratioRange(vs.kfCpu)} CPU   (target ≤ 1.00 wall)`,
    );
  if (gl && vs.gl.length > 0) console.log(`leakhound ÷ gitleaks:   ${ratioRange(vs.gl)} wall`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
