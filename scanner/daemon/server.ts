// `leakhound hook daemon run|start|stop|status`: a process that stays up between commits and
// runs their pre-commit checks, so that a hook pays for Node's start and a socket round trip
// instead of loading the CLI, its rules and compiling their regexes on every commit (see the
// README's Performance section). Opt-in: hooks use a daemon only when one is running.
//
// One check at a time: each runs with the hook's directory, environment and terminals in place
// of the daemon's own (process.chdir, process.env, stdio.ts), exactly as the hook would have run
// it, and they are put back afterwards. The daemon keeps only what does not depend on the check:
// loaded modules, rules and their compiled regexes. It writes nothing to any log.
import { lstatSync, unlinkSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { reportError } from '../cli-report.js';
import { enableRegexFallback } from '../detect/regex-safety.js';
import { InputError, UsageError } from '../errors.js';
import { hookInvocation, runHookInvocation } from '../hook-invocation.js';
import { redirectStdio, type OutStream } from '../stdio.js';
import {
  ask,
  MAX_REQUEST,
  type CheckReply,
  type CheckRequest,
  type DeclineReply,
  type Request,
  type StatusReply,
} from './protocol.js';
import { BUILD, daemonDir, launchDaemon, makeDaemonDir, socketIn } from './where.js';

export const DEFAULT_IDLE = '60m';
const MAX_IDLE_MS = 24 * 3600_000;

/** `--idle-timeout`: a whole number with s, m or h, at most 24h. */
export function parseIdle(text: string): number {
  const m = /^(\d{1,6})(s|m|h)$/.exec(text);
  const ms = m ? Number(m[1]) * { s: 1000, m: 60_000, h: 3600_000 }[m[2] as 's' | 'm' | 'h'] : 0;
  if (ms < 1000 || ms > MAX_IDLE_MS)
    throw new UsageError(`--idle-timeout ${text}: give a duration from 1s to 24h, e.g. 30m, 90s or 2h`);
  return ms;
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
      `hook daemon: ${dir} ${unsafe}; it must be a directory only you can enter: remove it, or set XDG_RUNTIME_DIR to one`,
    );
  return socketIn(dir, BUILD);
}

/** The running daemon's status, or null when none answers. */
export async function daemonStatus(): Promise<StatusReply | null> {
  const reply = (await ask(socketPath(), { op: 'status' }, 5000)) as StatusReply | null;
  return reply?.op === 'status' ? reply : null;
}

/** Starts a daemon in the background unless one runs; its status once it answers. */
export async function startDaemon(cli: string, idle: string): Promise<{ status: StatusReply; started: boolean }> {
  parseIdle(idle);
  const running = await daemonStatus();
  if (running) return { status: running, started: false };
  launchDaemon(cli, idle);
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
  const reply = (await ask(socket, { op: 'stop' }, 30_000)) as { op?: string } | null;
  if (reply?.op !== 'stop') return false;
  // It removes its socket as it exits.
  for (let waited = 0; waited < 5000 && lstatSync(socket, { throwIfNoEntry: false }); waited += 20)
    await new Promise((r) => setTimeout(r, 20));
  return true;
}

/**
 * Runs the daemon in this process until it is stopped, is idle for `idleMs`, or its socket is
 * removed or taken over. Resolves when another daemon of this build already runs (false).
 */
export async function runDaemon(idleMs: number): Promise<boolean> {
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
  let queue = Promise.resolve();
  let idleTimer: NodeJS.Timeout | undefined;
  let stopping = false;

  // A hook sends its request and half-closes; the answer goes back after.
  const server: Server = createServer({ allowHalfOpen: true }, (conn) => receive(conn));
  const listening = new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socket, () => resolve());
  });
  try {
    await listening;
  } catch (err) {
    // Another daemon started meanwhile and holds the socket.
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') return false;
    throw new InputError(`hook daemon: cannot listen on ${socket} (${(err as NodeJS.ErrnoException).code})`);
  }
  const ino = lstatSync(socket).ino;
  const stopped = new Promise<void>((resolve) => server.on('close', resolve));

  const shutdown = (): void => {
    if (stopping) return;
    stopping = true;
    clearTimeout(idleTimer);
    clearInterval(watch);
    // Remove the socket only while it is still ours.
    if (lstatSync(socket, { throwIfNoEntry: false })?.ino === ino) {
      try {
        unlinkSync(socket);
      } catch {
        // gone
      }
    }
    server.close();
  };
  const idle = (): void => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(shutdown, idleMs);
  };
  // Removed (a tmp cleaner) or replaced: hooks can no longer reach this daemon, so it stops.
  const watch = setInterval(() => {
    if (lstatSync(socket, { throwIfNoEntry: false })?.ino !== ino) shutdown();
  }, 5000);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, shutdown);
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
      if (req === null || stopping) {
        conn.destroy();
        return;
      }
      const request = req;
      // Status at once, even while a check runs: it is how a daemon starting tells it is not alone.
      if (request.op === 'status') {
        conn.end(`${JSON.stringify(status())}\n`);
        return;
      }
      clearTimeout(idleTimer);
      queue = queue
        .then(async () => {
          const reply = await answer(request);
          if (!conn.destroyed) conn.end(`${JSON.stringify(reply)}\n`);
          if (request.op === 'stop') shutdown();
        })
        // No answer then: the hook checks by itself. The next check still runs.
        .catch(() => {
          conn.destroy();
        })
        .finally(() => {
          if (!stopping) idle();
        });
    };
    conn.on('data', onData);
  }

  function status(): StatusReply {
    return { op: 'status', pid: process.pid, build: BUILD!, since, served, idleMs };
  }

  async function answer(req: Request): Promise<CheckReply | DeclineReply | { op: 'stop' }> {
    if (req.op === 'stop') return { op: 'stop' };
    if (req.op === 'check' && validCheck(req)) {
      const reply = await check(req);
      if (reply.op === 'check') served++;
      return reply;
    }
    return { op: 'decline' };
  }

  await stopped;
  return true;
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
    Object.values(req.env).every((v) => typeof v === 'string') &&
    typeof req.tty?.out === 'boolean' &&
    typeof req.tty?.err === 'boolean'
  );
}

/**
 * Runs a hook's check as the hook would have: in its directory, with its environment, writing
 * to its terminals (collected here). Only the command lines a pre-commit hook runs
 * (hook-invocation.ts); anything else is declined and the hook runs it itself.
 */
async function check(req: CheckRequest): Promise<CheckReply | DeclineReply> {
  const hook = hookInvocation(req.argv);
  if (!hook) return { op: 'decline' };
  try {
    process.chdir(req.cwd);
  } catch {
    // Gone, or not a directory: the hook gives the error itself.
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
    code = reportError(err);
  } finally {
    redirectStdio(null);
    process.env = ownEnv;
    process.chdir('/');
  }
  return { op: 'check', code, out };
}
