// The scan bench (`node dist/test/bench/scan/main.js`, or via test/bench/run.ts): generates
// (or reuses) the corpus, scans it with leakhound in process (default and single thread) and
// as the CLI in child processes (peak memory), runs secretlint over the same files, and prints
// throughput, recall/precision against the planted set and the ratios. Asserts nothing.
//
// Environment: LEAKHOUND_BENCH_MB (corpus size, default 40), LEAKHOUND_BENCH_SEED,
// LEAKHOUND_BENCH_FIXTURE_ROUNDS (default 3), LEAKHOUND_BENCH_REPEAT (in-process runs per
// thread count, fastest kept; default 3), LEAKHOUND_BENCH_SECRETLINT=0 to skip secretlint.
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultThreads } from '../../../scanner/scan-files.js';
import { ensureCorpus } from './corpus.js';
import { cliCommand, scanInProcess, scanWithCli, type InProcessRun } from './run-leakhound.js';
import { runSecretlint, secretlintBin, secretlintVersion, writeSecretlintConfig } from './run-secretlint.js';
import { byCategory } from './categories.js';
import {
  mbps,
  mib,
  printCategories,
  printFalsePositives,
  printKinds,
  printScore,
  secs,
  subsetRecall,
} from './report.js';
import { score, type Score } from './score.js';

const int = (name: string, fallback: number): number => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : fallback;
};

/** The repository root: the nearest folder up from here whose package.json is leakhound's. */
function repoRoot(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'leakhound')
      return dir;
  }
  throw new Error('scan bench: cannot find the leakhound repository root above this file');
}

/** Other load on the machine only ever slows a run down, so the fastest run is the measurement. */
async function fastest(n: number, run: () => Promise<InProcessRun>): Promise<InProcessRun> {
  let best = await run();
  for (let i = 1; i < n; i++) {
    const r = await run();
    if (r.ms < best.ms) best = r;
  }
  return best;
}

const generated = (k: string): boolean => !k.startsWith('fixture:');
const fromFixtures = (k: string): boolean => k.startsWith('fixture:');

