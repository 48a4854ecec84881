// The hook daemon (`leakhound hook daemon`, scanner/daemon/): a pre-commit hook hands it its check
// and gets the same output and exit code as when it checks by itself; whatever goes wrong with
// the daemon, the hook checks by itself; and it uses only a socket in a directory no one else
// can enter. Run from the bundle, as hooks run it: each test gets its own XDG_RUNTIME_DIR.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { awsKeyId } from '../helpers/git-secrets.js';
import { gitdir, type GitDir } from '../helpers/gitdir.js';
import { fileIds } from '../../scanner/daemon/protocol.js';
import { socketIn } from '../../scanner/daemon/where.js';

const BUNDLE = fileURLToPath(new URL('../../scanner/dist/cli.js', import.meta.url));
// The id the build wrote into cli.js (scripts/build-cli.mjs).
const BUILD = /\bBUILD = true \? "([0-9a-f]{16})"/.exec(readFileSync(BUNDLE, 'utf8'))?.[1];

let leaky: GitDir;
let clean: GitDir;
let runtime: string;
let daemons: ChildProcess[] = [];
const key = awsKeyId();

beforeAll(() => {
  leaky = gitdir([{ commit: 'start', files: { 'app.env': 'A=1\n' } }, { stage: { 'app.env': `A=1\nKEY=${key}\n` } }]);
  clean = gitdir([{ commit: 'start', files: { 'app.env': 'A=1\n' } }, { stage: { 'app.env': 'A=2\n' } }]);
});
afterAll(() => {
  leaky.cleanup();
  clean.cleanup();
});
beforeEach(() => {
  runtime = mkdtempSync(join(tmpdir(), 'leakhound-xdg-'));
});
afterEach(() => {
  for (const d of daemons) d.kill('SIGKILL');
  daemons = [];
  rmSync(runtime, { recursive: true, force: true });
});

