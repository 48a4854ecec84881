// secretlint (the npm package, recommend preset) over the same corpus, as its users run it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { measure, type ChildRun } from './child.js';
import type { Reported } from './score.js';

interface SecretlintMessage {
  ruleId: string;
  messageId?: string;
  loc: { start: { line: number } };
}

interface SecretlintResult {
  filePath: string;
  messages: SecretlintMessage[];
}

export interface SecretlintRun extends ChildRun {
  reports: Reported[] | null;
}

export function secretlintBin(repo: string): string | null {
  const bin = join(repo, 'node_modules/.bin/secretlint');
  return existsSync(bin) ? bin : null;
}

/** Written before any scan, so that both scanners see the same bytes. */
export function writeSecretlintConfig(dir: string): void {
  writeFileSync(
    join(dir, '.secretlintrc.json'),
    JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }, null, 2),
  );
}

export function secretlintVersion(repo: string): string {
  const pkg = join(repo, 'node_modules/secretlint/package.json');
  return existsSync(pkg) ? (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version : 'unknown';
}

export async function runSecretlint(bin: string, dir: string, outFile: string): Promise<SecretlintRun> {
  const run = await measure(
    bin,
    ['**/*', '--format', 'json', '--output', outFile, '--no-maskSecrets', '--no-color'],
    dir,
  );
  if (!existsSync(outFile) || run.code === 2) return { ...run, reports: null };
  const results = JSON.parse(readFileSync(outFile, 'utf8')) as SecretlintResult[];
  const reports = results.flatMap((r) =>
    r.messages.map((m) => ({
      file: relative(dir, r.filePath).split(sep).join('/'),
      line: m.loc.start.line,
      ruleId: `${m.ruleId.replace('@secretlint/secretlint-rule-', '')}${m.messageId ? `:${m.messageId}` : ''}`,
    })),
  );
  return { ...run, reports };
}
