// A hook's side of the hook daemon (cli.ts loads it only when a daemon's socket is there): hand
// the check to the daemon, write what it answers, exit with its code. Whenever the daemon gives
// no well-formed answer (busy, declined, failed, killed, silent), the hook checks by itself, as
// with no daemon, so a commit is never let through unchecked; nothing is written before the
// whole answer is in.
import { isatty } from 'node:tty';
import { ask, fileIds, HOOK_PATIENCE_MS, isCheckReply, removeSocket } from './protocol.js';

/** The check's exit code, once its output is written; null when the daemon did not give one. */
export async function checkByDaemon(socket: { path: string; ino: number }, argv: string[]): Promise<number | null> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  let cwd: string;
  let where: { cwd: [string, string]; root: [string, string] };
  try {
    cwd = process.cwd();
    where = { cwd: fileIds(cwd), root: fileIds('/') };
  } catch {
    // The directory is gone: the hook reports that itself.
    return null;
  }
  const reply = await ask(
    socket.path,
    { op: 'check', argv, cwd, env, tty: { out: isatty(1), err: isatty(2) }, ids: where },
    HOOK_PATIENCE_MS,
    // No daemon listens there any more (it was killed): the next hook need not try. Unless
    // the socket was replaced meanwhile (a daemon starting).
    () => removeSocket(socket.path, socket.ino),
  );
  if (!isCheckReply(reply)) return null;
  for (const [fd, text] of reply.out) (fd === 1 ? process.stdout : process.stderr).write(text);
  return reply.code;
}
