import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../finding.js';
import type { Rule, Severity } from '../../rules/types.js';
import { maskSecret } from './redact.js';
import { getReporter, type ReportFormat, type ReportInput } from './reporter.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const expectedDir = join(repo, 'test', 'fixtures', 'expected');
const FORMATS = ['text', 'json', 'sarif', 'csv', 'junit'] as const satisfies readonly ReportFormat[];
const GOLDEN: Record<ReportFormat, string> = {
  text: 'report.txt',
  json: 'report.json',
  sarif: 'report.sarif',
  csv: 'report.csv',
  junit: 'report.xml',
};

// Obviously synthetic values that no rule matches; the multi-line one spans three lines.
const SECRETS = {
  plain: 'synthetic-secret-0001',
  history: 'synthetic-secret-0002',
  block: 'synthetic-block-line-one\nsynthetic-block-line-two\nsynthetic-block-end',
  tricky: 'synthetic-secret-0003',
};

function rule(id: string, severity: Severity, description: string, tags: string[] = []): Rule {
  return { id, severity, description, keywords: ['synthetic'], tags };
}

const RULES: Rule[] = [
  rule('example-api-token', 'critical', 'Example API token', ['example', 'api']),
  rule('example-key-block', 'high', 'Example key block', ['example']),
  rule('example-generic-value', 'medium', 'Generic value', ['generic']),
  rule('example-unused-rule', 'low', 'Rule with no findings'),
  rule('example-info-note', 'info', 'Informational rule'),
  // A duplicate id (e.g. a config extending the defaults): SARIF must still list it once.
  rule('example-api-token', 'low', 'Duplicate of the API token rule'),
];

// Real sha256 values would read as high-entropy strings next to "secretHash" when the project
// scans itself; an obviously synthetic one keeps the goldens quiet.
let hashes = 0;

function finding(
  over: Partial<Finding> & Pick<Finding, 'ruleId' | 'file' | 'secret' | 'match' | 'startLine'>,
): Finding {
  const r = RULES.find((x) => x.id === over.ruleId)!;
  const startColumn = over.match.indexOf(over.secret) + 1;
  return {
    description: r.description,
    severity: r.severity,
    endLine: over.startLine,
    startColumn,
    endColumn: startColumn + over.secret.length - 1,
    commit: '',
    author: '',
    email: '',
    date: '',
    message: '',
    fingerprint: `${over.file}:${over.ruleId}:${over.startLine}`,
    entropy: 3.1,
    tags: [...(r.tags ?? [])],
    secretHash: String(++hashes).padStart(64, '0'),
    ...over,
  };
}

const COMMIT = '0123456789abcdef0123456789abcdef01234567';

/** Deliberately out of order: every reporter sorts by file, line, column, rule. */
const SAMPLE: ReportInput = {
  findings: [
    finding({
      ruleId: 'example-generic-value',
      file: 'data/export, final.csv',
      startLine: 2,
      secret: SECRETS.tricky,
      match: `=HYPERLINK("x",1),"q" <&> '${SECRETS.tricky}'`,
    }),
    finding({
      ruleId: 'example-api-token',
      file: 'src/app.ts',
      startLine: 12,
      secret: SECRETS.history,
      match: `client.configure("${SECRETS.history}");`,
      commit: COMMIT,
      author: 'Ada Example',
      email: 'ada@example.com',
      date: '2024-05-01T12:00:00Z',
      message: 'Add client config',
      fingerprint: `${COMMIT}:src/app.ts:example-api-token:12`,
    }),
    finding({
      ruleId: 'example-key-block',
      file: 'config/keys.txt',
      startLine: 6,
      endLine: 8,
      secret: SECRETS.block,
      match: `<<BLOCK\n${SECRETS.block}\nBLOCK`,
      startColumn: 1,
      endColumn: 'synthetic-block-end'.length,
      entropy: 3.9,
    }),
    finding({
      ruleId: 'example-api-token',
      file: 'config/settings.env',
      startLine: 3,
      secret: SECRETS.plain,
      match: `API_VALUE = ${SECRETS.plain}`,
      entropy: 3.4,
    }),
  ],
  skipped: [
    { file: 'data/dump.sql', reason: 'too-large', detail: '12.0 MB, limit 10.0 MB' },
    { file: 'assets/logo.png', reason: 'binary' },
  ],
  rules: RULES,
  tool: { name: 'leakhound', version: '0.1.0', informationUri: 'https://github.com/leakhound/leakhound' },
  scanned: { files: 12, bytes: 1_234_567, ms: 40 },
};

