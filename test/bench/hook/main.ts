// Hook latency on a one-file commit, the number a developer feels on every commit: the
// pre-commit check on its own, and a whole `git commit` with the hook against one without.
// Medians of several runs; printed, never asserted. Run from the repository root after a build:
//   node dist/test/bench/run.js hook
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = 9;
const FILES = 300;

export async function main(): Promise<void> {
  const cli = join(process.cwd(), 'dist', 'scanner', 'cli.js');
  const bundle = join(process.cwd(), 'scanner', 'dist', 'cli.js');
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first (npm run bench does)`);
  const home = mkdtempSync(join(tmpdir(), 'lh-hook-bench-home-'));
  const dir = mkdtempSync(join(tmpdir(), 'lh-hook-bench-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: join(home, '.gitconfig'),
    GIT_AUTHOR_NAME: 'Bench',
    GIT_AUTHOR_EMAIL: 'bench@example.test',
    GIT_COMMITTER_NAME: 'Bench',
    GIT_COMMITTER_EMAIL: 'bench@example.test',
    NO_COLOR: '1',
    // A hook daemon the developer runs must not answer the hooks timed here.
    XDG_RUNTIME_DIR: home,
  };
  writeFileSync(join(home, '.gitconfig'), '');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    git('init', '-q', '-b', 'main');
    for (let i = 0; i < FILES; i++) {
      mkdirSync(join(dir, `src/m${i % 20}`), { recursive: true });
      writeFileSync(join(dir, `src/m${i % 20}/f${i}.ts`), `export const value${i} = ${i};\n`.repeat(40));
    }
    git('add', '-A');
    git('commit', '-q', '-m', 'initial');

    let n = 0;
    /** Changes one file and stages it: the one-file commit being measured. */
    const stageOne = () => {
      n++;
      writeFileSync(join(dir, 'src/m0/f0.ts'), `export const value0 = ${n};\n`.repeat(40));
      git('add', 'src/m0/f0.ts');
    };
    const timed = (fn: () => void) => {
      const t = performance.now();
      fn();
      return performance.now() - t;
    };
    const commit = (extra: string[]) => () => {
      const r = spawnSync('git', ['commit', '-q', ...extra, '-m', `change ${n}`], { cwd: dir, env, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`git commit failed: ${r.stderr}`);
    };

    const bare = measure(() => {
      stageOne();
      return timed(commit([]));
    });
    const install = spawnSync(process.execPath, [cli, 'hook', 'install', '--repo', dir], { env, encoding: 'utf8' });
    if (install.status !== 0) throw new Error(`hook install failed: ${install.stderr}`);
    const check = measure(() => {
      stageOne();
      return timed(() => {
        // What the installed hook runs: the one-file bundle when the build made it.
        const r = spawnSync(
          process.execPath,
          [existsSync(bundle) ? bundle : cli, 'hook', 'run', 'pre-commit', '--repo', dir],
          {
            env,
            encoding: 'utf8',
          },
        );
        if (r.status !== 0) throw new Error(`pre-commit check failed: ${r.stderr}`);
      });
    });
    const hooked = measure(() => {
      stageOne();
      return timed(commit([]));
    });
    const nodeStart = measure(() => timed(() => spawnSync(process.execPath, ['-e', '0'])));

    const out = [
      `== hook bench: one-file commit in a ${FILES}-file repository, median of ${RUNS} runs ==`,
      `pre-commit check (leakhound hook run pre-commit): ${fmt(check)}   (node start-up alone: ${fmt(nodeStart)})`,
      `git commit without the hook:                     ${fmt(bare)}`,
      `git commit with the hook:                        ${fmt(hooked)}   (+${fmt(hooked - bare)} per commit)`,
    ];
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  }
}

function measure(sample: () => number): number {
  sample();
  const times = Array.from({ length: RUNS }, sample).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function fmt(ms: number): string {
  return `${ms.toFixed(0)} ms`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
