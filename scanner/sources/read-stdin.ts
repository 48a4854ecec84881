import type { Readable } from 'node:stream';
import { InputError } from '../errors.js';

/**
 * Reads all of stdin for commands that take a small value there (a credential for `verify`
 * and `revoke`), refusing more than `limit` bytes rather than exhausting memory; `hint` says
 * what the input should be. Scanning stdin streams instead (see stdin.ts).
 */
export async function readStdin(limit: number, hint: string, stream: Readable = process.stdin): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buf.length;
    if (total > limit) throw new InputError(`stdin: more than ${limit} bytes; ${hint}`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}
