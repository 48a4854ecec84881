// The tools the rewrite bench runs, each on its own fresh mirror of the history bench
// repository, and the check that each removed every planted secret.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface Timing {
  ms: number;
  cpuMs: number;
}

/** Runs "$@", then has the shell print the CPU time of its children (`times`, second line). */
const TIMES = '"$@"; status=$?; times >&2; exit $status';

/** Times a command with its whole process tree; throws with its stderr when it fails. */
export function timed(cmd: string, args: string[], cwd: string): Timing {
  const started = performance.now();
  const r = spawnSync('sh', ['-c', TIMES, 'sh', cmd, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = performance.now() - started;
  const lines = (r.stderr ?? '').trim().split('\n');
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${lines.slice(-6, -2).join(' ')}`);
  const [user = '0m0s', sys = '0m0s'] = lines[lines.length - 1]!.trim().split(/\s+/);
  const sec = (t: string): number => {
    const m = /^(\d+)m([\d.]+)s$/.exec(t);
    return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
  };
  return { ms, cpuMs: (sec(user) + sec(sys)) * 1000 };
}

/** A fresh `--mirror` clone (hard-linked objects, so cheap) in `parent`. */
export function freshMirror(source: string, parent: string, name: string): string {
  const dir = join(parent, name);
  execFileSync('git', ['clone', '-q', '--mirror', source, dir]);
  return dir;
}

/** Lines of reachable objects (contents and messages) that still hold a planted secret. */
export function secretsLeft(repo: string, secretsFile: string): number {
  const r = spawnSync(
    'sh',
    ['-c', `git rev-list --objects --all | cut -d' ' -f1 | git cat-file --batch | grep -c -a -F -f '${secretsFile}'`],
    { cwd: repo, encoding: 'utf8' },
  );
  return Number(r.stdout.trim() || '0');
}

/** git gc as filter-repo runs it after a rewrite. */
export function cleanup(repo: string): Timing {
  return timed('sh', ['-c', 'git reflog expire --expire=now --all && git gc -q --prune=now'], repo);
}

export function hasFilterRepo(): boolean {
  return spawnSync('git', ['filter-repo', '--version'], { encoding: 'utf8' }).status === 0;
}

const BFG_VERSION = '1.14.0';

/** BFG's jar from the local Maven repository, fetched through Maven once; or why not. */
export function bfgJar(): { jar: string } | { skip: string } {
  if (spawnSync('java', ['-version']).status !== 0) return { skip: 'java is not installed' };
  const jar = join(homedir(), '.m2', 'repository', 'com', 'madgag', 'bfg', BFG_VERSION, `bfg-${BFG_VERSION}.jar`);
  if (existsSync(jar)) return { jar };
  if (spawnSync('mvn', ['-v']).status !== 0)
    return { skip: `Maven is not installed to fetch com.madgag:bfg:${BFG_VERSION}` };
  const got = spawnSync(
    'mvn',
    ['-q', 'dependency:get', `-Dartifact=com.madgag:bfg:${BFG_VERSION}`, '-Dtransitive=false'],
    { encoding: 'utf8' },
  );
  if (got.status !== 0 || !existsSync(jar))
    return { skip: `mvn dependency:get com.madgag:bfg:${BFG_VERSION} failed (${got.stdout.trim().split('\n')[0]})` };
  return { jar };
}

/** Peak resident memory of a command, through GNU time; null without it. */
export function peakRssMb(cmd: string, args: string[]): number | null {
  if (!existsSync('/usr/bin/time')) return null;
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { encoding: 'utf8' });
  const kb = Number((r.stderr ?? '').trim().split('\n').pop());
  return r.status === 0 && Number.isFinite(kb) ? kb / 1024 : null;
}
