import type { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import type { Detector } from '../detect/detector.js';
import type { Finding, SkippedInput } from '../finding.js';
import { STREAM_LIMITS, StreamFragments, type StreamFragment } from './stream-fragments.js';

export interface StreamResult {
  findings: Finding[];
  skipped: SkippedInput[];
  /** Bytes read from the stream. */
  bytes: number;
}

/** Bytes looked at to call a stream binary: git's heuristic, as for files (a NUL among them). */
const SNIFF = 8000;
const PATH = '-';

/**
 * Scans a stream of any size (stdin: `leakhound scan -`, e.g. a database dump piped in) in
 * bounded memory: bytes are decoded as they arrive, cut into overlapping fragments
 * (StreamFragments), and each fragment's findings are placed at their line and column in the
 * whole stream. A match the overlap shows twice is reported once. Binary input (a NUL in the
 * first 8000 bytes) is read to the end, so the writer never sees a broken pipe, and skipped.
 */
export async function scanStream(
  detector: Detector,
  stream: Readable = process.stdin,
  limits = STREAM_LIMITS,
): Promise<StreamResult> {
  const fragments = new StreamFragments(limits);
  const findings: Finding[] = [];
  let previous = new Set<string>();
  const scan = (fragment: StreamFragment): void => {
    const keys = new Set<string>();
    for (const f of detector.detect({ text: fragment.text, path: PATH })) {
      const placed = place(f, fragment);
      const key = `${placed.ruleId}\0${placed.startLine}\0${placed.startColumn}\0${placed.secret}`;
      keys.add(key);
      if (!previous.has(key)) findings.push(placed);
    }
    previous = keys;
  };

  let decoder: TextDecoder | null = null;
  let head: Buffer[] = [];
  let headBytes = 0;
  let binary = false;
  let bytes = 0;
  const feed = (chunk: Buffer): void => {
    for (const f of fragments.push(decoder!.decode(chunk, { stream: true }))) scan(f);
  };
  const start = (): void => {
    const first = Buffer.concat(head);
    head = [];
    binary = first.subarray(0, SNIFF).includes(0) && !hasUtf16Bom(first);
    decoder = new TextDecoder(encodingOf(first), { fatal: false });
    if (!binary) feed(first);
  };
  for await (const data of stream) {
    const chunk = typeof data === 'string' ? Buffer.from(data) : (data as Buffer);
    bytes += chunk.length;
    if (decoder === null) {
      head.push(chunk);
      headBytes += chunk.length;
      if (headBytes >= SNIFF) start();
    } else if (!binary) feed(chunk);
  }
  if (decoder === null) start();
  if (binary) return { findings: [], skipped: [{ file: PATH, reason: 'binary' }], bytes };
  for (const f of fragments.push(decoder!.decode())) scan(f);
  const last = fragments.end();
  if (last) scan(last);
  return { findings, skipped: [], bytes };
}

function hasUtf16Bom(b: Buffer): boolean {
  return b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
}

function encodingOf(b: Buffer): string {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** A fragment's finding at its place in the whole stream. */
function place(f: Finding, at: StreamFragment): Finding {
  const shift = at.firstLine - 1;
  const startLine = f.startLine + shift;
  return {
    ...f,
    startLine,
    endLine: f.endLine + shift,
    startColumn: f.startLine === 1 ? f.startColumn + at.firstColumnOffset : f.startColumn,
    endColumn: f.endLine === 1 ? f.endColumn + at.firstColumnOffset : f.endColumn,
    fingerprint: `${PATH}:${f.ruleId}:${startLine}`,
  };
}
