// The pre-commit check on a one-file change in the bulk repository's 1,200-file work tree:
// leakhound's `diff --staged` from the one-file bundle the hook runs (and from the unbundled
// CLI) against `node -e 0` (Node's own start-up),
// gitleaks `git --staged` and Kingfisher `--staged`, medians of several runs, each as a ratio,
// and whether each tool found the one planted key.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runLeakhound } from '../compare/leakhound-cli.js';
import { runGitleaks, runKingfisher, type Tool, type ToolRun } from '../compare/tools.js';
import { fmt, median, timeCommand } from '../compare/timing.js';
import type { BenchRepo } from './generate.js';

const RUNS = 9;

export async function stagedBench(
  bench: BenchRepo,
  tools: { kf: Tool | null; gl: Tool | null },
  log: (s: string) => void,
): Promise<void> {
  const work = join(dirname(bench.dir), 'work');
  if (!existsSync(work)) execFileSync('git', ['clone', '-q', '--shared', bench.dir, work]);
  const file = execFileSync('git', ['ls-files'], { cwd: work, encoding: 'utf8' })
    .split('\n')
    .find((f) => f.endsWith('.ts'))!;
  const key = bench.planted[0]!.secret;
  appendFileSync(join(work, file), `const awsKeyId = '${key}';\n`);
  execFileSync('git', ['add', file], { cwd: work });
  try {
    const sample = (f: () => ToolRun): { ms: number; found: boolean } => {
      f();
      const runs = Array.from({ length: RUNS }, f);
      return { ms: median(runs.map((r) => r.ms)), found: runs[0]!.findings.some((x) => x.secret.includes(key)) };
    };
    const node = sample(() => ({ ...timeCommand(process.execPath, ['-e', '0']), findings: [] }));
    const ours = sample(() => runLeakhound(['diff', '--staged', '--repo', work], { bundle: true }));
    const unbundled = sample(() => runLeakhound(['diff', '--staged', '--repo', work]));
    const gl = tools.gl ? sample(() => runGitleaks(tools.gl!, { kind: 'staged', repo: work })) : null;
    const kf = tools.kf ? sample(() => runKingfisher(tools.kf!, { kind: 'staged', repo: work })) : null;
    log(`\n-- pre-commit: one staged file in a ${bench.params.files}-file work tree, median of ${RUNS} runs --`);
    log(`node -e 0:                   ${fmt(node.ms)}`);
    log(
      `leakhound diff --staged:     ${fmt(ours.ms)}  (÷ node -e 0: ${(ours.ms / node.ms).toFixed(2)}×)  found the staged key: ${ours.found ? 'yes' : 'NO'}`,
    );
    log(`leakhound, unbundled CLI:    ${fmt(unbundled.ms)}  (÷ node -e 0: ${(unbundled.ms / node.ms).toFixed(2)}×)`);
    if (gl) log(`gitleaks git --staged:       ${fmt(gl.ms)}  found: ${gl.found ? 'yes' : 'no'}`);
    if (kf) log(`Kingfisher scan --staged:    ${fmt(kf.ms)}  found: ${kf.found ? 'yes' : 'no'}`);
    if (gl) log(`leakhound ÷ gitleaks:   ${(ours.ms / gl.ms).toFixed(2)}×   (target ≤ 1.20)`);
    if (kf) log(`leakhound ÷ Kingfisher: ${(ours.ms / kf.ms).toFixed(2)}×`);
  } finally {
    execFileSync('git', ['reset', '-q', '--hard', 'HEAD'], { cwd: work });
  }
}
