// `leakhound hook daemon run|start|stop|status`: a process that stays up between commits and
// runs their pre-commit checks, so that a hook pays for Node's start and a socket round trip
// instead of loading the CLI, its rules and compiling their regexes on every commit (see the
// README's Performance section). Opt-in: hooks use a daemon only when one is running.
//
// One check at a time: each runs with the hook's directory, environment and terminals in place
// of the daemon's own (process.chdir, process.env, stdio.ts), exactly as the hook would have run
// it, and they are put back afterwards. A hook that comes while a check runs is told to check by
// itself, so one repository's slow check never holds up another's. A check that runs past
// --check-timeout ends the daemon (a watchdog thread sees to it, even if the check blocks this
// one): its hook, no longer hearing it, checks by itself. The daemon
// keeps only what does not depend on the check: loaded modules, rules and their compiled
// regexes. It writes nothing to any log.
import { chmodSync, lstatSync, unlinkSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { Worker } from 'node:worker_threads';
import { reportError } from '../cli-report.js';
import { enableRegexFallback } from '../detect/regex-safety.js';
import { InputError, isUserError, UsageError } from '../errors.js';
import { hookInvocation, runHookInvocation } from '../hook-invocation.js';
import { redirectStdio, type OutStream } from '../stdio.js';
import {
  ask,
  fileIds,
  HEARTBEAT_MS,
  MAX_REQUEST,
  removeSocket,
  type CheckReply,
  type CheckRequest,
  type DeclineReply,
  type Request,
  type StatusReply,
} from './protocol.js';
import { BUILD, daemonDir, launchDaemon, makeDaemonDir, socketIn } from './where.js';

const DAY_MS = 24 * 3600_000;

/** A duration flag: a whole number with s, m or h, from 1s to 24h. */
export function parseDuration(flag: string, text: string): number {
  const m = /^(\d{1,6})(s|m|h)$/.exec(text);
  const ms = m ? Number(m[1]) * { s: 1000, m: 60_000, h: 3600_000 }[m[2] as 's' | 'm' | 'h'] : 0;
  if (ms < 1000 || ms > DAY_MS)
    throw new UsageError(`${flag} ${text}: give a duration from 1s to 24h, e.g. 30m, 90s or 2h`);
  return ms;
}

export interface DaemonFlags {
  idleTimeout: string;
  checkTimeout: string;
}

/** This build's socket, its directory created (private) if need be. */
function socketPath(): string {
  if (BUILD === null)
    throw new UsageError('hook daemon: run it from the built CLI (scanner/dist/cli.js), not from the sources');
  const dir = daemonDir();
  if (dir === null) throw new UsageError('hook daemon: not available on Windows; hooks check by themselves there');
  const unsafe = makeDaemonDir(dir);
  if (unsafe)
    throw new InputError(
      `hook daemon: ${dir} ${unsafe}; it must be a directory only you can reach: remove it, or set XDG_RUNTIME_DIR to a directory of yours`,
    );
  return socketIn(dir, BUILD);
}

/** The running daemon's status, or null when none answers. */
export async function daemonStatus(): Promise<StatusReply | null> {
  const reply = (await ask(socketPath(), { op: 'status' }, 5000)) as StatusReply | null;
  return reply?.op === 'status' ? reply : null;
}

/** Starts a daemon in the background unless one runs; its status once it answers. */
export async function startDaemon(cli: string, flags: DaemonFlags): Promise<{ status: StatusReply; started: boolean }> {
  parseDuration('--idle-timeout', flags.idleTimeout);
  parseDuration('--check-timeout', flags.checkTimeout);
  const running = await daemonStatus();
  if (running) return { status: running, started: false };
  launchDaemon(cli, ['--idle-timeout', flags.idleTimeout, '--check-timeout', flags.checkTimeout]);
  for (let waited = 0; waited < 10_000; waited += 50) {
    await new Promise((r) => setTimeout(r, 50));
    const status = await daemonStatus();
    if (status) return { status, started: true };
  }
  throw new InputError('hook daemon: it did not start within 10 s; run leakhound hook daemon run to see why');
}

/** Asks the daemon to stop; false when none was running. */
export async function stopDaemon(): Promise<boolean> {
  const socket = socketPath();
  const reply = (await ask(socket, { op: 'stop' }, 5000)) as { op?: string } | null;
  if (reply?.op !== 'stop') return false;
  // It removes its socket as it exits.
  for (let waited = 0; waited < 5000 && lstatSync(socket, { throwIfNoEntry: false }); waited += 20)
    await new Promise((r) => setTimeout(r, 20));
  return true;
}

/**
 * Runs the daemon in this process until it is stopped, is idle for --idle-timeout, a check runs
 * past --check-timeout, or its socket is removed or taken over. False when another daemon of
 * this build already runs.
 */
export async function runDaemon(flags: DaemonFlags): Promise<boolean> {
  const idleMs = parseDuration('--idle-timeout', flags.idleTimeout);
  const checkMs = parseDuration('--check-timeout', flags.checkTimeout);
  const socket = socketPath();
  let stale = false;
  if ((await ask(socket, { op: 'status' }, 5000, () => (stale = true))) !== null) return false;
  // A socket no process listens on (a daemon killed) is left behind: replace it. One that
  // accepts but does not answer is left to whoever holds it.
  if (stale) unlinkSync(socket);
  else if (lstatSync(socket, { throwIfNoEntry: false }))
    throw new InputError(`hook daemon: ${socket} accepts but does not answer; stop the process that holds it`);
  enableRegexFallback();
  // Hold no directory of anyone's: each check runs in its hook's.
  process.chdir('/');

  const since = Date.now();
  let served = 0;
  let running = false;
  let idleTimer: NodeJS.Timeout | undefined;
  let stopping = false;

  // A hook sends its request and half-closes; the answer goes back after.
  const server: Server = createServer({ allowHalfOpen: true }, (conn) => receive(conn));
  const listening = new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // The socket is created by listen(): only its owner may connect, whatever the umask.
    const umask = process.umask(0o077);
    try {
      server.listen(socket, () => resolve());
    } finally {
      process.umask(umask);
    }
  });
  try {
    await listening;
  } catch (err) {
    // Another daemon started meanwhile and holds the socket.
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') return false;
    throw new InputError(`hook daemon: cannot listen on ${socket} (${(err as NodeJS.ErrnoException).code})`);
  }
  chmodSync(socket, 0o600);
  const ino = lstatSync(socket).ino;
  const watchdog = startWatchdog(socket, ino, checkMs);
  const stopped = new Promise<void>((resolve) => server.on('close', resolve));

  const ours = (): boolean => {
    try {
      return lstatSync(socket).ino === ino;
    } catch {
      return false;
    }
  };
  // Hooks can no longer reach this daemon.
  const release = (): void => {
    removeSocket(socket, ino);
    server.close();
  };
  // Stops taking hooks; exits once the check that runs (if any) is answered.
  const shutdown = (): void => {
    if (stopping) return;
    stopping = true;
    clearTimeout(idleTimer);
    clearInterval(watch);
    release();
    if (!running) setImmediate(() => process.exit(0));
  };
  const idle = (): void => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(shutdown, idleMs);
  };
  // Removed (a tmp cleaner) or replaced: hooks can no longer reach this daemon, so it stops.
  const watch = setInterval(() => {
    if (!ours()) shutdown();
  }, 5000);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.on(signal, () => {
      running = false;
      shutdown();
    });
  // Whatever goes wrong, hooks check by themselves; the daemon goes without a word: an error's
  // text could quote a hook's input.
  server.on('error', () => {
    running = false;
    shutdown();
  });
  process.on('uncaughtException', () => {
    release();
    process.kill(process.pid, 'SIGKILL');
  });
  idle();

  function receive(conn: Socket): void {
    let text = '';
    conn.setEncoding('utf8');
    conn.on('error', () => {});
    const onData = (chunk: string): void => {
      text += chunk;
      const end = text.indexOf('\n');
      if (end < 0) {
        if (text.length > MAX_REQUEST) conn.destroy();
        return;
      }
      conn.off('data', onData);
      let req: Request | null = null;
      try {
        req = end <= MAX_REQUEST ? (JSON.parse(text.slice(0, end)) as Request) : null;
      } catch {
        // not JSON
      }
      if (req === null || typeof req !== 'object') {
        conn.destroy();
        return;
      }
      const reply = (r: object): void => {
        if (!conn.destroyed) conn.end(`${JSON.stringify(r)}\n`);
      };
      if (req.op === 'status') reply(status());
      else if (req.op === 'stop') {
        reply({ op: 'stop' });
        shutdown();
      } else if (req.op !== 'check' || !validCheck(req)) reply({ op: 'decline' });
      else if (running || stopping) reply({ op: 'busy' });
      else run(req, conn, reply);
    };
    conn.on('data', onData);
  }

  function run(req: CheckRequest, conn: Socket, reply: (r: object) => void): void {
    running = true;
    clearTimeout(idleTimer);
    const heartbeat = setInterval(() => conn.writable && conn.write(' '), HEARTBEAT_MS);
    watchdog.begin();
    check(req)
      .then((r) => {
        if (r.op === 'check') served++;
        return r;
      })
      .catch((): DeclineReply => ({ op: 'failed' }))
      .then((r) => {
        clearInterval(heartbeat);
        watchdog.end();
        reply(r);
        running = false;
        if (stopping) setImmediate(() => process.exit(0));
        else idle();
      });
  }

  function status(): StatusReply {
    return { op: 'status', pid: process.pid, build: BUILD!, since, served, idleMs };
  }

  await stopped;
  return true;
}

