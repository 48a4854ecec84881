import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (name: string): string => readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8');

type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
type Job = { strategy?: { matrix?: { node?: number[] } }; steps: Step[]; permissions?: Record<string, string> };

describe('.github/workflows/ci.yml', () => {
  const wf = parse(read('.github/workflows/ci.yml')) as { on: Record<string, unknown>; jobs: Record<string, Job> };

  it('runs .ci/run on Node 22 and 24 with full history for the self-scan', () => {
    const test = wf.jobs.test!;
    expect(test.strategy?.matrix?.node).toEqual([22, 24]);
    expect(test.steps.find((s) => s.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth']).toBe(0);
    expect(
      test.steps.some(
        (s) => /\bbash \.ci\/run$/.test(s.run ?? '') && /LEAKHOUND_CI_NODE=\$\{\{ matrix\.node \}\}/.test(s.run ?? ''),
      ),
    ).toBe(true);
  });

  it('runs the repository own Action on its pushes and uploads the SARIF', () => {
    expect(Object.keys(wf.on)).toContain('push');
    const dog = wf.jobs.dogfood!;
    expect(dog.permissions?.['security-events']).toBe('write');
    const action = dog.steps.find((s) => s.uses === './action');
    expect(action).toBeDefined();
    const upload = dog.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(upload?.with?.sarif_file).toContain('steps.leakhound.outputs.sarif-file');
  });

  it('is what .ci/run itself honours', () => {
    const ci = read('.ci/run');
    expect(ci).toContain('LEAKHOUND_CI_NODE');
    expect(ci).toMatch(/^npm test$/m);
    expect(ci).toMatch(/^npm run typecheck$/m);
    expect(ci).toMatch(/^npm run lint$/m);
  });
});
