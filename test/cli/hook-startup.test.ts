// What the pre-commit check loads and starts: not the Node built-ins or the bundled libraries
// it has no use for, and one git process. Shown by the modules the process loaded
// (process.moduleLoadList, and the files module.registerHooks saw) and by a git on PATH that
// logs its calls, not by timing.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import * as nodeModule from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultRules } from '../../rules/index.js';
import { awsKeyId } from '../helpers/git-secrets.js';
import { gitdir, type GitDir } from '../helpers/gitdir.js';

const BUNDLE = fileURLToPath(new URL('../../scanner/dist/cli.js', import.meta.url));
const REPORT = `
import * as nodeModule from 'node:module';
const files = [];
nodeModule.registerHooks?.({ load(url, context, next) { files.push(url); return next(url, context); } });
process.on('exit', () => process.stderr.write('\\nBUILTINS:' + process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)).join(',') + '\\nFILES:' + files.join(',') + '\\n'));
`;

let dir: string;
let repo: GitDir;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leakhound-startup-'));
  writeFileSync(join(dir, 'report.mjs'), REPORT);
  // A git that logs each call, then runs the real one.
  const realGit = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
  mkdirSync(join(dir, 'bin'));
  writeFileSync(
    join(dir, 'bin', 'git'),
    `#!/bin/sh\nprintf '%s\\n' "$*" >> "${join(dir, 'git.log')}"\nexec "${realGit}" "$@"\n`,
  );
  chmodSync(join(dir, 'bin', 'git'), 0o755);
  repo = gitdir([
    { commit: 'start', files: { 'app.env': 'A=1\n' } },
    { stage: { 'app.env': `A=1\nKEY=${awsKeyId()}\n` } },
  ]);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  repo.cleanup();
});