/**
 * A thread that ends the daemon when a check runs past `ms`: it removes the socket (if still
 * ours), kills the daemon's children (the check's git, which holds the hook's environment) and
 * then the daemon, with SIGKILL. A thread of its own, because a check can block the main one (a
 * file that never ends, read synchronously), and with it every timer and signal handler there;
 * SIGKILL, because exit() waits for libuv's thread pool, where a stuck read may never return.
 * The abandoned check's hook, no longer hearing the heartbeat, checks by itself.
 */
function startWatchdog(socket: string, ino: number, ms: number): { begin(): void; end(): void } {
  const state = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(WATCHDOG, { eval: true, workerData: { state: state.buffer, socket, ino, ms } });
  worker.unref();
  let generation = 0;
  const set = (value: number): void => {
    Atomics.store(state, 0, value);
    Atomics.notify(state, 0);
  };
  return { begin: () => set(++generation), end: () => set(0) };
}

// The watchdog thread: state[0] is 0 between checks, else the running check's number.
const WATCHDOG = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const state = new Int32Array(workerData.state);
for (;;) {
  const check = Atomics.load(state, 0);
  if (check === 0) {
    Atomics.wait(state, 0, 0);
    continue;
  }
  if (Atomics.wait(state, 0, check, workerData.ms) !== 'timed-out' || Atomics.load(state, 0) !== check) continue;
  try {
    if (fs.lstatSync(workerData.socket).ino === workerData.ino) fs.unlinkSync(workerData.socket);
  } catch {}
  try {
    for (const task of fs.readdirSync('/proc/self/task'))
      for (const pid of fs.readFileSync('/proc/self/task/' + task + '/children', 'utf8').split(' '))
        if (pid.trim()) try { process.kill(Number(pid), 'SIGKILL'); } catch {}
  } catch {}
  process.kill(process.pid, 'SIGKILL');
}
`;

function isIds(x: unknown): x is [string, string] {
  return Array.isArray(x) && x.length === 2 && x.every((v) => typeof v === 'string' && /^\d{1,20}$/.test(v));
}

function validCheck(req: CheckRequest): boolean {
  return (
    Array.isArray(req.argv) &&
    req.argv.length <= 64 &&
    req.argv.every((a) => typeof a === 'string') &&
    typeof req.cwd === 'string' &&
    req.cwd.startsWith('/') &&
    typeof req.env === 'object' &&
    req.env !== null &&
    !Array.isArray(req.env) &&
    Object.values(req.env).every((v) => typeof v === 'string') &&
    typeof req.tty?.out === 'boolean' &&
    typeof req.tty?.err === 'boolean' &&
    isIds(req.ids?.cwd) &&
    isIds(req.ids?.root)
  );
}

/** Whether `path` is, for this process, the file the hook knows by `ids` (device, inode). */
function same(path: string, ids: [string, string]): boolean {
  try {
    const [dev, ino] = fileIds(path);
    return dev === ids[0] && ino === ids[1];
  } catch {
    return false;
  }
}

/**
 * Runs a hook's check as the hook would have: in its directory, with its environment, writing
 * to its terminals (collected here). Declined, so the hook runs it itself: a command line that
 * is not a pre-commit hook's (hook-invocation.ts), a directory that is not the hook's own here
 * (another root or mount), and a hook that wants a profile (LEAKHOUND_PROFILE) of its own run.
 * Rejects when the check fails for a reason that is not the hook's input (the hook then runs it
 * and meets the same reason, or none).
 */
async function check(req: CheckRequest): Promise<CheckReply | DeclineReply> {
  const hook = hookInvocation(req.argv);
  if (!hook || req.env.LEAKHOUND_PROFILE === '1') return { op: 'decline' };
  if (!same('/', req.ids.root) || !same(req.cwd, req.ids.cwd)) return { op: 'decline' };
  try {
    process.chdir(req.cwd);
  } catch {
    return { op: 'decline' };
  }
  const out: [1 | 2, string][] = [];
  const collect = (fd: 1 | 2, isTTY: boolean): OutStream => ({
    isTTY,
    write(text: string, done?: (err?: Error | null) => void) {
      out.push([fd, String(text)]);
      done?.();
      return true;
    },
  });
  const ownEnv = process.env;
  process.env = { ...req.env };
  redirectStdio({ out: collect(1, req.tty.out), err: collect(2, req.tty.err) });
  let code: number;
  try {
    code = await runHookInvocation(hook);
  } catch (err) {
    if (!isUserError(err)) throw err;
    code = reportError(err);
  } finally {
    redirectStdio(null);
    process.env = ownEnv;
    process.chdir('/');
  }
  return { op: 'check', code, out };
}
