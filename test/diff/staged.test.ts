import { afterEach, describe, expect, it } from 'vitest';
import { defaultRules } from '../../rules/index.js';
import { Detector } from '../../scanner/detect/detector.js';
import { configWokenBy } from '../../scanner/config/woken-rules.js';
import { scanStaged, stagedChanges, stagedTexts, wokenBy } from '../../scanner/git/diff-scan.js';
import { awsKeyId } from '../helpers/git-secrets.js';
import { gitdir, type GitDir, type Step } from '../helpers/gitdir.js';

const detector = new Detector({ rules: defaultRules });
const made: GitDir[] = [];
afterEach(() => {
  for (const r of made.splice(0)) r.cleanup();
});

async function staged(steps: Step[]) {
  const r = gitdir(steps);
  made.push(r);
  const changes = stagedChanges(r.dir);
  const result = await scanStaged({ repo: r.dir, detector }, changes);
  // A hook loads only the rules the staged text can wake: they must find the same.
  const woken = await configWokenBy(wokenBy(changes));
  if (woken) {
    const subset = new Detector({ rules: woken.rules });
    expect((await scanStaged({ repo: r.dir, detector: subset }, changes)).findings).toEqual(result.findings);
  }
  return { r, ...result };
}

const at = (f: { file: string; startLine: number; secret: string }) => [f.file, f.startLine, f.secret];

describe('diff --staged', () => {
  it('scans the staged version of a partly staged file, not the working tree', async () => {
    const inIndex = awsKeyId();
    const onlyInTree = awsKeyId();
    const { findings } = await staged([
      { commit: 'start', files: { 'app.env': 'A=1\n' } },
      { stage: { 'app.env': `A=1\nKEY=${inIndex}\n` } },
      { write: { 'app.env': `A=1\nOTHER=${onlyInTree}\n` } },
    ]);
    expect(findings.map(at)).toEqual([['app.env', 2, inIndex]]);
    expect(findings[0]).toMatchObject({ commit: '', fingerprint: 'app.env:aws-access-key-id:2' });
  });

  it('does not scan a secret that is only in the working tree', async () => {
    const { findings } = await staged([
      { commit: 'start', files: { 'app.env': 'A=1\n' } },
      { write: { 'app.env': `A=1\nKEY=${awsKeyId()}\n` } },
    ]);
    expect(findings).toEqual([]);
  });

  it('reports only added lines, numbered as in the staged version', async () => {
    const old = awsKeyId();
    const added = awsKeyId();
    const { findings } = await staged([
      { commit: 'start', files: { 'k.txt': `a\nold=${old}\nb\n` } },
      { stage: { 'k.txt': `new=${added}\na\nold=${old}\nb\n` } },
    ]);
    expect(findings.map(at)).toEqual([['k.txt', 1, added]]);
  });

  it('works before the first commit', async () => {
    const key = awsKeyId();
    const { findings } = await staged([{ stage: { 'first.txt': `x\r\nid=${key}\r\n` } }]);
    expect(findings.map(at)).toEqual([['first.txt', 2, key]]);
  });

  it('ignores deletions and pure renames, and reports lines a renamed file gained', async () => {
    const old = awsKeyId();
    const gained = awsKeyId();
    const body = `# settings\nold=${old}\n${'filler line\n'.repeat(20)}`;
    const { findings } = await staged([
      { commit: 'start', files: { 'gone.txt': `id=${old}\n`, 'a.cfg': body, 'b.cfg': body } },
      { stage: { 'gone.txt': null, 'moved/a.cfg': { from: 'a.cfg' } } },
      { stage: { 'moved/b.cfg': { from: 'b.cfg' } } },
      { stage: { 'moved/b.cfg': `${body}new=${gained}\n` } },
    ]);
    expect(findings.map(at)).toEqual([['moved/b.cfg', 23, gained]]);
  });

  it('skips staged binary files and says so', async () => {
    const bin = Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(`id=${awsKeyId()}`)]);
    const { findings, skipped } = await staged([
      { commit: 'start', files: { 'a.txt': 'a\n' } },
      { stage: { 'blob.bin': bin } },
    ]);
    expect(findings).toEqual([]);
    expect(skipped).toEqual([expect.objectContaining({ file: 'blob.bin', reason: 'binary' })]);
  });

  it('handles paths with spaces, quotes and non-ASCII characters', async () => {
    const key = awsKeyId();
    const path = 'dir with space/ünï "quoted".txt';
    const { findings } = await staged([
      { commit: 'start', files: { 'a.txt': 'a\n' } },
      { stage: { [path]: `id=${key}\n` } },
    ]);
    expect(findings.map(at)).toEqual([[path, 1, key]]);
  });

  it('returns nothing when nothing is staged', async () => {
    const { findings, skipped } = await staged([{ commit: 'start', files: { 'a.txt': 'a\n' } }]);
    expect({ findings, skipped }).toEqual({ findings: [], skipped: [] });
  });
});

