// What every action run in these tests must leave behind, and the secrets they plant.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';
import { join as cat, rand, seed, UPPER } from '../../rules/fixture-kit.js';
import { gitdir, type GitDir, type Step } from '../helpers/gitdir.js';
import { actionEntry, cleanupRuns, type ActionRun } from './runner.js';
import { sarifValidator } from './sarif-schema.js';

export function secrets(n: number): string[] {
  seed(0x5eed5 + n);
  return Array.from({ length: n }, () => cat('AKIA', rand(`${UPPER}234567`, 16)));
}

/** Test repositories made with {@link repo}, the bundle built once, all removed after the file. */
export function setup(): void {
  beforeAll(async () => {
    await actionEntry();
  }, 60_000);
  afterAll(() => {
    for (const r of repos.splice(0)) r.cleanup();
    cleanupRuns();
  });
}

const repos: GitDir[] = [];
export function repo(steps: Step[]): GitDir {
  const r = gitdir(steps);
  repos.push(r);
  return r;
}

const validate = sarifValidator();

export type SarifResult = {
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
};

/**
 * The SARIF file the output names is valid SARIF 2.1.0 with one descriptor per rule, the
 * findings output counts its results, and no planted secret is visible anywhere: log (the
 * runner swallows ::add-mask:: lines), summary or SARIF.
 */
export function checkReports(r: ActionRun, planted: string[]): SarifResult[] {
  const sarifFile = r.outputs['sarif-file']!;
  const text = readFileSync(sarifFile, 'utf8');
  const log = JSON.parse(text);
  expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  const ids: string[] = log.runs[0].tool.driver.rules.map((d: { id: string }) => d.id);
  expect(new Set(ids).size).toBe(ids.length);
  const visible = [
    r.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n'),
    r.stderr,
    r.summary,
    text,
  ].join('\n');
  for (const s of planted) expect(visible).not.toContain(s);
  expect(r.outputs.findings).toBe(String(log.runs[0].results.length));
  return log.runs[0].results;
}

/** `file:line` of each result, sorted. */
export function where(results: SarifResult[]): string[] {
  return results
    .map(
      (x) =>
        `${x.locations[0]!.physicalLocation.artifactLocation.uri}:${x.locations[0]!.physicalLocation.region.startLine}`,
    )
    .sort();
}
