import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
const scratch = mkdtempSync(join(tmpdir(), 'lh-completion-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

describe('leakhound help and version', () => {
  it('prints the overview on stdout and exits 0 when run with no arguments', () => {
    const r = runCli([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: leakhound \[options\] \[command\]/);
    for (const name of ['scan', 'history', 'diff', 'hook', 'rules', 'serve', 'worker', 'completion'])
      expect(r.stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    expect(r.stderr).toBe('');
  });

  it.each([
    ['help', 'scan'],
    ['scan', '--help'],
    ['help', 'completion'],
  ])('answers %s %s with that command usage', (a, b) => {
    const r = runCli([a, b]);
    expect(r.code).toBe(0);
    const name = a === 'help' ? b : a;
    expect(r.stdout).toMatch(new RegExp(`^Usage: leakhound ${name} `));
  });

  it.each([['--version'], ['-V']])('%s prints "leakhound" and the package version', (flag) => {
    const r = runCli([flag]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`leakhound ${pkg.version}\n`);
  });

  it('names an unknown command in one line and exits 2', () => {
    const r = runCli(['scna']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain("unknown command 'scna'");
  });
});

describe('leakhound completion', () => {
  it('refuses a shell it does not know, naming the ones it does', () => {
    const r = runCli(['completion', 'tcsh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bash, zsh, fish/);
  });

  const bashScript = join(scratch, 'leakhound.bash');
  writeFileSync(bashScript, runCli(['completion', 'bash']).stdout);

  /** Runs bash's completion function as bash would for the words typed so far. */
  function completeBash(...words: string[]): string[] {
    const quoted = words.map((w) => `'${w}'`).join(' ');
    const script = `source '${bashScript}'; COMP_WORDS=(leakhound ${quoted}); COMP_CWORD=${words.length}; _leakhound; printf '%s\\n' "\${COMPREPLY[@]}"`;
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', cwd: scratch });
    expect(r.stderr).toBe('');
    return r.stdout.split('\n').filter(Boolean);
  }

  it('completes command names in bash', () => {
    expect(completeBash('h')).toEqual(['history', 'hook']);
    expect(completeBash('')).toEqual(expect.arrayContaining(['scan', 'diff', 'serve', 'completion']));
  });

  it('completes subcommands, flags and flag values in bash', () => {
    expect(completeBash('hook', '')).toEqual(['install', 'uninstall', 'run', 'daemon']);
    expect(completeBash('hook', 'daemon', '')).toEqual(['start', 'run', 'stop', 'status']);
    expect(completeBash('hook', 'daemon', 'start', '--i')).toEqual(['--idle-timeout']);
    expect(completeBash('diff', '--st')).toEqual(['--staged']);
    expect(completeBash('scan', '--format', 's')).toEqual(['sarif']);
    expect(completeBash('scan', '-f', 'j')).toEqual(['json', 'junit']);
    expect(completeBash('completion', 'z')).toEqual(['zsh']);
    expect(completeBash('completion', '')).toEqual(['bash', 'zsh', 'fish']);
  });

  it.runIf(has('zsh'))('writes a zsh script that zsh parses', () => {
    const file = join(scratch, '_leakhound');
    writeFileSync(file, runCli(['completion', 'zsh']).stdout);
    const r = spawnSync('zsh', ['-n', file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^#compdef leakhound\n/);
  });

  it.runIf(has('fish'))('writes a fish script that fish loads and completes with', () => {
    const file = join(scratch, 'leakhound.fish');
    writeFileSync(file, runCli(['completion', 'fish']).stdout);
    const r = spawnSync(
      'fish',
      [
        '--no-config',
        '-c',
        `source ${file}; complete -C 'leakhound scan --format s'; complete -C 'leakhound h'; complete -C 'leakhound completion f'`,
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^sarif\b/m);
    expect(r.stdout).toMatch(/^hook\t/m);
    expect(r.stdout).toMatch(/^history\t/m);
    expect(r.stdout).toMatch(/^fish$/m);
  });
});
