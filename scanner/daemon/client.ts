// A hook's side of the hook daemon (cli.ts loads it only when a daemon's socket is there): hand
// the check to the daemon, write what it answers, exit with its code. Whenever the daemon gives
// no well-formed answer, the hook checks by itself, as with no daemon, so a commit is never let
// through unchecked; nothing is written before the whole answer is in.
import { unlinkSync } from 'node:fs';
import { isatty } from 'node:tty';
import { ask, isCheckReply } from './protocol.js';

/** How long a hook waits for the daemon's answer (without any byte of it) before checking by itself. */
const ANSWER_MS = 120_000;

/** The check's exit code, once its output is written; null when the daemon did not answer. */
export async function checkByDaemon(socket: string, argv: string[]): Promise<number | null> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  const reply = await ask(
    socket,
    { op: 'check', argv, cwd: process.cwd(), env, tty: { out: isatty(1), err: isatty(2) } },
    ANSWER_MS,
    () => {
      // No daemon listens there any more (it was killed): the next hook need not try.
      try {
        unlinkSync(socket);
      } catch {
        // already gone
      }
    },
  );
  if (!isCheckReply(reply)) return null;
  for (const [fd, text] of reply.out) (fd === 1 ? process.stdout : process.stderr).write(text);
  return reply.code;
}
