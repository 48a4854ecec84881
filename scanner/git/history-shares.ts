import type { HistoryBlob } from './blob-work.js';
import type { Introductions } from './introductions.js';

/**
 * Splits the blobs to read into `shares` lists for the history workers, each read by its own
 * `git cat-file`. A new version of a file goes to the share that holds the version it replaced,
 * so that share has the old version's line keys and scans only the new lines (see
 * newLineFragments); a blob that starts a file's history goes to the share with the least
 * work so far. Each list keeps first-appearance order. A blob at several paths whose earlier
 * versions sit in different shares is diffed against the one in its share and scanned whole for
 * the others: more work, never less recall.
 */
export function partitionBlobs(
  intro: Introductions,
  blobs: readonly number[],
  shares: number,
  weight: (b: number) => number,
): HistoryBlob[][] {
  const out: HistoryBlob[][] = Array.from({ length: shares }, () => []);
  const load = new Float64Array(shares);
  const share = new Int32Array(intro.blobCount).fill(-1);
  for (const b of blobs) {
    const seen = intro.appearances(b);
    let s = -1;
    for (const a of seen) {
      if (a.base >= 0 && share[a.base]! >= 0) {
        s = share[a.base]!;
        break;
      }
    }
    if (s < 0) {
      s = 0;
      for (let i = 1; i < shares; i++) if (load[i]! < load[s]!) s = i;
    }
    share[b] = s;
    load[s] = load[s]! + weight(b);
    out[s]!.push({ b, oid: intro.oids[b]!, seen, replaced: intro.isReplaced(b) });
  }
  return out.filter((list) => list.length > 0);
}
