import { describe, expect, it } from 'vitest';
import { B32 } from '../../test/helpers/secrets.js';
import { join, rand } from '../../rules/fixture-kit.js';
import type { Rule } from '../../rules/types.js';
import { toText } from './content.js';
import { Detector } from './detector.js';

const tokenRule: Rule = {
  id: 'demo-token',
  description: 'Demo token',
  severity: 'high',
  regex: /\b(dmo_[a-z0-9]{20})\b/,
  keywords: ['dmo_'],
  entropy: 3,
  tags: ['demo'],
};
const genericRule: Rule = {
  id: 'demo-generic',
  description: 'Generic',
  severity: 'medium',
  regex: /token\s*=\s*"([^"]{8,})"/i,
  keywords: ['token'],
  tags: ['generic'],
};
const token = (): string => join('dmo_', rand('abcdefghijklmnopqrstuvwxyz0123456789', 20));
const detect = (text: string, rules: Rule[] = [tokenRule], path = 'app/config.txt') =>
  new Detector({ rules }).detect({ text, path });

describe('Detector', () => {
  it('reports the secret with 1-based line and columns of the secret itself', () => {
    const t = token();
    const [f] = detect(`first line\n  key: ${t}\n`);
    expect(f).toMatchObject({
      ruleId: 'demo-token',
      secret: t,
      startLine: 2,
      endLine: 2,
      startColumn: 8,
      endColumn: 31,
    });
    expect(f!.fingerprint).toBe('app/config.txt:demo-token:2');
  });

  it('puts the commit first in the fingerprint for history findings', () => {
    const t = token();
    const commit = {
      commit: 'abc123',
      author: 'A',
      email: 'a@example.com',
      date: '2026-01-01T00:00:00Z',
      message: 'm',
    };
    const [f] = new Detector({ rules: [tokenRule] }).detect({ text: t, path: 'x', commit });
    expect(f!.fingerprint).toBe('abc123:x:demo-token:1');
    expect(f!.author).toBe('A');
  });

  it('skips a rule whose keyword is absent without running its regex', () => {
    const rule: Rule = { ...tokenRule, keywords: ['zzz-never'] };
    expect(detect(`k=${token()}`, [rule])).toEqual([]);
  });

  it('matches keywords case-insensitively', () => {
    const rule: Rule = { ...tokenRule, regex: /\b(DMO_[A-Z0-9]{20})\b/ };
    const t = token().toUpperCase();
    expect(detect(`K=${t}`, [rule]).map((f) => f.secret)).toEqual([t]);
  });

  it('drops secrets under the entropy floor and placeholders', () => {
    expect(detect(`k=dmo_${'a'.repeat(20)}`)).toEqual([]);
    expect(detect(`k=dmo_xxxxxxxxxxxxxxxxxxxx`)).toEqual([]);
  });

  it.each(['gitleaks:allow', 'leakhound:allow'])('honours an inline %s comment on the line', (marker) => {
    expect(detect(`k=${token()} # ${marker}`)).toEqual([]);
    expect(detect(`k=${token()}\n# ${marker}`)).toHaveLength(1);
  });

  it('keeps an inline-allowed finding, tagged, when asked to (the responder verifies it first)', () => {
    const t = token();
    const [f] = new Detector({ rules: [tokenRule], keepInlineAllowed: true }).detect({
      text: `k=${t} # leakhound:allow`,
      path: 'x',
    });
    expect(f).toMatchObject({ secret: t, tags: expect.arrayContaining(['inline-allowed']) });
  });

  it('applies rule allowlists on secret, match and line, with AND conditions', () => {
    const t = token();
    const bySecret: Rule = { ...tokenRule, allowlists: [{ regexes: [new RegExp(t.slice(-6))] }] };
    expect(detect(`k=${t}`, [bySecret])).toEqual([]);
    const byLine: Rule = { ...tokenRule, allowlists: [{ regexTarget: 'line', regexes: [/^test_/] }] };
    expect(detect(`test_k=${t}`, [byLine])).toEqual([]);
    const and: Rule = { ...tokenRule, allowlists: [{ condition: 'AND', paths: [/fixtures/], stopwords: ['zz'] }] };
    expect(detect(`k=${t}`, [and], 'fixtures/a.txt')).toHaveLength(1);
  });

  it('skips a whole fragment when a global allowlist allows its path', () => {
    const d = new Detector({ rules: [tokenRule], allowlists: [{ paths: [/(^|\/)package-lock\.json$/] }] });
    expect(d.detect({ text: `k=${token()}`, path: 'web/package-lock.json' })).toEqual([]);
    expect(d.detect({ text: `k=${token()}`, path: 'web/package.json' })).toHaveLength(1);
  });

  it('reports a multi-line secret from its first to its last line', () => {
    const rule: Rule = {
      id: 'block',
      description: 'Block',
      severity: 'high',
      regex: /-----BEGIN X-----[\s\S]{1,200}?-----END X-----/,
      keywords: ['-----begin x'],
    };
    const [f] = detect(`a\n-----BEGIN X-----\n${rand('ABCDEFGHIJ0123456789', 40)}\n-----END X-----\n`, [rule]);
    expect(f).toMatchObject({ startLine: 2, endLine: 4, startColumn: 1, endColumn: 15 });
  });

  it('keeps CRLF line numbers right and leaves the CR out of the line text', () => {
    const [f] = detect(`a\r\nb\r\nk=${token()}\r\n`);
    expect(f).toMatchObject({ startLine: 3, startColumn: 3 });
  });

  it('finds a secret inside base64 and reports it at the encoded text', () => {
    const t = token();
    const encoded = Buffer.from(`password: ${t}\n`).toString('base64');
    const [f] = detect(`apiVersion: v1\nkind: Secret\ndata:\n  creds: ${encoded}\n`);
    expect(f).toMatchObject({ secret: t, startLine: 4, startColumn: 10, endColumn: 9 + encoded.length });
    expect(f!.tags).toContain('decoded:base64');
  });

  it.each([
    ['hex', (s: string) => Buffer.from(`key=${s};`).toString('hex')],
    ['percent', (s: string) => encodeURIComponent(`{"key": "${s}"}`)],
    ['base64 inside base64', (s: string) => Buffer.from(Buffer.from(`k=${s}`).toString('base64')).toString('base64')],
  ])('decodes %s', (_name, encode) => {
    const t = token();
    expect(detect(`value: ${encode(t)}`).map((f) => f.secret)).toEqual([t]);
  });

  it('reports one credential once when a generic rule overlaps a specific one', () => {
    const t = token();
    const found = detect(`token = "${t}"`, [tokenRule, genericRule]);
    expect(found.map((f) => f.ruleId)).toEqual(['demo-token']);
  });

  it('still scans a very long line, and a pathological one finishes', () => {
    const t = token();
    const long = `${'a'.repeat(2_000_000)} ${t} ${'b'.repeat(1000)}`;
    expect(detect(long).map((f) => f.secret)).toEqual([t]);
    const evil: Rule = { id: 'evil', description: 'x', severity: 'low', regex: /(a+)+$/, keywords: ['a'] };
    expect(detect(`${'a'.repeat(40)}!`, [evil])).toEqual([]);
  });

  it('scans text with invalid UTF-8 and skips binary content', () => {
    const t = token();
    const bytes = Buffer.concat([Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(` k=${t}\n`)]);
    expect(detect(toText(bytes)!).map((f) => f.secret)).toEqual([t]);
    expect(toText(Buffer.from([1, 2, 0, 3]))).toBeNull();
    expect(toText(Buffer.from(`\ufeffk=${t}`, 'utf16le').subarray(0))).toContain(t);
  });

  it('finds AWS-shaped keys with the real rule set', async () => {
    const { defaultRules } = await import('../../rules/index.js');
    const id = join('AKIA', rand(B32, 16));
    expect(
      new Detector({ rules: defaultRules }).detect({ text: `id=${id}`, path: 'a' }).map((f) => f.ruleId),
    ).toContain('aws-access-key-id');
  });
});

describe('Detector dedupe across decoding', () => {
  it('reports a secret inside percent-encoded text once', () => {
    const t = token();
    const found = detect(`url=https%3A%2F%2Fexample.com%2F%3Fk%3D${t}%26x%3D1`);
    expect(found.map((f) => f.secret)).toEqual([t]);
  });
});