const PLAIN = { redact: false, color: false } as const;

describe('golden outputs', () => {
  it.each(FORMATS)('%s matches its golden file exactly', (format) => {
    const actual = getReporter(format)(SAMPLE, PLAIN);
    const path = join(expectedDir, GOLDEN[format]);
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(expectedDir, { recursive: true });
      writeFileSync(path, actual);
    }
    expect(existsSync(path), `${path} is missing: run UPDATE_GOLDEN=1 npx vitest run scanner/report`).toBe(true);
    expect(actual).toBe(readFileSync(path, 'utf8'));
  });

  it.each(FORMATS)('%s is the same whatever order findings and skipped inputs arrive in', (format) => {
    const shuffled = { ...SAMPLE, findings: [...SAMPLE.findings].reverse(), skipped: [...SAMPLE.skipped].reverse() };
    expect(getReporter(format)(shuffled, PLAIN)).toBe(getReporter(format)(SAMPLE, PLAIN));
  });
});

describe('redaction', () => {
  /** Pieces of the secret (whole, or a line of a block) longer than what redaction may keep. */
  function leaked(output: string, secret: string, kept = 0): string[] {
    const pieces = [secret, ...secret.split('\n')].filter((p) => p.length > kept);
    const escaped = pieces.flatMap((p) => [p, JSON.stringify(p).slice(1, -1)]);
    return escaped.filter((p) => output.includes(p));
  }

  it.each(FORMATS)('full redaction leaves no secret in the %s output', (format) => {
    const output = getReporter(format)(SAMPLE, { redact: true, color: format === 'text' });
    for (const secret of Object.values(SECRETS)) expect(leaked(output, secret)).toEqual([]);
    if (format !== 'sarif') expect(output).toContain('REDACTED');
  });

  it.each(FORMATS)('partial redaction of 75 percent leaves only a short prefix in the %s output', (format) => {
    const output = getReporter(format)(SAMPLE, { redact: 75, color: false });
    for (const secret of Object.values(SECRETS))
      expect(leaked(output, secret, maskSecret(secret, 75).length - 3)).toEqual([]);
  });

  it('leaves secrets in place when redaction is off, so the test above can fail', () => {
    const output = getReporter('json')(SAMPLE, PLAIN);
    expect(output).toContain(SECRETS.plain);
  });
});

describe('sarif', () => {
  const schemaPath = join(repo, 'test', 'fixtures', 'schemas', 'sarif-schema-2.1.0.json');

  function validator() {
    // The schema is draft-07 (Ajv's default draft) and uses formats that ajv-formats would
    // provide; small checks stand in for them rather than ignoring the keyword.
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addFormat('uri', (s: string) => URL.canParse(s));
    ajv.addFormat('uri-reference', (s: string) => !/\s/.test(s) && URL.canParse(s, 'file:///base/'));
    ajv.addFormat('date-time', (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.test(s));
    return ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  }

  it.each([
    ['the sample', SAMPLE, {}],
    ['no findings', { ...SAMPLE, findings: [], skipped: [] }, {}],
    ['a scan root', SAMPLE, { root: '/work/some repo' }],
  ])('validates against the official SARIF 2.1.0 schema with %s', (_name, input, extra) => {
    const validate = validator();
    const log: unknown = JSON.parse(getReporter('sarif')(input, { ...PLAIN, ...extra }));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('rejects a broken log, so the schema check is real', () => {
    const validate = validator();
    const log = JSON.parse(getReporter('sarif')(SAMPLE, PLAIN));
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
  });

  it('lists each rule id once even when the input repeats rules', () => {
    const log = JSON.parse(getReporter('sarif')({ ...SAMPLE, rules: [...RULES, ...RULES] }, PLAIN));
    const ids: string[] = log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual([...new Set(RULES.map((r) => r.id))].sort());
    for (const result of log.runs[0].results) expect(ids[result.ruleIndex]).toBe(result.ruleId);
  });
});
