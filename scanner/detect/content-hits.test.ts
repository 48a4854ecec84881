// Detection split in two (content once, then each path): for content reachable under many
// paths, detectContent + placeHits must report exactly what detect reports at each path,
// with path rules, path and commit allowlists, line allowlists, inline allows and decoding.
import { describe, expect, it } from 'vitest';
import { join, rand } from '../../rules/fixture-kit.js';
import { defaultRules } from '../../rules/index.js';
import type { Rule } from '../../rules/types.js';
import { B32 } from '../../test/helpers/secrets.js';
import { parseConfig } from '../config/parse.js';
import { Detector } from './detector.js';

const envRule: Rule = {
  id: 'demo-env-file',
  description: 'Secret in a .env file',
  severity: 'high',
  regex: /^SECRET=(\S{12,})$/m,
  keywords: ['secret='],
  path: /(?:^|\/)\.env$/,
  tags: ['credential-file'],
};
const keyStoreRule: Rule = {
  id: 'demo-key-store',
  description: 'Key store',
  severity: 'high',
  path: /\.p12$/,
  keywords: [],
  tags: ['key-store'],
};

const config = parseConfig(
  `
[extend]
useDefault = true

[[allowlists]]
description = "vendored copies"
paths = ['''^vendor/''']

[[allowlists]]
description = "docs, only for this commit"
condition = "AND"
paths = ['''^docs/''']
commits = ["c0ffee"]

[[allowlists]]
description = "example lines"
regexTarget = "line"
regexes = ['''example''']
`,
  'leakhound.toml',
);

const commit = (sha: string) => ({
  commit: sha,
  author: 'A',
  email: 'a@example.com',
  date: '2026-01-01',
  message: 'm',
});

describe('detectContent + placeHits', () => {
  const rules = [...config.rules, envRule, keyStoreRule];
  const detector = new Detector({ rules, allowlists: config.allowlists, keepInlineAllowed: true });
  const aws = join('AKIA', rand(B32, 16));
  const gh = join('AKIA', rand(B32, 16));
  const text = [
    `aws_access_key_id = ${aws}`,
    `SECRET=${join('s3cr', rand(B32, 16))}`,
    `backup_key_id = ${gh} # example`,
    `inline = ${join('AKIA', rand(B32, 16))} # leakhound:allow`,
    `encoded = ${Buffer.from(`key=${join('AKIA', rand(B32, 16))}`).toString('base64')}`,
  ].join('\n');
  const places = [
    { path: 'src/app.ts' },
    { path: 'config/.env' },
    { path: 'vendor/lib/app.ts' },
    { path: 'docs/app.md', commit: commit('c0ffee1234') },
    { path: 'docs/app.md', commit: commit('abcdef1234') },
    { path: 'certs/client.p12' },
  ];

  it.each(places)('reports at $path what detect reports there', (at) => {
    const expected = detector.detect({ text, ...at });
    const once = detector.placeHits(detector.detectContent(text), at);
    expect(once).toEqual(expected);
  });

  it('differs by path where path rules and allowlists say so', () => {
    const hits = detector.detectContent(text);
    const ids = (path: string, sha?: string) =>
      detector.placeHits(hits, { path, ...(sha ? { commit: commit(sha) } : {}) }).map((f) => f.ruleId);
    expect(ids('vendor/x.ts')).toEqual([]);
    expect(ids('config/.env')).toContain('demo-env-file');
    expect(ids('src/x.ts')).not.toContain('demo-env-file');
    expect(ids('docs/a.md', 'c0ffee99')).toEqual([]);
    expect(ids('docs/a.md', '12345678').length).toBeGreaterThan(0);
    // A key store named by its path gives way to what was read from its content.
    expect(ids('a/b.p12')).not.toContain('demo-key-store');
    const keyStore = detector.placeHits(detector.detectContent('binary-ish'), { path: 'a/b.p12' });
    expect(keyStore.map((f) => f.ruleId)).toContain('demo-key-store');
    const secrets = detector.placeHits(hits, { path: 'src/x.ts' }).map((f) => f.secret);
    expect(secrets).toContain(aws);
    expect(secrets).not.toContain(gh);
    expect(detector.placeHits(detector.detectContent(`backup_key_id = ${gh}`), { path: 'src/x.ts' })[0]?.secret).toBe(
      gh,
    );
  });

  it('uses the built-in rules unchanged', () => {
    const plain = new Detector({ rules: defaultRules });
    const at = { path: 'src/settings.py' };
    expect(plain.placeHits(plain.detectContent(text), at)).toEqual(plain.detect({ text, ...at }));
  });
});
