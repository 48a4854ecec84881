// A hook's side of the hook daemon (cli.ts loads it only when a daemon's socket is there): hand
// the check to the daemon, write what it answers, exit with its code. Whenever the daemon gives
// no well-formed answer (busy, declined, failed, killed, silent), the hook checks by itself, as
// with no daemon, so a commit is never let through unchecked; nothing is written before the
// whole answer is in.
import { lstatSync, statSync, unlinkSync } from 'node:fs';
import { isatty } from 'node:tty';
import { ask, HOOK_PATIENCE_MS, isCheckReply } from './protocol.js';

/** Device and inode of `path`, as decimal strings. */
function ids(path: string): [string, string] {
  const st = statSync(path, { bigint: true });
  return [String(st.dev), String(st.ino)];
}

/** The check's exit code, once its output is written; null when the daemon did not give one. */
export async function checkByDaemon(socket: { path: string; ino: number }, argv: string[]): Promise<number | null> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  let cwd: string;
  let where: { cwd: [string, string]; root: [string, string] };
  try {
    cwd = process.cwd();
    where = { cwd: ids(cwd), root: ids('/') };
  } catch {
    // The directory is gone: the hook reports that itself.
    return null;
  }
  const reply = await ask(
    socket.path,
    { op: 'check', argv, cwd, env, tty: { out: isatty(1), err: isatty(2) }, ids: where },
    HOOK_PATIENCE_MS,
    () => {
      // No daemon listens there any more (it was killed): the next hook need not try. Unless
      // the socket was replaced meanwhile (a daemon starting).
      try {
        if (lstatSync(socket.path).ino === socket.ino) unlinkSync(socket.path);
      } catch {
        // already gone
      }
    },
  );
  if (!isCheckReply(reply)) return null;
  for (const [fd, text] of reply.out) (fd === 1 ? process.stdout : process.stderr).write(text);
  return reply.code;
}
