import { describe, expect, it } from 'vitest';
import type { Finding } from '../finding.js';
import type { Rule } from '../../rules/types.js';
import type { ReportInput } from './reporter.js';
import { FINGERPRINT_KEY, fileUri, sarif } from './sarif.js';
import { makeFinding } from '../../test/helpers/finding.js';

function finding(over: Partial<Finding> = {}): Finding {
  return makeFinding({
    secret: 'synthetic-secret-0010',
    match: 'v = synthetic-secret-0010',
    secretHash: 'hash-a',
    ...over,
  });
}

const RULE: Rule = { id: 'example-rule', description: 'Example', severity: 'high', keywords: ['v'] };

function run(over: Partial<ReportInput> = {}, root?: string) {
  const input: ReportInput = {
    findings: [finding()],
    skipped: [],
    rules: [RULE],
    tool: { name: 'leakhound', version: '1.2.3', informationUri: 'https://example.com/leakhound' },
    ...over,
  };
  return JSON.parse(sarif(input, { redact: false, color: false, ...(root ? { root } : {}) })).runs[0];
}

describe('sarif', () => {
  it('turns the inclusive end column into SARIF exclusive one', () => {
    expect(run().results[0].locations[0].physicalLocation.region).toEqual({
      startLine: 4,
      startColumn: 5,
      endLine: 4,
      endColumn: 26,
    });
  });

  it('points a path-only finding at the first line of the file', () => {
    const results = run({ findings: [finding({ secret: '', match: 'src/a.txt', startLine: 1, endLine: 1 })] }).results;
    expect(results[0].locations[0].physicalLocation.region).toEqual({ startLine: 1 });
  });

  it.each([
    ['src/a.txt', 'src/a.txt'],
    ['docs/read me#1.md', 'docs/read%20me%231.md'],
    ['c:odd/ü.txt', 'c%3Aodd/%C3%BC.txt'],
  ])('writes the path %j as the relative URI %j', (file, uri) => {
    expect(fileUri(file)).toBe(uri);
  });

  it('records the scan root as %SRCROOT% only when it is given', () => {
    expect(run().originalUriBaseIds).toBeUndefined();
    expect(run({}, '/work/repo').originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/repo/' } });
  });

  it('keeps the fingerprint when the secret moves to another line, and changes it for another secret', () => {
    const fp = (f: Finding) => run({ findings: [f] }).results[0].partialFingerprints[FINGERPRINT_KEY];
    const here = fp(finding());
    expect(fp(finding({ startLine: 40, endLine: 40, fingerprint: 'src/a.txt:example-rule:40' }))).toBe(here);
    expect(fp(finding({ secretHash: 'hash-b' }))).not.toBe(here);
    expect(fp(finding({ file: 'src/b.txt' }))).not.toBe(here);
  });

  it('adds commit, author and date to history findings only', () => {
    const history = finding({
      commit: 'abc123',
      author: 'Ada',
      email: 'ada@example.com',
      date: '2024-01-01T00:00:00Z',
    });
    expect(run({ findings: [history] }).results[0].properties).toEqual({
      commit: 'abc123',
      author: 'Ada',
      date: '2024-01-01T00:00:00Z',
    });
    expect(run().results[0].properties).toBeUndefined();
  });

  it('never puts the secret in the message, even unredacted', () => {
    expect(run().results[0].message.text).not.toContain('synthetic-secret-0010');
  });

  it('describes a rule that findings name but the active rules lack', () => {
    const r = run({ rules: [], findings: [finding({ ruleId: 'from-baseline', severity: 'info' })] });
    expect(r.tool.driver.rules).toHaveLength(1);
    expect(r.tool.driver.rules[0]).toMatchObject({ id: 'from-baseline', defaultConfiguration: { level: 'note' } });
    expect(r.tool.driver.rules[0].properties['security-severity']).toBeUndefined();
    expect(r.results[0].ruleIndex).toBe(0);
  });

  it.each([
    ['critical', 'error', '9.5'],
    ['high', 'error', '8.0'],
    ['medium', 'warning', '5.5'],
    ['low', 'note', '3.0'],
  ] as const)('maps %s to level %s and security-severity %s', (severity, level, score) => {
    const r = run({ rules: [{ ...RULE, severity }], findings: [finding({ severity })] });
    expect(r.tool.driver.rules[0].defaultConfiguration.level).toBe(level);
    expect(r.tool.driver.rules[0].properties['security-severity']).toBe(score);
    expect(r.results[0].level).toBe(level);
  });

  it('reports skipped inputs as note-level notifications of a successful run', () => {
    const inv = run({ skipped: [{ file: 'a.png', reason: 'binary' }] }).invocations[0];
    expect(inv.executionSuccessful).toBe(true);
    expect(inv.toolExecutionNotifications).toEqual([
      expect.objectContaining({ level: 'note', message: { text: 'Skipped a.png: binary' } }),
    ]);
  });
});