describe('diff --staged: the text it scans', () => {
  const big = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`).join('\n') + '\n';

  it('reads the change from the patch: a one-line change to a file over the size limit is scanned', async () => {
    const key = awsKeyId();
    const r = gitdir([
      { commit: 'start', files: { 'big.txt': big(2000) } },
      { stage: { 'big.txt': big(2000).replace('line 1000\n', `line 1000 id=${key}\n`) } },
    ]);
    made.push(r);
    const { findings, skipped } = await scanStaged({ repo: r.dir, detector, maxBytes: 1000 });
    expect(findings.map(at)).toEqual([['big.txt', 1000, key]]);
    expect(skipped).toEqual([]);
  });

  it('skips a file with more changed text than the limit, and says how much', async () => {
    const r = gitdir([{ commit: 'start', files: { 'a.txt': 'a\n' } }, { stage: { 'big.txt': big(300) } }]);
    made.push(r);
    const { findings, skipped } = await scanStaged({ repo: r.dir, detector, maxBytes: 1000 });
    expect(findings).toEqual([]);
    expect(skipped).toEqual([
      { file: 'big.txt', reason: 'too-large', detail: expect.stringMatching(/^\d+ bytes changed \(limit 1000\)$/) },
    ]);
  });

  it('reads the blob when the patch held more than was kept but the limit allows it', async () => {
    const key = awsKeyId();
    const r = gitdir([
      { commit: 'start', files: { 'a.txt': 'a\n' } },
      { stage: { 'big.txt': `${big(300)}id=${key}\n` } },
    ]);
    made.push(r);
    const changes = await stagedChanges(r.dir, 100);
    expect(changes[0]!.text).toBeNull();
    // The rules a hook loads are chosen by the text it scans: here it is not known, so all load.
    expect(stagedTexts(changes)).toBeNull();
    const { findings } = await scanStaged({ repo: r.dir, detector }, Promise.resolve(changes));
    expect(findings.map(at)).toEqual([['big.txt', 301, key]]);
  });

  it('reads a UTF-16 file that git diffs as text (the diff attribute) from its blob, decoded by its byte-order mark', async () => {
    const key = awsKeyId();
    const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const r = gitdir([
      { commit: 'start', files: { '.gitattributes': '*.txt diff\n', 'notes.txt': utf16('a\r\n') } },
      { stage: { 'notes.txt': utf16(`a\r\nid=${key}\r\n`) } },
    ]);
    made.push(r);
    expect(r.git('diff', '--cached', '--numstat')).toMatch(/^\d+\t\d+\tnotes\.txt$/); // text to git, not binary
    expect(stagedTexts(await stagedChanges(r.dir))).toBeNull();
    const { findings } = await scanStaged({ repo: r.dir, detector });
    expect(findings.map(at)).toEqual([['notes.txt', 2, key]]);
  });

  it('drops a UTF-8 byte-order mark as a blob read does, so columns and line-start patterns agree', async () => {
    const key = awsKeyId();
    const r = gitdir([
      { commit: 'start', files: { 'a.env': '\ufeffA=1\n' } },
      { stage: { 'a.env': `\ufeffKEY=${key}\nA=1\n` } },
    ]);
    made.push(r);
    const { findings } = await scanStaged({ repo: r.dir, detector });
    expect(findings.map((f) => [f.startLine, f.startColumn, f.secret])).toEqual([[1, 5, key]]);
  });

  it('reads blank context lines whatever the diff config (diff.suppressBlankEmpty)', async () => {
    const key = awsKeyId();
    const r = gitdir([
      { commit: 'start', files: { 'a.txt': 'a\n\nb\n\nc\n' } },
      { stage: { 'a.txt': `a\n\nb\n\nid=${key}\nc\n` } },
    ]);
    made.push(r);
    r.git('config', 'diff.suppressBlankEmpty', 'true');
    expect(r.git('diff', '--cached')).toMatch(/\n\n b\n/); // git now prints the blank context line bare
    const { findings } = await scanStaged({ repo: r.dir, detector });
    expect(findings.map(at)).toEqual([['a.txt', 5, key]]);
  });

  it('scans one version staged under several paths with the hunks each path has', async () => {
    const key = awsKeyId();
    const lines = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `line ${from + i}`);
    const staged = `${[...lines(1, 20), `id=${key}`, ...lines(22, 41)].join('\n')}\n`;
    const r = gitdir([
      {
        commit: 'start',
        files: {
          // a.txt had the key already and changes only its last line; b.txt and c.txt gain it.
          'a.txt': staged.replace('line 41', 'old 41'),
          'b.txt': `${lines(1, 41).join('\n')}\n`,
          'c.txt': `${lines(1, 41).join('\n')}\n`,
        },
      },
      { stage: { 'a.txt': staged, 'b.txt': staged, 'c.txt': staged } },
    ]);
    made.push(r);
    const { findings } = await scanStaged({ repo: r.dir, detector });
    expect(findings.map(at).sort()).toEqual([
      ['b.txt', 21, key],
      ['c.txt', 21, key],
    ]);
  });

  it('sees a match that spans the context around an added line', async () => {
    // A key block that gains a body line: its armour and first line are context in the patch.
    const [begin, one, two, end] = [
      '-----BEGIN OPENSSH PRIVATE KEY-----',
      'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
      'QyNTUxOQAAACDaKUyc/3dnDL+FS4/32JFsF88oQoYr2lQyekUZ8v7dMQAAAJDtnW+P7Z1v',
      '-----END OPENSSH PRIVATE KEY-----',
    ];
    const r = gitdir([
      { commit: 'start', files: { id_ed25519: `${begin}\n${one}\n${end}\n` } },
      { stage: { id_ed25519: `${begin}\n${one}\n${two}\n${end}\n` } },
    ]);
    made.push(r);
    const { findings } = await scanStaged({ repo: r.dir, detector });
    expect(findings.map((f) => [f.ruleId, f.startLine, f.endLine])).toEqual([['private-key', 2, 3]]);
  });
});

describe('diff --staged: the texts a hook chooses its rules by (stagedTexts)', () => {
  it("gives each added hunk's text, and none of deleted, binary or unchanged files", async () => {
    const key = awsKeyId();
    const r = gitdir([
      { commit: 'start', files: { 'gone.txt': 'old\n', 'k.txt': 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n' } },
      {
        stage: {
          'k.txt': `a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nid=${key}\n`,
          'pic.bin': Buffer.from([0, 1, 2, 0, 3]),
          'gone.txt': null,
        },
      },
    ]);
    made.push(r);
    expect(stagedTexts(await stagedChanges(r.dir))).toEqual([`h\ni\nj\nid=${key}`]);
  });

  it('gives null, so that every rule loads, when git fails', async () => {
    expect(await wokenBy(Promise.reject(new Error('git failed')))).toBeNull();
  });
});

describe('diff --staged outside a repository', () => {
  it('fails with an input error that says so', async () => {
    const { InputError } = await import('../../scanner/errors.js');
    await expect(scanStaged({ repo: '/', detector })).rejects.toThrow(InputError);
  });

  it('works from a subdirectory, reporting paths from the top level', async () => {
    const key = awsKeyId();
    const r = gitdir([
      { commit: 'start', files: { 'sub/a.txt': 'a\n' } },
      { stage: { 'sub/a.txt': `a\nid=${key}\n` } },
    ]);
    made.push(r);
    const { findings } = await scanStaged({ repo: `${r.dir}/sub`, detector });
    expect(findings.map(at)).toEqual([['sub/a.txt', 2, key]]);
  });
});
