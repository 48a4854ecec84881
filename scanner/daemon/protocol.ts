// The hook daemon's protocol: over its Unix socket, one request per connection, a line of JSON
// each way. The daemon runs the check a hook would have run, in the hook's directory and with its
// environment (GIT_INDEX_FILE and the like decide what is staged), and answers with the output
// the hook would have written and its exit code.
import { lstatSync, statSync, unlinkSync } from 'node:fs';
import { connect } from 'node:net';

/**
 * A check: the hook's command line (after the script), directory, environment and terminals,
 * and the device and inode of its directory and of `/` (decimal strings), which the daemon
 * compares with its own view of those paths: a daemon that would see other files there (a
 * chroot) declines.
 */
export interface CheckRequest {
  op: 'check';
  argv: string[];
  cwd: string;
  env: Record<string, string>;
  tty: { out: boolean; err: boolean };
  ids: { cwd: [string, string]; root: [string, string] };
}

export type Request = CheckRequest | { op: 'status' } | { op: 'stop' };

/** What the hook writes, in order (1 stdout, 2 stderr), and its exit code. */
export interface CheckReply {
  op: 'check';
  code: number;
  out: [1 | 2, string][];
}

/**
 * The hook runs the check itself: `decline`, the daemon does not run this command line (not one a
 * pre-commit hook runs) or cannot run it as the hook would; `busy`, it is running another hook's
 * check; `failed`, the check failed in the daemon for a reason of the daemon's own.
 */
export interface DeclineReply {
  op: 'decline' | 'busy' | 'failed';
}

export interface StatusReply {
  op: 'status';
  pid: number;
  build: string;
  /** ms since the epoch */
  since: number;
  served: number;
  idleMs: number;
}

/**
 * While it runs a check, the daemon sends a space this often (JSON allows the whitespace before
 * its answer); a hook that hears nothing for HOOK_PATIENCE_MS checks by itself.
 */
export const HEARTBEAT_MS = 1000;
export const HOOK_PATIENCE_MS = 10_000;

/** A request larger than this is not a hook's (argv and environment are a few KB). */
export const MAX_REQUEST = 1024 * 1024;
/** A reply larger than this is dropped, and the hook checks by itself. */
export const MAX_REPLY = 256 * 1024 * 1024;

/**
 * Sends `req` to the daemon listening at `socket`: its reply, parsed, or null when there is none
 * (no daemon, the connection broke, nothing came for `timeoutMs` at a time, or not JSON).
 * `refused` is called when no process listens on the socket any more (it is stale).
 */
export function ask(socket: string, req: Request, timeoutMs: number, refused?: () => void): Promise<unknown> {
  return new Promise((resolve) => {
    const conn = connect(socket);
    let text = '';
    let settled = false;
    const done = (value: unknown): void => {
      if (settled) return;
      settled = true;
      conn.destroy();
      resolve(value);
    };
    conn.setEncoding('utf8');
    conn.setTimeout(timeoutMs, () => done(null));
    conn.on('connect', () => conn.end(`${JSON.stringify(req)}\n`));
    conn.on('data', (chunk: string) => {
      text += chunk;
      if (text.length > MAX_REPLY) done(null);
    });
    conn.on('end', () => {
      try {
        done(text.endsWith('\n') ? JSON.parse(text) : null);
      } catch {
        done(null);
      }
    });
    conn.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ECONNREFUSED') refused?.();
      done(null);
    });
    conn.on('close', () => done(null));
  });
}

/** Device and inode of `path` (decimal strings): what a check's `ids` hold. */
export function fileIds(path: string): [string, string] {
  const st = statSync(path, { bigint: true });
  return [String(st.dev), String(st.ino)];
}

/** Removes the socket at `path` if it is still the one with inode `ino`, not one made since. */
export function removeSocket(path: string, ino: number): void {
  try {
    if (lstatSync(path).ino === ino) unlinkSync(path);
  } catch {
    // already gone
  }
}

/** True for a well-formed check reply. */
export function isCheckReply(reply: unknown): reply is CheckReply {
  const r = reply as CheckReply | null;
  return (
    r?.op === 'check' &&
    Number.isInteger(r.code) &&
    r.code >= 0 &&
    r.code <= 255 &&
    Array.isArray(r.out) &&
    r.out.every((o) => Array.isArray(o) && o.length === 2 && (o[0] === 1 || o[0] === 2) && typeof o[1] === 'string')
  );
}