export async function main(): Promise<void> {
  const repo = repoRoot();
  const params = {
    megabytes: int('LEAKHOUND_BENCH_MB', 40),
    seed: int('LEAKHOUND_BENCH_SEED', 20240611),
    fixtureRounds: int('LEAKHOUND_BENCH_FIXTURE_ROUNDS', 3),
  };
  const cache = join(repo, '.bench');

  console.log('== scan bench ==');
  const t0 = performance.now();
  const corpus = ensureCorpus(cache, params);
  const m = corpus.manifest;
  const home = dirname(corpus.dir);
  writeSecretlintConfig(corpus.dir);
  const kinds = new Set(m.planted.map((p) => p.kind));
  console.log(
    `corpus ${relative(repo, corpus.dir)} (${corpus.generated ? `generated in ${secs(performance.now() - t0)}` : 'cached'})`,
  );
  console.log(
    `  ${m.files.toLocaleString('en-US')} files, ${(m.bytes / 1e6).toFixed(1)} MB; ${m.planted.length} planted credentials of ${kinds.size} kinds (${m.planted.filter((p) => p.source === 'catalogue').length} generated in context, ${m.planted.filter((p) => p.source === 'fixture').length} from rule fixtures); ${m.lookAlikes.length} look-alikes`,
  );
  if (m.unlocatedFixtures > 0)
    console.log(`  (${m.unlocatedFixtures} fixture true positives left out: their secret is not in their text)`);
  console.log(
    `machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown cpu'}), load average ${loadavg()[0]!.toFixed(1)}, Node ${process.version}; default threads = ${defaultThreads()}`,
  );

  const repeat = int('LEAKHOUND_BENCH_REPEAT', 3);
  console.log(
    `\nleakhound throughput (scanFiles in process, wall time including the directory walk; fastest of ${repeat})`,
  );
  const single = await fastest(repeat, () => scanInProcess(corpus.dir, 1));
  const multi = await fastest(repeat, () => scanInProcess(corpus.dir, 0));
  for (const r of [multi, single]) {
    const label = `  threads=${r.threads === 0 ? `${defaultThreads()} (default)` : '1'}`.padEnd(26);
    console.log(
      `${label}${secs(r.ms).padStart(8)}  ${mbps(r.bytes, r.ms).padStart(12)}   cpu ${secs(r.cpuMs)}, ${mbps(r.bytes, r.cpuMs)} per cpu-second   ${r.files} files, ${r.findings.length} findings${r.skipped ? `, ${r.skipped} skipped` : ''}`,
    );
  }

  const cli = cliCommand(repo);
  let cliRun: { ms: number; cpuMs: number | null } | null = null;
  if ('error' in cli) console.log(`  CLI: not run (${cli.error}); peak RSS n/a`);
  else {
    const how = `${relative(repo, cli[cli.length - 1]!)} scan --format json`;
    for (const threads of [0, 1]) {
      const run = await scanWithCli(cli, corpus.dir, join(home, 'leakhound.json'), threads);
      const label = `  CLI, threads=${threads === 0 ? `${defaultThreads()} (default)` : '1'}`.padEnd(26);
      if (run.findings === null) console.log(`${label}failed with exit ${run.code}: ${run.stderr.split('\n')[0]}`);
      else
        console.log(
          `${label}${secs(run.ms).padStart(8)}  ${mbps(m.bytes, run.ms).padStart(12)}   cpu ${run.cpuMs === null ? 'n/a' : secs(run.cpuMs)}, peak RSS ${mib(run.maxRss)}, ${run.findings} findings`,
        );
      if (threads === 0) cliRun = run;
    }
    console.log(
      `  (in process: the fastest run, main-thread JIT warm, workers started cold each scan; CLI: ${how}, a cold start)`,
    );
  }

  const reported = multi.findings.map((f) => ({ file: f.file, line: f.startLine, ruleId: f.ruleId, secret: f.secret }));
  const ours = score(m, reported);
  console.log('\naccuracy against the planted set');
  printScore('leakhound', ours);
  console.log(
    `    generated in context: recall ${subsetRecall(ours, generated)}; rule fixtures: recall ${subsetRecall(ours, fromFixtures)}`,
  );
  console.log("  by category (recall: its planted secrets found by any rule; precision: its rules' reports)");
  printCategories(byCategory(ours, reported, m.planted));

  let theirs: Score | null = null;
  const bin = secretlintBin(repo);
  if (process.env.LEAKHOUND_BENCH_SECRETLINT === '0')
    console.log('\nsecretlint: skipped (LEAKHOUND_BENCH_SECRETLINT=0)');
  else if (bin === null) console.log('\nsecretlint: not installed (node_modules/.bin/secretlint); no baseline');
  else {
    console.log(`\nsecretlint ${secretlintVersion(repo)} (recommend preset, same corpus; this takes a while)`);
    const run = await runSecretlint(bin, corpus.dir, join(home, 'secretlint.json'));
    if (run.reports === null) console.log(`  failed with exit ${run.code}: ${run.stderr.split('\n')[0]}`);
    else {
      theirs = score(m, run.reports);
      console.log(
        `  ${secs(run.ms)} wall, ${mbps(m.bytes, run.ms)}, cpu ${run.cpuMs === null ? 'n/a' : secs(run.cpuMs)}, peak RSS ${mib(run.maxRss)}, ${run.reports.length} reports`,
      );
      printScore('secretlint', theirs);
      console.log(
        `    generated in context: recall ${subsetRecall(theirs, generated)}; rule fixtures: recall ${subsetRecall(theirs, fromFixtures)}`,
      );
      const x = (a: number, b: number): string => `${(a / b).toFixed(1)}x`;
      console.log('\nleakhound / secretlint throughput (secretlint time ÷ leakhound time)');
      console.log(
        `  wall: in process default threads ${x(run.ms, multi.ms)}, single thread ${x(run.ms, single.ms)}${cliRun ? `, CLI vs CLI (with start-up) ${x(run.ms, cliRun.ms)}` : ''}`,
      );
      if (run.cpuMs !== null)
        console.log(
          `  cpu:  in process default threads ${x(run.cpuMs, multi.cpuMs)}, single thread ${x(run.cpuMs, single.cpuMs)}${cliRun?.cpuMs ? `, CLI vs CLI ${x(run.cpuMs, cliRun.cpuMs)}` : ''}`,
        );
    }
  }

  console.log('\nleakhound by kind, generated in context (found/planted; lowest recall first)');
  printKinds(ours, theirs, generated, false);
  console.log('\nleakhound by kind, rule fixtures (only kinds with misses)');
  printKinds(ours, theirs, fromFixtures, true);
  console.log('\nleakhound false positives');
  if (ours.falsePositives === 0) console.log('  none');
  printFalsePositives(ours);
  if (theirs && theirs.falsePositives > 0) {
    console.log('\nsecretlint false positives');
    printFalsePositives(theirs, 6);
  }
  console.log(
    `\nreports: ${relative(repo, home)}/{leakhound,secretlint}.json; planted set: ${relative(repo, home)}/manifest.json`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