function builtins(
  args: string[],
  cwd = repo.dir,
): {
  loaded: string[];
  files: string[];
  git: string[];
  code: number | null;
  stdout: string;
  stderr: string;
} {
  rmSync(join(dir, 'git.log'), { force: true });
  const r = spawnSync(process.execPath, ['--import', join(dir, 'report.mjs'), BUNDLE, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', PATH: `${join(dir, 'bin')}:${process.env.PATH}` },
  });
  const line = /\nBUILTINS:(.*)\n/.exec(r.stderr)?.[1];
  if (line === undefined) throw new Error(`no module report (exit ${r.status}): ${r.stderr.slice(0, 400)}`);
  const files = (/\nFILES:(.*)\n/.exec(r.stderr)?.[1] ?? '').split(',').filter((f) => f.startsWith('file:'));
  const git = readFileSync(join(dir, 'git.log'), 'utf8').trim().split('\n');
  return { loaded: line.split(','), files, git, code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The text of each bundle file a run loaded. */
const fileTexts = (r: { files: string[] }): string[] => r.files.map((url) => readFileSync(fileURLToPath(url), 'utf8'));

describe('the pre-commit check (diff --staged) from the bundle', () => {
  it('finds a staged key and hashes it without loading node:crypto', () => {
    const r = builtins(['diff', '--staged', '--format', 'json']);
    expect(r.code).toBe(1);
    const [finding] = JSON.parse(r.stdout) as { ruleId: string; secretHash: string }[];
    expect(finding?.ruleId).toBe('aws-access-key-id');
    expect(finding?.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(r.loaded).not.toContain('crypto');
    expect(r.loaded.filter((m) => m.startsWith('internal/crypto/'))).toEqual([]);
  });

  it('sets its V8 regex flags without a complaint from V8 (a flag Node dropped would print one on every commit)', () => {
    const r = builtins(['diff', '--staged', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr.replace(/\n(BUILTINS|FILES):.*/g, '').trim()).toBe('');
  });

  it('starts one git process: the patch, with the context it scans', () => {
    const r = builtins(['diff', '--staged', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.git).toHaveLength(1);
    expect(r.git[0]).toMatch(/ diff --cached -U3 /);
  });

  it("loads the hook build alone: its own few files, none of the full CLI's chunks", () => {
    // Guards the check: registerHooks (Node 22.15+) saw the bundle's files.
    if (!('registerHooks' in nodeModule)) return;
    const dist = fileURLToPath(new URL('../../scanner/dist/', import.meta.url));
    for (const [args, commander] of [
      [['diff', '--staged'], false],
      [['hook', 'run', 'pre-commit'], false],
      // The report flags a CI job adds: still without commander.
      [['diff', '--staged', '--format', 'json', '--output', join(dir, 'report.json')], false],
      // Any other flag: commander parses the command line, from the hook build too.
      [['diff', '--staged', '--format', 'json', '--redact'], true],
    ] as const) {
      const r = builtins([...args]);
      expect(r.code).toBe(1);
      const files = r.files.map((url) => relative(dist, fileURLToPath(url)));
      expect(files[0]).toBe('cli.js');
      expect(files[1]).toBe(join('hook', 'cli-hook.js'));
      // Outside the bundle (a library in node_modules) or in the full build: both would cost
      // the hook its start.
      expect(files.slice(1).filter((f) => !f.startsWith(`hook${sep}`))).toEqual([]);
      const texts = fileTexts(r);
      expect(texts.some((t) => t.includes('// node_modules/commander/'))).toBe(commander);
      // Since the rules come in groups (hook/rules/), two of them for this change.
      expect(files.length).toBeLessThanOrEqual(commander ? 16 : 14);
    }
  });

  it('loads neither the RE2 engine nor the config parser when there is no config file', () => {
    const r = builtins(['diff', '--staged', '--format', 'json']);
    expect(r.code).toBe(1);
    // Guards the check: registerHooks (Node 22.15+) saw the bundle's files.
    if (!('registerHooks' in nodeModule)) return;
    const texts = fileTexts(r);
    expect(texts.length).toBeGreaterThan(3);
    expect(texts.some((t) => t.includes('// rules/aws/rule.ts'))).toBe(true);
    for (const library of ['re2js', 'smol-toml'])
      expect(texts.some((t) => t.includes(`// node_modules/${library}/`))).toBe(false);
  });

  it('reads node:fs without loading its promise API (and readline with it), report file included', () => {
    const report = join(dir, 'promise-api-report.json');
    for (const args of [
      ['diff', '--staged'],
      ['hook', 'run', 'pre-commit'],
      ['diff', '--staged', '--format', 'json', '--output', report],
    ]) {
      const r = builtins(args);
      expect(r.code).toBe(1);
      expect(r.loaded).toContain('fs');
      expect(r.loaded.filter((m) => /(^|\/)fs\/promises$|readline/.test(m))).toEqual([]);
    }
    expect(JSON.parse(readFileSync(report, 'utf8'))).toHaveLength(1);
  });
});

describe('the rules the pre-commit check loads', () => {
  const dist = fileURLToPath(new URL('../../scanner/dist/hook/rules/', import.meta.url));
  const groups = (r: { files: string[] }) =>
    r.files
      .map((url) => fileURLToPath(url))
      .filter((f) => f.startsWith(dist))
      .map((f) => relative(dist, f));

  it('are the groups its staged text can wake, not the whole rule set', () => {
    if (!('registerHooks' in nodeModule)) return;
    for (const args of [
      ['diff', '--staged'],
      ['hook', 'run', 'pre-commit'],
    ]) {
      const r = builtins(args);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/aws-access-key-id/);
      // The group of the rules that run on every text, and the one with the AWS rules.
      expect(groups(r)).toHaveLength(2);
      expect(groups(r)[0]).toBe('group-00.js');
      expect(fileTexts(r).some((t) => t.includes('// rules/index.ts'))).toBe(false);
    }
  });

  it('are all of them with a config file, which may name any rule, and for a SARIF report, which lists them', () => {
    if (!('registerHooks' in nodeModule)) return;
    const configured = gitdir([
      { commit: 'start', files: { 'app.env': 'A=1\n', 'leakhound.toml': '[extend]\nuseDefault = true\n' } },
      { stage: { 'app.env': `A=1\nKEY=${awsKeyId()}\n` } },
    ]);
    try {
      const r = builtins(['diff', '--staged'], configured.dir);
      expect(r.code).toBe(1);
      expect(groups(r)).toEqual([]);
      expect(fileTexts(r).some((t) => t.includes('// rules/index.ts'))).toBe(true);
    } finally {
      configured.cleanup();
    }
    const sarif = builtins(['diff', '--staged', '--format', 'sarif']);
    expect(sarif.code).toBe(1);
    const run = (JSON.parse(sarif.stdout) as { runs: { tool: { driver: { rules: unknown[] } } }[] }).runs[0]!;
    expect(run.tool.driver.rules).toHaveLength(defaultRules.length);
  });
});
