import { afterAll, describe, expect, it } from 'vitest';
import { defaultRules } from '../../rules/index.js';
import { Detector } from '../../scanner/detect/detector.js';
import { partitionBlobs } from '../../scanner/git/history-shares.js';
import { Introductions } from '../../scanner/git/introductions.js';
import { scanHistory } from '../../scanner/git/history-scan.js';
import { historyOldGenerationMb } from '../../scanner/commands/history.js';
import { InputError } from '../../scanner/errors.js';
import { DetectPool } from '../../scanner/pool/detect-pool.js';
import { awsKeyId } from '../helpers/git-secrets.js';
import { gitdir, type GitDir, type Step } from '../helpers/gitdir.js';

const detector = new Detector({ rules: defaultRules });
const made: GitDir[] = [];
afterAll(() => {
  for (const r of made.splice(0)) r.cleanup();
});

describe('history shares', () => {
  it('keeps every version of a file in the share that holds the version it replaced', () => {
    const intro = new Introductions();
    const c = (n: number) => String(n).padStart(40, '0');
    // a.txt: blobs 0 → 2 → 4; b.txt: 1 → 3; c.txt: 5, which also appears at a.txt later.
    intro.add('a0', 'a.txt', c(1));
    intro.add('b0', 'b.txt', c(1));
    intro.add('a1', 'a.txt', c(2), 0);
    intro.add('b1', 'b.txt', c(2), 1);
    intro.add('a2', 'a.txt', c(3), 2);
    intro.add('c0', 'c.txt', c(3));
    const shares = partitionBlobs(intro, [0, 1, 2, 3, 4, 5], 2, () => 1);
    const oids = shares.map((s) => s.map((b) => b.oid));
    expect(oids).toContainEqual(['a0', 'a1', 'a2']);
    expect(oids.find((s) => s.includes('b0'))).toEqual(['b0', 'b1', 'c0']);
  });

  it('never returns an empty share', () => {
    const intro = new Introductions();
    intro.add('a0', 'a.txt', '1'.repeat(40));
    expect(partitionBlobs(intro, [0], 4, () => 1)).toHaveLength(1);
  });
});

describe('history scan split over threads, each reading its own share', () => {
  it('finds what one thread finds, with the same introducing commits, across many versions', async () => {
    const keys = Array.from({ length: 6 }, () => awsKeyId());
    const steps: Step[] = [];
    const body = (n: number, extra: string) =>
      `${Array.from({ length: 40 }, (_, i) => `line ${i} of version ${i === 20 ? n : 0}`).join('\n')}\n${extra}`;
    for (let n = 0; n < 24; n++) {
      const files: Record<string, string> = {};
      for (let f = 0; f < 5; f++) {
        const k = n === f * 4 + 1 ? `aws_access_key_id=${keys[f]}\n` : '';
        files[`dir${f}/app.env`] = body(n, n > f * 4 + 1 && n < f * 4 + 6 ? `aws_access_key_id=${keys[f]}\n` : k);
      }
      if (n === 10) files['moved/app.env'] = `aws_access_key_id=${keys[5]}\n`;
      steps.push({ commit: `change ${n}`, files });
    }
    const r = gitdir(steps);
    made.push(r);
    const local = await scanHistory({ repo: r.dir, engine: detector, progress: false });
    const pool = DetectPool.start({ threads: 2, youngGenerationMb: 12, configText: null, configFile: null });
    try {
      const split = await scanHistory({ repo: r.dir, engine: pool, progress: false });
      expect(split.findings).toEqual(local.findings);
      expect(split.skipped).toEqual(local.skipped);
      expect(split.stats.blobs).toBe(local.stats.blobs);
    } finally {
      await pool.close();
    }
    expect(local.findings.map((f) => [f.file, f.message])).toEqual([
      ...[0, 1, 2].map((f) => [`dir${f}/app.env`, `change ${f * 4 + 1}`]),
      ['moved/app.env', 'change 10'],
      ...[3, 4].map((f) => [`dir${f}/app.env`, `change ${f * 4 + 1}`]),
    ]);
  });

  it('reports a git failure in a worker as a git error', async () => {
    const r = gitdir([{ commit: 'one', files: { 'a.env': 'x=1\n' } }]);
    made.push(r);
    const pool = DetectPool.start({ threads: 1, configText: null, configFile: null });
    try {
      await expect(
        pool.runHistory(
          [
            {
              repo: `${r.dir}/no-such-dir`,
              maxBytes: 1e6,
              cacheKeys: 1024,
              readAhead: 65536,
              commits: [],
              blobs: [{ b: 0, oid: 'a'.repeat(40), seen: [], replaced: false }],
            },
          ],
          () => {},
        ),
      ).rejects.toThrow(/git|cat-file|no-such-dir/);
    } finally {
      await pool.close();
    }
  });

  it('fails with one line naming the way out when a worker outgrows its old-generation cap', async () => {
    // 20 MB of text in one blob (under the 25 MiB default limit): its string alone is more
    // than a 16 MB old generation holds.
    const line = 'const value = "plain text, nothing secret here at all";\n';
    const r = gitdir([{ commit: 'big', files: { 'big.ts': line.repeat(Math.ceil(20e6 / line.length)) } }]);
    made.push(r);
    const pool = DetectPool.start({ threads: 1, oldGenerationMb: 16, configText: null, configFile: null });
    try {
      const err = await scanHistory({ repo: r.dir, engine: pool, progress: false }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as Error).message).toBe(
        'a detection worker ran out of memory (16 MB): lower --max-file-size, or scan with --threads 1',
      );
    } finally {
      await pool.close();
    }
  });

  it('gives history workers an old generation with room for the largest blob', () => {
    expect(historyOldGenerationMb(25 * 1024 * 1024)).toBe(512);
    expect(historyOldGenerationMb(100 * 1024 * 1024)).toBe(2000);
  });
});
