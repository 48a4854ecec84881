import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { join as cat, rand, UPPER } from '../../rules/fixture-kit.js';
import type { Finding } from '../../scanner/finding.js';
import { runCli } from '../helpers/cli.js';

const created: string[] = [];
afterAll(() => {
  for (const d of created) rmSync(d, { recursive: true, force: true });
});
const B32 = `${UPPER}234567`;
const akid = (): string => cat('AKIA', rand(B32, 16));

function dir(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'lh-cli-'));
  created.push(root);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}

const json = (stdout: string): Finding[] => JSON.parse(stdout) as Finding[];

describe('leakhound scan', () => {
  it('exits 1 with the finding contract in JSON, paths relative to the scan root', () => {
    const key = akid();
    const root = dir({ 'src/app.env': `X=1\nAWS_ACCESS_KEY_ID=${key}\n`, 'README.md': 'nothing here\n' });
    const r = runCli(['scan', root, '--format', 'json']);
    expect(r.code).toBe(1);
    const [f] = json(r.stdout);
    expect(f).toMatchObject({
      ruleId: 'aws-access-key-id',
      secret: key,
      file: 'src/app.env',
      startLine: 2,
      fingerprint: 'src/app.env:aws-access-key-id:2',
    });
    expect(Object.keys(f!)).toEqual(
      expect.arrayContaining([
        'ruleId',
        'description',
        'severity',
        'secret',
        'match',
        'file',
        'startLine',
        'endLine',
        'startColumn',
        'endColumn',
        'commit',
        'author',
        'email',
        'date',
        'message',
        'fingerprint',
        'entropy',
        'tags',
      ]),
    );
  });

  it('exits 0 on a clean tree and redacts text output by default', () => {
    expect(runCli(['scan', dir({ 'a.txt': 'hello\n' })]).code).toBe(0);
    const key = akid();
    const r = runCli(['scan', dir({ 'a.env': `K=${key}\n` })]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain(key);
    expect(runCli(['scan', dir({ 'a.env': `K=${key}\n` }), '--no-redact']).stdout).toContain(key);
    expect(runCli(['scan', dir({ 'a.env': `K=${key}\n` }), '--format', 'json', '--redact']).stdout).not.toContain(key);
  });

  it('reads stdin with -', () => {
    const key = akid();
    const r = runCli(['scan', '-', '--format', 'json'], { input: `id: ${key}\n` });
    expect(r.code).toBe(1);
    expect(json(r.stdout)[0]).toMatchObject({ file: '-', secret: key });
  });

  it('streams stdin larger than the file size limit, with line numbers across the whole stream', () => {
    const key = akid();
    const row = "INSERT INTO users VALUES (1, 'someone', 'plain text value, nothing secret here at all');\n";
    const rows = Math.ceil((30 * 1024 * 1024) / row.length);
    const input = Buffer.from(`${row.repeat(rows)}-- aws_access_key_id = ${key}\n${row.repeat(10)}`);
    const r = runCli(['scan', '-', '--format', 'json'], { input });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(json(r.stdout)).toMatchObject([{ file: '-', secret: key, startLine: rows + 1, startColumn: 24 }]);
  });

  it.each([
    ['a missing path', ['scan', '/nonexistent/leakhound'], /no such file or directory/],
    ['an unknown format', ['scan', '.', '--format', 'xml'], /Allowed choices are text, json/],
    ['a bad thread count', ['scan', '.', '--threads', '-1'], /--threads -1: expected a whole number/],
    ['a missing config', ['scan', '.', '--config', '/nonexistent.toml'], /config file not found/],
    ['a missing baseline', ['scan', '.', '--baseline', '/nonexistent.json'], /nonexistent\.json/],
    ['an unknown command', ['scna', '.'], /unknown command/],
  ])('exits 2 with one line on %s', (_name, args, message) => {
    const r = runCli(args, { cwd: dir({ 'a.txt': 'x\n' }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    ['invalid TOML', 'title = "unterminated\n'],
    ['an invalid regex', '[[rules]]\nid = "broken"\nregex = "([a-z]+"\n'],
    ['a wrong type', '[[rules]]\nid = "x"\nregex = "abc"\nentropy = "high"\n'],
  ])('exits 2 naming the problem for a config with %s', (_name, toml) => {
    const root = dir({ '.gitleaks.toml': toml, 'a.txt': 'x\n' });
    const r = runCli(['scan', root]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.gitleaks\.toml/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('uses a gitleaks config found at the scan root, with Go regex syntax', () => {
    const toml =
      '[extend]\nuseDefault = true\n\n[[rules]]\nid = "internal-token"\ndescription = "Internal token"\nregex = \'\'\'(?i)\\binttok_([a-z0-9]{24})\\b\'\'\'\nkeywords = ["inttok_"]\n';
    const token = cat('INTTOK_', rand('abcdefghijklmnopqrstuvwxyz0123456789', 24));
    const root = dir({ '.gitleaks.toml': toml, 'a.txt': `t = ${token}\nk=${akid()}\n` });
    const ids = json(runCli(['scan', root, '--format', 'json']).stdout)
      .map((f) => f.ruleId)
      .sort();
    expect(ids).toEqual(['aws-access-key-id', 'internal-token']);
  });

  it.each([
    ['exponential', '(x+x+)+y', 'xx', `${'x'.repeat(5000)}\n`, 'xxxy\n'],
    ['quadratic', 'tok\\w+=', 'tok', `tok${'a'.repeat(300_000)}\n`, 'tokab=\n'],
  ])('finishes on a pathological input even with a %s regex in the config', (_kind, regex, keyword, evil, hit) => {
    const toml = `[[rules]]\nid = 'risky'\nregex = '''${regex}'''\nkeywords = ['${keyword}']\n`;
    const root = dir({ '.gitleaks.toml': toml, 'a.txt': evil, 'b.txt': hit });
    const r = runCli(['scan', root, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(json(r.stdout).map((f) => f.file)).toEqual(['b.txt']);
  });

  it('suppresses .gitleaksignore fingerprints', () => {
    const root = dir({
      'a.env': `K=${akid()}\nL=${akid()}\n`,
      '.gitleaksignore': '# reviewed\na.env:aws-access-key-id:1\n',
    });
    expect(json(runCli(['scan', root, '--format', 'json']).stdout).map((f) => f.startLine)).toEqual([2]);
  });

  it('keeps a baselined secret suppressed after it moves, but reports a new secret on its old line', () => {
    const old = akid();
    const root = dir({ 'a.env': `K=${old}\n` });
    const baseline = join(root, '..', `baseline-${Date.now()}.json`);
    expect(runCli(['scan', root, '--format', 'json', '--redact', '--output', baseline]).code).toBe(1);
    const fresh = akid();
    writeFileSync(join(root, 'a.env'), `K=${fresh}\n# moved:\n\nK2=${old}\n`);
    const r = runCli(['scan', root, '--format', 'json', '--baseline', baseline]);
    expect(r.code).toBe(1);
    expect(json(r.stdout).map((f) => [f.startLine, f.secret])).toEqual([[1, fresh]]);
  });

  it('notes skipped binary, oversized and unreadable files in the text report', () => {
    const root = dir({
      'img.bin': Buffer.from([0, 1, 2, 3]),
      'big.txt': 'z'.repeat(2 * 1024 * 1024),
      'ok.txt': 'fine\n',
      'secret.txt': 'x\n',
    });
    chmodSync(join(root, 'secret.txt'), 0o000);
    const r = runCli(['scan', root, '--max-file-size', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/binary/);
    expect(r.stdout).toMatch(/big\.txt/);
    if (process.getuid?.() !== 0) expect(r.stdout).toMatch(/secret\.txt/);
  });

  it('scans invalid UTF-8 and very long lines', () => {
    const key = akid();
    const root = dir({
      'weird.txt': Buffer.concat([
        Buffer.from([0xff, 0xfe, 0xfd, 0x41]),
        Buffer.from(`\n${'q'.repeat(3_000_000)} ${key}\n`),
      ]),
    });
    // 0xFF 0xFE is a UTF-16 byte-order mark; make sure it is not mistaken for one here.
    writeFileSync(
      join(root, 'weird.txt'),
      Buffer.concat([Buffer.from([0x41, 0xff, 0xfd]), Buffer.from(`\n${'q'.repeat(3_000_000)} ${key}\n`)]),
    );
    const r = runCli(['scan', root, '--format', 'json']);
    expect(json(r.stdout).map((f) => f.secret)).toEqual([key]);
  });

  it('writes --output atomically and leaves nothing behind when it cannot', () => {
    const root = dir({ 'a.env': `K=${akid()}\n` });
    const out = join(root, 'report.sarif');
    expect(runCli(['scan', root, '--format', 'sarif', '--output', out, '--exclude', 'report']).code).toBe(1);
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');
    const r = runCli(['scan', root, '--output', join(root, 'missing-dir', 'r.txt')]);
    expect(r.code).toBe(2);
    expect(existsSync(join(root, 'missing-dir'))).toBe(false);
    expect(readdirSync(root).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('leakhound rules', () => {
  it('lists at least 60 built-in rules', () => {
    const r = runCli(['rules', '--format', 'json'], { cwd: tmpdir() });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBeGreaterThanOrEqual(60);
  });
});
