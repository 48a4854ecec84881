import type { Readable } from 'node:stream';
import { InputError } from '../errors.js';

/** Reads all of stdin, refusing more than `limit` bytes rather than exhausting memory. */
export async function readStdin(limit: number, stream: Readable = process.stdin): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buf.length;
    if (total > limit) {
      throw new InputError(`stdin: more than ${limit} bytes; raise --max-file-size or scan the data as a file`);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}
