// A home directory and a project tree full of tool configuration files, generated from the
// credential-file rules' own fixtures plus binary key stores and a notebook, scanned with
// default flags through the CLI: every credential is found, no look-alike is flagged.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtures } from '../../rules/credential-files/fixtures.js';
import { fixtures as keyFixtures } from '../../rules/private-key/fixtures.js';
import { ALNUM, join as cat, rand, seed } from '../../rules/fixture-kit.js';
import type { Finding } from '../../scanner/finding.js';
import { runCli } from '../helpers/cli.js';
import { gitdir, type GitDir } from '../helpers/gitdir.js';

const created: string[] = [];
const repos: GitDir[] = [];
afterAll(() => {
  for (const d of created) rmSync(d, { recursive: true, force: true });
  for (const r of repos) r.cleanup();
});

/** Bytes as PKCS#12, JKS and KeePass files start, with NULs: binary to every scanner. */
const binary = (magic: number[]): Buffer =>
  Buffer.concat([Buffer.from(magic), Buffer.alloc(64), Buffer.from(rand(ALNUM, 200))]);
const KEY_STORES: Record<string, Buffer> = {
  'certs/client.p12': binary([0x30, 0x82, 0x0a, 0x00, 0x02, 0x01, 0x03]),
  'android/release.jks': binary([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2]),
  'vault/team.kdbx': binary([0x03, 0xd9, 0xa2, 0x9a, 0x67, 0xfb, 0x4b, 0xb5]),
};

function notebook(password: string): string {
  const cell = { cell_type: 'code', source: [`db = connect(host="db", password="${password}")\n`], outputs: [] };
  return JSON.stringify({ cells: [cell], metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1);
}

function tree(): { root: string; secrets: Map<string, string> } {
  seed(7071);
  const root = mkdtempSync(join(tmpdir(), 'lh-credfiles-'));
  created.push(root);
  const secrets = new Map<string, string>();
  const write = (path: string, content: string | Buffer): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  };
  let n = 0;
  for (const [id, fx] of Object.entries(fixtures())) {
    for (const c of fx.truePositives) {
      const path = `found/${id}/${n++}/${c.path ?? 'settings.txt'}`;
      write(path, c.text);
      if (c.secret) secrets.set(path, c.secret);
    }
    for (const c of fx.falsePositives) write(`quiet/${id}/${n++}/${c.path ?? 'settings.txt'}`, c.text);
  }
  for (const [path, bytes] of Object.entries(KEY_STORES)) write(`found/key-store/${path}`, bytes);
  // A text key file: the key inside is the finding, not the file's name.
  write('found/key-file/deploy/id_ed25519', keyFixtures()['private-key']!.truePositives[0]!.text);
  const nb = cat('Nb', rand(ALNUM, 14));
  write('found/notebook/analysis.ipynb', notebook(nb));
  secrets.set('found/notebook/analysis.ipynb', nb);
  return { root, secrets };
}

describe('credential files, scanned with default flags', () => {
  const { root, secrets } = tree();
  const r = runCli(['scan', root, '--format', 'json']);
  const findings = JSON.parse(r.stdout) as Finding[];

  it('finds every credential, by the file it sits in', () => {
    expect(r.code).toBe(1);
    const missed = [...secrets].filter(([file, s]) => !findings.some((f) => f.file === file && f.secret === s));
    expect(missed).toEqual([]);
  });

  it('reports each committed key store, binary or not, as a key store', () => {
    for (const path of Object.keys(KEY_STORES)) {
      expect(findings).toContainEqual(
        expect.objectContaining({ file: `found/key-store/${path}`, ruleId: 'key-store-file', startLine: 1 }),
      );
    }
    expect(findings.find((f) => f.ruleId === 'key-store-file')?.description).toMatch(/^A key store is committed/);
  });

  it('reports the key inside a readable key file instead of the file name', () => {
    expect(findings.filter((f) => f.file === 'found/key-file/deploy/id_ed25519').map((f) => f.ruleId)).toEqual([
      'private-key',
    ]);
  });

  it('flags nothing in the look-alikes', () => {
    expect(findings.filter((f) => f.file.startsWith('quiet/')).map((f) => `${f.file}: ${f.ruleId}`)).toEqual([]);
  });
});

describe('a key store in git history', () => {
  it('is reported by history and by diff at the commit that added it', () => {
    const repo = gitdir([
      { commit: 'start', files: { 'README.md': 'service\n' } },
      { commit: 'add signing keys', files: { 'signing/release.p12': KEY_STORES['certs/client.p12']! } },
    ]);
    repos.push(repo);
    const history = JSON.parse(runCli(['history', '--repo', repo.dir, '--format', 'json']).stdout) as Finding[];
    expect(history).toEqual([
      expect.objectContaining({
        ruleId: 'key-store-file',
        file: 'signing/release.p12',
        commit: repo.oid('add signing keys'),
      }),
    ]);
    const range = `${repo.oid('start')}..${repo.oid('add signing keys')}`;
    const diff = runCli(['diff', '--range', range, '--format', 'json'], { cwd: repo.dir });
    expect((JSON.parse(diff.stdout) as Finding[]).map((f) => [f.ruleId, f.file])).toEqual([
      ['key-store-file', 'signing/release.p12'],
    ]);
  });
});
