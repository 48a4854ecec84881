// The terminal a check speaks to. A command run from the shell writes to its own stdout and
// stderr; in the hook daemon (daemon/server.ts) the same code serves a hook in another process,
// whose output it collects and sends back with the exit code. The parts of the CLI a hook runs
// write through here, never to process.stdout or process.stderr directly.

/** One of the two streams: text out, and whether it is a terminal (colours). */
export interface OutStream {
  readonly isTTY: boolean;
  write(text: string, done?: (err?: Error | null) => void): unknown;
}

let redirected: { out: OutStream; err: OutStream } | null = null;

/** Where the report goes. */
export function stdout(): OutStream {
  return redirected?.out ?? (process.stdout as OutStream);
}

/** Where warnings, errors and a hook's report go. */
export function stderr(): OutStream {
  return redirected?.err ?? (process.stderr as OutStream);
}

/** Sends both streams elsewhere until called again with null (the daemon, one check at a time). */
export function redirectStdio(to: { out: OutStream; err: OutStream } | null): void {
  redirected = to;
}
