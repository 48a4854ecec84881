import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DIGITS, join as glue, LOWER, rand, seed } from '../rules/fixture-kit.js';
import type { Rule } from '../rules/types.js';
import { loadBaseline, parseBaseline } from './baseline.js';
import { Detector } from './detect/detector.js';
import { InputError } from './errors.js';
import type { Finding } from './finding.js';

const rule: Rule = {
  id: 'test-token',
  description: 'test token',
  severity: 'high',
  regex: /\b(tt_[a-z0-9]{24})\b/,
  keywords: ['tt_'],
};
const detector = new Detector({ rules: [rule] });
const COMMIT = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

const token = (): string => glue('tt_', rand(LOWER + DIGITS, 24));
const scan = (text: string, path = 'src/app.env'): Finding[] => detector.detect({ text, path });
const scanAt = (commit: string, text: string, path = 'src/app.env'): Finding[] =>
  detector.detect({
    text,
    path,
    commit: { commit, author: 'a', email: 'a@example.com', date: '2024-01-01T00:00:00Z', message: 'm' },
  });

/** What gitleaks writes for a finding (report/finding.go field names). */
function gitleaksEntry(f: Finding, secret = f.secret): Record<string, unknown> {
  return {
    RuleID: f.ruleId,
    Description: f.description,
    StartLine: f.startLine,
    EndLine: f.endLine,
    StartColumn: f.startColumn,
    EndColumn: f.endColumn,
    Match: f.match.replace(f.secret, secret),
    Secret: secret,
    File: f.file,
    Commit: f.commit,
    Entropy: f.entropy,
    Fingerprint: f.fingerprint,
    Tags: [],
  };
}

let old: string;
let fresh: string;
beforeEach(() => {
  seed(20261127);
  old = token();
  fresh = token();
});

describe('a baseline from a leakhound JSON report', () => {
  it('suppresses a known secret on its line and after it moves', () => {
    const baseline = parseBaseline(JSON.stringify(scan(`A=${old}\n`)), 'base.json');
    expect(scan(`A=${old}\n`).filter((f) => !baseline.has(f))).toEqual([]);
    expect(scan(`# moved down\n\nA=${old}\n`).filter((f) => !baseline.has(f))).toEqual([]);
  });

  it('still reports a new secret on a line that is in the baseline', () => {
    const baseline = parseBaseline(JSON.stringify(scan(`A=${old}\n`)), 'base.json');
    expect(
      scan(`A=${fresh}\n`)
        .filter((f) => !baseline.has(f))
        .map((f) => f.secret),
    ).toEqual([fresh]);
  });

  it('does not carry a secret over to another file or rule', () => {
    const baseline = parseBaseline(JSON.stringify(scan(`A=${old}\n`)), 'base.json');
    expect(scan(`A=${old}\n`, 'src/other.env').filter((f) => !baseline.has(f))).toHaveLength(1);
    const renamed = scan(`A=${old}\n`).map((f) => ({ ...f, ruleId: 'other-rule', secretHash: undefined }));
    expect(parseBaseline(JSON.stringify(renamed), 'base.json').has(scan(`A=${old}\n`)[0]!)).toBe(false);
  });

  it('matches a redacted report through secretHash', () => {
    const redacted = scan(`A=${old}\n`).map((f) => ({ ...f, secret: 'REDACTED', match: 'A=REDACTED' }));
    const baseline = parseBaseline(JSON.stringify(redacted), 'base.json');
    expect(baseline.fingerprintOnly).toBe(0);
    expect(scan(`\nA=${old}\n`).filter((f) => !baseline.has(f))).toEqual([]);
  });

  it('keeps a history secret suppressed in later commits', () => {
    const baseline = parseBaseline(JSON.stringify(scanAt(COMMIT, `A=${old}\n`)), 'base.json');
    expect(scanAt('f'.repeat(40), `B=1\nA=${old}\n`).filter((f) => !baseline.has(f))).toEqual([]);
  });

  it('accepts an empty report and a byte order mark', () => {
    expect(parseBaseline('\uFEFF[]', 'base.json').size).toBe(0);
  });
});

