// Rewrite benchmark: removes the history bench repository's planted secrets with leakhound,
// git-filter-repo (--replace-text) and, when Java is present, BFG, each on a fresh mirror
// clone, given the same secrets; prints times as ratios measured in the same run, and checks
// that every tool left no planted secret reachable. Asserts nothing about time.
//   node dist/test/bench/rewrite/run.js
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchRepo } from '../history/generate.js';
import { bfgJar, cleanup, freshMirror, hasFilterRepo, peakRssMb, secretsLeft, type Timing, timed } from './tools.js';

const here = dirname(fileURLToPath(import.meta.url));
/** The built CLI (`npm run bench` builds first). */
const CLI = join(here, '..', '..', '..', 'scanner', 'cli.js');

interface Run extends Timing {
  name: string;
  left: number;
}

export async function runRewriteBench(root = process.cwd(), log = (s: string) => process.stdout.write(`${s}\n`)) {
  log(`rewrite bench: generating or reusing the history bench repository under ${join(root, '.bench')} …`);
  const bench = await benchRepo(join(root, '.bench'));
  const secrets = [...new Set(bench.planted.map((p) => p.secret))];
  mkdirSync(join(root, '.bench'), { recursive: true });
  const work = mkdtempSync(join(root, '.bench', 'rewrite-'));
  try {
    const secretsFile = join(work, 'secrets.txt');
    const replaceFile = join(work, 'replace.txt');
    const findings = join(work, 'findings.json');
    writeFileSync(secretsFile, `${secrets.join('\n')}\n`);
    writeFileSync(replaceFile, `${secrets.map((s) => `${s}==>***REMOVED***`).join('\n')}\n`);
    writeFileSync(
      findings,
      JSON.stringify(
        bench.planted.map((p) => ({ ruleId: 'aws-access-key-id', secret: p.secret, file: p.file, commit: p.commit })),
      ),
    );
    log(
      `repository: ${bench.params.commits} commits, ${(bench.uniqueBlobBytes / 1e6).toFixed(0)} MB unique blob content, ${secrets.length} distinct secrets to remove`,
    );
    log('(one run each on a fresh mirror clone; wall time depends on what else the machine runs, CPU time less)');
    let n = 0;
    const run = (name: string, cmd: string, args: (repo: string) => string[]): Run & { repo: string } => {
      const repo = freshMirror(bench.dir, work, `copy-${n++}.git`);
      const t = timed(cmd, args(repo), repo);
      const r = { name, repo, ...t, left: secretsLeft(repo, secretsFile) };
      log(`${name.padEnd(44)} ${fmt(r)}; planted secrets still reachable: ${r.left}`);
      return r;
    };

    const ours = run('leakhound rewrite --findings', process.execPath, (repo) => [
      CLI,
      'rewrite',
      '--repo',
      repo,
      '--findings',
      findings,
      '--no-progress',
    ]);
    const ourGc = cleanup(ours.repo);
    log(`${'  then reflog expire + gc --prune=now'.padEnd(44)} ${fmt(ourGc)}`);
    const scanned = run('leakhound rewrite (scan + rewrite)', process.execPath, (repo) => [
      CLI,
      'rewrite',
      '--repo',
      repo,
      '--no-progress',
    ]);
    const rss = peakRssMb(process.execPath, [
      CLI,
      'rewrite',
      '--repo',
      freshMirror(bench.dir, work, 'rss.git'),
      '--findings',
      findings,
      '--no-progress',
    ]);
    log(`leakhound rewrite peak RSS: ${rss === null ? 'unknown (no /usr/bin/time)' : `${rss.toFixed(0)} MB`}`);

    if (!hasFilterRepo()) log('git filter-repo: not installed (apt-get install git-filter-repo), comparison skipped');
    else {
      const fr = run('git filter-repo --replace-text --partial', 'git', () => [
        'filter-repo',
        '--replace-text',
        replaceFile,
        '--partial',
        '--force',
        '--quiet',
      ]);
      const frGc = run('git filter-repo --replace-text (with its gc)', 'git', () => [
        'filter-repo',
        '--replace-text',
        replaceFile,
        '--force',
        '--quiet',
      ]);
      log(`leakhound --findings vs filter-repo, rewrite only (--partial): ${ratio(ours, fr)}  (aim: at most 1.0×)`);
      log(`leakhound --findings + gc vs filter-repo with its gc:          ${ratio(sum(ours, ourGc), frGc)}`);
      log(`leakhound scan + rewrite vs filter-repo given the secrets:     ${ratio(scanned, fr)}`);
    }

    const bfg = bfgJar();
    if ('skip' in bfg) log(`BFG: skipped, ${bfg.skip}`);
    else {
      const b = run('BFG 1.14.0 --replace-text --no-blob-protection', 'java', (repo) => [
        '-jar',
        bfg.jar,
        '--replace-text',
        replaceFile,
        '--no-blob-protection',
        repo,
      ]);
      log(`leakhound --findings vs BFG (neither runs gc):                 ${ratio(ours, b)}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const fmt = (t: Timing): string => `${(t.ms / 1000).toFixed(2)} s wall, ${(t.cpuMs / 1000).toFixed(2)} s CPU`;
const ratio = (a: Timing, b: Timing): string =>
  `${(a.ms / b.ms).toFixed(2)}× wall, ${(a.cpuMs / b.cpuMs).toFixed(2)}× CPU`;
const sum = (a: Timing, b: Timing): Timing => ({ ms: a.ms + b.ms, cpuMs: a.cpuMs + b.cpuMs });

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await runRewriteBench();
