// One blob under many paths in a pushed range: the rules read its content once (counted on the
// detector), and each path still reports only what its own added lines, path rules and
// allowlists allow, exactly as a scan of each path alone would.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultRules } from '../../rules/index.js';
import { parseConfig } from '../../scanner/config/parse.js';
import { Detector } from '../../scanner/detect/detector.js';
import { scanRange } from '../../scanner/git/scan-range.js';
import { addedPieces, unionOfRanges } from '../../scanner/git/diff-scan.js';
import { awsKeyId } from '../helpers/git-secrets.js';
import { gitdir, type GitDir } from '../helpers/gitdir.js';

const made: GitDir[] = [];
afterEach(() => {
  for (const r of made.splice(0)) r.cleanup();
  vi.restoreAllMocks();
});

describe('a blob reachable under many paths', () => {
  it('is detected once; each path keeps its own added lines and allowlists', async () => {
    const [old, fresh] = [awsKeyId(), awsKeyId()];
    const filler = Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n');
    const before = `first=${old}\n${filler}\n`;
    const after = `first=${old}\n${filler}\nsecond=${fresh}\n`;
    const r = gitdir([
      { commit: 'base', files: { 'app/keys.env': before } },
      {
        commit: 'copies',
        files: { 'app/keys.env': after, 'copy/keys.env': after, 'vendor/keys.env': after, 'more/keys.env': after },
      },
    ]);
    made.push(r);
    const config = parseConfig(`[extend]\nuseDefault = true\n[[allowlists]]\npaths = ['''^vendor/''']\n`, 't.toml');
    const detector = new Detector({ rules: config.rules, allowlists: config.allowlists });
    const content = vi.spyOn(detector, 'detectContent');
    const single = vi.spyOn(detector, 'detect');
    const result = await scanRange({ repo: r.dir, range: `${r.oid('base')}..${r.oid('copies')}`, detector });
    expect(single).not.toHaveBeenCalled();
    expect(content).toHaveBeenCalledTimes(1);
    const found = result.findings.map((f) => `${f.file}:${f.startLine}:${f.secret === fresh ? 'fresh' : 'old'}`);
    expect(found.sort()).toEqual([
      'app/keys.env:42:fresh', // only its added line: the old key was there before
      'copy/keys.env:1:old',
      'copy/keys.env:42:fresh',
      'more/keys.env:1:old',
      'more/keys.env:42:fresh',
    ]);
    // The same as each path scanned on its own.
    const alone = new Detector({ rules: defaultRules });
    expect(alone.detect({ text: after, path: 'copy/keys.env' }).map((f) => f.startLine)).toEqual([1, 42]);
  });
});

describe('unionOfRanges', () => {
  it('merges overlapping and adjacent ranges of several lists', () => {
    expect(
      unionOfRanges([
        [1, 3, 10, 10],
        [2, 5],
        [6, 6, 20, 21],
      ]),
    ).toEqual([1, 6, 10, 10, 20, 21]);
    expect(unionOfRanges([])).toEqual([]);
  });

  it('gives pieces that cover every list', () => {
    const text = `${Array.from({ length: 200 }, (_, i) => `l${i + 1}`).join('\n')}\n`;
    const pieces = addedPieces(
      text,
      unionOfRanges([
        [10, 10],
        [150, 150],
      ]),
    );
    expect(pieces).toHaveLength(2);
    expect(pieces[1]!.split('\n')[149]).toBe('l150');
  });
});