const dir = (): string => join(runtime, `leakhound-${process.getuid!()}`);
const socket = (): string => socketIn(dir(), BUILD!);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The CLI in `cwd`, with the test's runtime directory (or none: `daemon: false`). */
function cli(args: string[], cwd: string, extra: NodeJS.ProcessEnv = {}, daemon = true): Run {
  const r = spawnSync(process.execPath, [BUNDLE, ...args], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      ...leaky.env,
      NO_COLOR: '1',
      XDG_RUNTIME_DIR: daemon ? runtime : join(runtime, 'none'),
      ...extra,
    },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `cli` without blocking this process (a stand-in daemon here must answer meanwhile). */
function cliAsync(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BUNDLE, ...args], {
      cwd,
      env: { ...process.env, ...leaky.env, NO_COLOR: '1', XDG_RUNTIME_DIR: runtime },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `hook daemon run` in the foreground; resolves once it answers. */
async function runDaemon(idle = '10m', checkTimeout = '60s'): Promise<ChildProcess & { output: () => string }> {
  let output = '';
  const args = ['hook', 'daemon', 'run', '--idle-timeout', idle, '--check-timeout', checkTimeout];
  const child = spawn(process.execPath, [BUNDLE, ...args], {
    env: { ...process.env, XDG_RUNTIME_DIR: runtime },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  daemons.push(child);
  for (let i = 0; i < 200 && served() === null; i++) await new Promise((r) => setTimeout(r, 25));
  if (served() === null) throw new Error(`the daemon did not start: ${output}`);
  return Object.assign(child, { output: () => output });
}

/** Whether the daemon answers a check with `busy` (one runs). */
async function busy(): Promise<boolean> {
  return (await rawCheck('/', {}, { cwd: ['1', '1'], root: ['1', '1'] })).includes('"busy"');
}

/** The daemon's answer (trimmed; '' when there is none) to a `diff --staged` check written by hand. */
function rawCheck(cwd: string, env: NodeJS.ProcessEnv, ids: { cwd: [string, string]; root: [string, string] }) {
  return new Promise<string>((resolve) => {
    const conn = connect(socket());
    let text = '';
    conn.on('data', (d) => (text += d));
    conn.on('error', () => {});
    conn.on('close', () => resolve(text.trim()));
    const request = { op: 'check', argv: ['diff', '--staged'], cwd, env, tty: { out: false, err: false }, ids };
    conn.end(`${JSON.stringify(request)}\n`);
  });
}

/** How many checks the daemon has run, or null when none answers. */
function served(): number | null {
  const r = cli(['hook', 'daemon', 'status'], runtime);
  const m = /(\d+) checks run/.exec(r.stdout);
  return m ? Number(m[1]) : null;
}

/** Whether process `pid` runs (a zombie left to an init that does not reap counts as gone). */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
}

const exited = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((r) => child.on('exit', (code) => r(code)));

describe('hook daemon', () => {
  it('is found in the bundle: its build id names the socket', () => {
    expect(BUILD).toMatch(/^[0-9a-f]{16}$/);
  });

  it('runs the check a hook hands it, with the same output and exit code', async () => {
    await runDaemon();
    const cases: [string[], GitDir][] = [
      [['diff', '--staged'], leaky],
      [['diff', '--staged', '--format', 'json'], leaky],
      [['diff', '--staged', '-f', 'sarif'], leaky],
      [['diff', '--staged'], clean],
      [['hook', 'run', 'pre-commit'], leaky],
      [['hook', 'run', 'pre-commit'], clean],
    ];
    let count = 0;
    for (const [args, repo] of cases) {
      const own = cli(args, repo.dir, {}, false);
      const handed = cli(args, repo.dir);
      expect(served(), args.join(' ')).toBe(++count);
      expect(handed, args.join(' ')).toEqual(own);
    }
    // The finding was reported, not just matched between two empty runs; never the key itself.
    const text = cli(['diff', '--staged'], leaky.dir);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('aws-access-key-id');
    expect(text.stdout + text.stderr).not.toContain(key);
    expect(cli(['hook', 'run', 'pre-commit'], leaky.dir).stderr).toContain('commit blocked');
  });

  it('writes a --output report in the hook’s directory, as the hook would', async () => {
    await runDaemon();
    const r = cli(['diff', '--staged', '--format', 'json', '--output', 'report.json'], leaky.dir);
    expect(r).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(served()).toBe(1);
    const report = join(leaky.dir, 'report.json');
    expect(JSON.parse(readFileSync(report, 'utf8'))[0].ruleId).toBe('aws-access-key-id');
    rmSync(report);
  });

  it('checks with the hook’s environment, and only for that hook (GIT_INDEX_FILE)', async () => {
    await runDaemon();
    // `git commit FILE` runs the hook with a temporary index: what it holds is what is committed.
    const index = join(clean.dir, '.git', 'other-index');
    const envFor = { ...clean.env, GIT_INDEX_FILE: index };
    const blob = spawnSync('git', ['hash-object', '-w', '--stdin'], {
      cwd: clean.dir,
      input: `A=1\nKEY=${key}\n`,
      encoding: 'utf8',
      env: clean.env,
    }).stdout.trim();
    spawnSync('git', ['read-tree', 'HEAD'], { cwd: clean.dir, env: envFor });
    spawnSync('git', ['update-index', '--cacheinfo', `100644,${blob},app.env`], { cwd: clean.dir, env: envFor });

    const other = cli(['diff', '--staged', '--format', 'json'], clean.dir, { GIT_INDEX_FILE: index });
    expect(other.code).toBe(1);
    expect(other).toEqual(cli(['diff', '--staged', '--format', 'json'], clean.dir, { GIT_INDEX_FILE: index }, false));
    // The next hook, without it, sees the repository's own index.
    expect(cli(['diff', '--staged'], clean.dir).code).toBe(0);
    expect(served()).toBe(2);
  });

  it('runs hooks from several repositories at once, each with its own result (a busy daemon sends the hook back)', async () => {
    await runDaemon();
    const run = (repo: GitDir) =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [BUNDLE, 'diff', '--staged'], {
          cwd: repo.dir,
          env: { ...process.env, ...repo.env, XDG_RUNTIME_DIR: runtime },
          stdio: 'ignore',
        });
        child.on('exit', resolve);
      });
    const codes = await Promise.all([run(leaky), run(clean), run(leaky), run(clean), run(leaky), run(clean)]);
    expect(codes).toEqual([1, 0, 1, 0, 1, 0]);
    expect(served()).toBeGreaterThanOrEqual(1);
    expect(served()).toBeLessThanOrEqual(6);
  });

  it('leaves other command lines to the hook (commander’s flags, pre-push, other commands)', async () => {
    await runDaemon();
    const redacted = cli(['diff', '--staged', '--redact', '50'], leaky.dir);
    expect(redacted.code).toBe(1);
    expect(redacted).toEqual(cli(['diff', '--staged', '--redact', '50'], leaky.dir, {}, false));
    expect(cli(['diff', '--staged', '--format', 'xml'], leaky.dir).code).toBe(2);
    expect(served()).toBe(0);
  });

  it('writes nothing of a check to its own output', async () => {
    const daemon = await runDaemon();
    cli(['diff', '--staged'], leaky.dir);
    cli(['diff', '--staged', '--format', 'json'], leaky.dir);
    expect(served()).toBe(2);
    expect(daemon.output()).toBe('');
  });

  it('when killed: the hook checks by itself and removes the stale socket', async () => {
    const daemon = await runDaemon();
    daemon.kill('SIGKILL');
    await exited(daemon);
    expect(existsSync(socket())).toBe(true);
    const r = cli(['diff', '--staged'], leaky.dir);
    expect(r).toEqual(cli(['diff', '--staged'], leaky.dir, {}, false));
    expect(r.code).toBe(1);
    expect(existsSync(socket())).toBe(false);
  });

  it('stops when asked, after its idle time, or when its socket is gone; and starts in the background', async () => {
    const a = await runDaemon();
    expect(cli(['hook', 'daemon', 'stop'], runtime).stdout).toBe('leakhound: hook daemon stopped\n');
    expect(await exited(a)).toBe(0);
    expect(existsSync(socket())).toBe(false);
    expect(cli(['hook', 'daemon', 'stop'], runtime).stdout).toBe('leakhound: no hook daemon running\n');

    const b = await runDaemon('1s');
    expect(await exited(b)).toBe(0);
    expect(existsSync(socket())).toBe(false);

    const started = cli(['hook', 'daemon', 'start', '--idle-timeout', '5m'], runtime);
    expect(started.code).toBe(0);
    const pid = Number(/pid (\d+)/.exec(started.stdout)?.[1]);
    expect(started.stdout).toContain('hook daemon started');
    expect(cli(['hook', 'daemon', 'start'], runtime).stdout).toBe(
      `leakhound: hook daemon already running (pid ${pid})\n`,
    );
    expect(cli(['diff', '--staged'], leaky.dir).code).toBe(1);
    expect(served()).toBe(1);
    expect(cli(['hook', 'daemon', 'stop'], runtime).code).toBe(0);
    for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
    expect(alive(pid)).toBe(false);

    // A tmp cleaner removed its socket: no hook can reach it, so it stops (checked every 5 s).
    const c = await runDaemon();
    rmSync(socket());
    expect(await exited(c)).toBe(0);
  }, 30_000);

  it('LEAKHOUND_HOOK_DAEMON=auto: a hook that found none starts one for the next commits', async () => {
    const auto = { LEAKHOUND_HOOK_DAEMON: 'auto' };
    const first = cli(['diff', '--staged'], leaky.dir, auto);
    expect(first).toEqual(cli(['diff', '--staged'], leaky.dir, {}, false));
    for (let i = 0; i < 200 && served() === null; i++) await new Promise((r) => setTimeout(r, 25));
    expect(served()).toBe(0);
    expect(cli(['hook', 'run', 'pre-commit'], leaky.dir, auto).code).toBe(1);
    expect(served()).toBe(1);
    expect(cli(['hook', 'daemon', 'stop'], runtime).code).toBe(0);
    // Not where it would be unsafe: no daemon is started there.
    chmodSync(dir(), 0o755);
    expect(cli(['diff', '--staged'], leaky.dir, auto).code).toBe(1);
    await new Promise((r) => setTimeout(r, 500));
    expect(readdirSync(dir())).toEqual([]);
  });

  it('a check that hangs: other hooks check by themselves meanwhile, and past --check-timeout the daemon ends', async () => {
    const daemon = await runDaemon('10m', '3s');
    // A hook whose git never answers (its PATH finds a git that sleeps).
    const bin = mkdtempSync(join(tmpdir(), 'lh-slow-git-'));
    writeFileSync(join(bin, 'git'), `#!/bin/sh\necho $$ >> "${join(bin, 'pids')}"\nexec sleep 30\n`, { mode: 0o755 });
    const hung = spawn(process.execPath, [BUNDLE, 'diff', '--staged'], {
      cwd: clean.dir,
      env: { ...process.env, ...clean.env, XDG_RUNTIME_DIR: runtime, PATH: `${bin}:${process.env.PATH}` },
      stdio: 'ignore',
    });
    daemons.push(hung);
    try {
      for (let i = 0; i < 100 && !(await busy()); i++) await new Promise((r) => setTimeout(r, 50));
      const started = Date.now();
      const other = await cliAsync(['diff', '--staged'], leaky.dir);
      expect(other.code).toBe(1);
      expect(Date.now() - started).toBeLessThan(2500);
      expect(served()).toBe(0);
      // The daemon ends itself (and the git it started, which holds the hook's environment); the
      // hung hook, no longer hearing it, checks by itself (and waits for its own git).
      const daemonGit = Number(readFileSync(join(bin, 'pids'), 'utf8').split('\n')[0]);
      expect(alive(daemonGit)).toBe(true);
      await exited(daemon);
      expect(existsSync(socket())).toBe(false);
      for (let i = 0; i < 40 && alive(daemonGit); i++) await new Promise((r) => setTimeout(r, 50));
      expect(alive(daemonGit)).toBe(false);
    } finally {
      hung.kill('SIGKILL');
      rmSync(bin, { recursive: true, force: true });
    }
  }, 30_000);

  it('declines a check whose directory is not the one the hook knows (another root or mount)', async () => {
    await runDaemon();
    const request = (ids: { cwd: [string, string]; root: [string, string] }) =>
      rawCheck(leaky.dir, { ...process.env, ...leaky.env }, ids);
    const real = { cwd: fileIds(leaky.dir), root: fileIds('/') };
    expect(JSON.parse(await request(real)).code).toBe(1);
    expect(JSON.parse(await request({ ...real, cwd: fileIds(clean.dir) }))).toEqual({ op: 'decline' });
    expect(JSON.parse(await request({ ...real, root: fileIds(leaky.dir) }))).toEqual({ op: 'decline' });
    expect(served()).toBe(1);
  });

  it('makes its socket its owner’s alone, whatever the umask', async () => {
    const child = spawn('sh', ['-c', `umask 000; exec "${process.execPath}" "${BUNDLE}" hook daemon run`], {
      env: { ...process.env, XDG_RUNTIME_DIR: runtime },
      stdio: 'ignore',
    });
    daemons.push(child);
    for (let i = 0; i < 200 && served() === null; i++) await new Promise((r) => setTimeout(r, 25));
    expect(statSync(socket()).mode & 0o777).toBe(0o600);
  });

  it('a hook that asks for a profile (LEAKHOUND_PROFILE=1) gets one of its own run', async () => {
    await runDaemon();
    const r = cli(['diff', '--staged'], leaky.dir, { LEAKHOUND_PROFILE: '1' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/peak RSS/);
    expect(served()).toBe(0);
  });

  it('a runtime directory the hook cannot look into is no daemon, not an error', () => {
    const file = join(runtime, 'a-file');
    writeFileSync(file, '');
    for (const XDG_RUNTIME_DIR of [file, join(file, 'below')]) {
      const r = cli(['diff', '--staged'], leaky.dir, { XDG_RUNTIME_DIR });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('aws-access-key-id');
      expect(r.stderr).not.toMatch(/internal error|at .*\.js/);
    }
  });

  it('LEAKHOUND_HOOK_DAEMON=off: the hook checks by itself even when one runs', async () => {
    await runDaemon();
    const r = cli(['diff', '--staged'], leaky.dir, { LEAKHOUND_HOOK_DAEMON: 'off' });
    expect(r.code).toBe(1);
    expect(served()).toBe(0);
  });

  it('hook install --daemon: git commit starts one, and the next commit is checked by it', async () => {
    const repo = gitdir([
      { commit: 'start', files: { 'app.env': 'A=1\n' } },
      { stage: { 'app.env': `A=1\nKEY=${key}\n` } },
    ]);
    try {
      expect(cli(['hook', 'install', '--daemon'], repo.dir).code).toBe(0);
      const commit = () =>
        spawnSync('git', ['commit', '-q', '-m', 'add key'], {
          cwd: repo.dir,
          encoding: 'utf8',
          env: { ...process.env, ...repo.env, XDG_RUNTIME_DIR: runtime },
        });
      const first = commit();
      expect(first.status).toBe(1);
      expect(first.stderr).toContain('commit blocked');
      for (let i = 0; i < 200 && served() === null; i++) await new Promise((r) => setTimeout(r, 25));
      const second = commit();
      expect(second.status).toBe(1);
      expect(second.stderr).toBe(first.stderr);
      expect(served()).toBe(1);
      expect(repo.git('log', '--oneline').split('\n')).toHaveLength(1);
    } finally {
      cli(['hook', 'daemon', 'stop'], runtime);
      repo.cleanup();
    }
  });

  it('a second daemon of the same build does not take over', async () => {
    await runDaemon();
    const second = spawnSync(process.execPath, [BUNDLE, 'hook', 'daemon', 'run'], {
      env: { ...process.env, XDG_RUNTIME_DIR: runtime },
      encoding: 'utf8',
    });
    expect(second.status).toBe(0);
    expect(second.stderr).toBe('leakhound: a hook daemon of this leakhound is already running\n');
    expect(served()).toBe(0);
  });

  it('rejects a bad --idle-timeout with one line and exit 2', () => {
    for (const idle of ['0s', '25h', '10', 'soon', '-1m']) {
      const r = cli(['hook', 'daemon', 'start', '--idle-timeout', idle], runtime);
      expect(r.code, idle).toBe(2);
      expect(r.stderr, idle).toMatch(/^leakhound: [^\n]*idle-timeout[^\n]*\n$/);
    }
    expect(existsSync(socket())).toBe(false);
  });
});

describe('a socket the hook must not trust', () => {
  /** A stand-in at this build's socket path that answers every check with `reply`. */
  async function impostor(reply: string): Promise<{ server: Server; asked: () => number }> {
    let asked = 0;
    const server = createServer({ allowHalfOpen: true }, (conn) => {
      asked++;
      conn.on('error', () => {});
      conn.on('data', () => {});
      conn.on('end', () => conn.end(reply));
    });
    await new Promise<void>((r) => server.listen(socket(), r));
    return { server, asked: () => asked };
  }
  const allClear = `${JSON.stringify({ op: 'check', code: 0, out: [] })}\n`;

  it('is used only in a private directory of this user', async () => {
    mkdirSync(dir(), { mode: 0o700 });
    const fake = await impostor(allClear);
    // The stand-in is reached when the directory is private (so the refusals below are real)...
    expect((await cliAsync(['diff', '--staged'], leaky.dir)).code).toBe(0);
    expect(fake.asked()).toBe(1);
    // ...and not when others may enter or write the directory.
    for (const mode of [0o755, 0o770, 0o701, 0o777]) {
      chmodSync(dir(), mode);
      const r = await cliAsync(['diff', '--staged'], leaky.dir);
      expect(r.code, mode.toString(8)).toBe(1);
    }
    expect(fake.asked()).toBe(1);
    chmodSync(dir(), 0o700);
    fake.server.close();
  });

  it('is not used, and no daemon starts, inside a directory someone else could swap it out of', async () => {
    // The runtime directory itself is writable by others (not sticky), or belongs to someone else.
    mkdirSync(dir(), { mode: 0o700 });
    const fake = await impostor(allClear);
    expect((await cliAsync(['diff', '--staged'], leaky.dir)).code).toBe(0);
    chmodSync(runtime, 0o777);
    expect((await cliAsync(['diff', '--staged'], leaky.dir)).code).toBe(1);
    const r = cli(['hook', 'daemon', 'start'], runtime);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^leakhound: hook daemon: .* is inside .*, which others can write to; .*\n$/);
    chmodSync(runtime, 0o1777);
    expect((await cliAsync(['diff', '--staged'], leaky.dir)).code).toBe(0);
    chmodSync(runtime, 0o700);
    if (process.getuid?.() === 0) {
      chownSync(runtime, 1, 1);
      expect((await cliAsync(['diff', '--staged'], leaky.dir)).code).toBe(1);
      chownSync(runtime, 0, 0);
    }
    expect(fake.asked()).toBe(2);
    await new Promise((res) => fake.server.close(res));
  });

  it('a daemon cannot start in a directory others can enter: one line, exit 2', () => {
    mkdirSync(dir(), { mode: 0o755 });
    chmodSync(dir(), 0o755);
    const r = cli(['hook', 'daemon', 'start'], runtime);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^leakhound: hook daemon: .* has mode 755, not 700; .*\n$/);
    expect(readdirSync(dir())).toEqual([]);
  });

  it('an answer that is not a well-formed check result: the hook checks by itself', async () => {
    mkdirSync(dir(), { mode: 0o700 });
    for (const reply of [
      'not json\n',
      `${JSON.stringify({ op: 'check', code: 0 })}\n`,
      `${JSON.stringify({ op: 'check', code: 0, out: [[3, 'x']] })}\n`,
      `${JSON.stringify({ op: 'check', code: -1, out: [] })}\n`,
      JSON.stringify({ op: 'check', code: 0, out: [] }),
      '',
    ]) {
      const fake = await impostor(reply);
      const r = await cliAsync(['diff', '--staged'], leaky.dir);
      expect(r.code, reply).toBe(1);
      expect(fake.asked(), reply).toBe(1);
      await new Promise((res) => fake.server.close(res));
    }
  });
});