describe('a baseline from a gitleaks JSON report', () => {
  it('matches by the raw secret, hashed like leakhound hashes it', () => {
    const baseline = parseBaseline(JSON.stringify(scan(`A=${old}\n`).map((f) => gitleaksEntry(f))), 'gitleaks.json');
    expect(scan(`\n\nA=${old}\n`).filter((f) => !baseline.has(f))).toEqual([]);
    expect(scan(`A=${fresh}\n`).filter((f) => !baseline.has(f))).toHaveLength(1);
  });

  it('normalises Windows paths', () => {
    const entries = scan(`A=${old}\n`, 'src/app.env').map((f) => ({ ...gitleaksEntry(f), File: 'src\\app.env' }));
    const baseline = parseBaseline(JSON.stringify(entries), 'gitleaks.json');
    expect(baseline.has(scan(`A=${old}\n`, 'src/app.env')[0]!)).toBe(true);
  });

  it.each([
    ['--redact', 'REDACTED'],
    ['--redact=50', 'tt_abcdefghijk...'],
  ])('falls back to the fingerprint when written with %s', (_flag, shown) => {
    const found = scanAt(COMMIT, `x\nA=${old}\n`);
    const baseline = parseBaseline(JSON.stringify(found.map((f) => gitleaksEntry(f, shown))), 'gitleaks.json');
    expect(baseline.fingerprintOnly).toBe(1);
    expect(found.filter((f) => !baseline.has(f))).toEqual([]);
    // The price of redaction: a moved secret comes back, a new one on the same line does not.
    expect(scanAt(COMMIT, `A=${old}\n`).filter((f) => !baseline.has(f))).toHaveLength(1);
    expect(scanAt(COMMIT, `x\nA=${fresh}\n`).filter((f) => !baseline.has(f))).toEqual([]);
  });

  it('builds the fingerprint from its fields when Fingerprint is missing', () => {
    const found = scan(`x\nA=${old}\n`);
    const entries = found.map((f) => ({ ...gitleaksEntry(f, 'REDACTED'), Fingerprint: undefined }));
    const baseline = parseBaseline(JSON.stringify(entries), 'gitleaks.json');
    expect(found.filter((f) => !baseline.has(f))).toEqual([]);
  });
});

describe('a baseline that cannot be used', () => {
  const EXPECTED = 'expected a JSON report written by leakhound --format json or gitleaks --report-format json';

  it.each([
    [
      'is not JSON',
      `[{"secret": "${glue('tt_', 'q'.repeat(24))}"`,
      `baseline base.json is not valid JSON; ${EXPECTED}`,
    ],
    [
      'is a SARIF-like object',
      '{"version": "2.1.0", "runs": []}',
      `baseline base.json is a JSON object, not an array of findings; ${EXPECTED} (SARIF, CSV and JUnit reports cannot be baselines)`,
    ],
    [
      'is null',
      'null',
      `baseline base.json is null, not an array of findings; ${EXPECTED} (SARIF, CSV and JUnit reports cannot be baselines)`,
    ],
    ['holds a non-object', '[1]', `baseline base.json: finding #1 is a number, not an object; ${EXPECTED}`],
    [
      'has an entry without a rule',
      '[{"File": "a.env", "Secret": "x"}]',
      `baseline base.json: finding #1 has no ruleId (or RuleID); ${EXPECTED}`,
    ],
    [
      'has an entry without a file',
      '[{"ruleId": "r", "secret": "x"}]',
      `baseline base.json: finding #1 has no file (or File); ${EXPECTED}`,
    ],
    [
      'has an entry with nothing to match on',
      '[{"RuleID": "r", "File": "a.env", "Secret": "REDACTED"}]',
      `baseline base.json: finding #1 has neither a secret, a secretHash nor a fingerprint to match on; ${EXPECTED}`,
    ],
  ])('is refused when it %s', (_name, text, message) => {
    const run = (): unknown => parseBaseline(text, 'base.json');
    expect(run).toThrow(InputError);
    expect(run).toThrow(message);
  });

  it('never quotes the file in its message, which may hold secrets', () => {
    const secret = glue('tt_', 'q'.repeat(24));
    expect(() => parseBaseline(`[{"secret": "${secret}",}]`, 'base.json')).toThrow(/^(?!.*tt_q)/);
  });

  describe('on disk', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'leakhound-baseline-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('is refused when missing', async () => {
      const file = join(dir, 'missing.json');
      await expect(loadBaseline(file)).rejects.toThrow(new InputError(`baseline ${file} not found; ${EXPECTED}`));
    });

    it('is refused when it is a directory', async () => {
      await expect(loadBaseline(dir)).rejects.toThrow(`baseline ${dir} cannot be read (EISDIR); ${EXPECTED}`);
    });

    it('loads a report written to disk', async () => {
      const file = join(dir, 'report.json');
      await writeFile(file, JSON.stringify(scan(`A=${old}\n`), null, 2));
      const baseline = await loadBaseline(file);
      expect(baseline.size).toBe(1);
      expect(scan(`A=${old}\n`).every((f) => baseline.has(f))).toBe(true);
    });
  });
});
