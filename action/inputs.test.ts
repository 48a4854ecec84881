import { describe, expect, it } from 'vitest';
import { readInputs } from './inputs.js';

const ENV = { GITHUB_WORKSPACE: '/ws', GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/tmp/event.json' };
const read = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = ENV) =>
  readInputs((name) => inputs[name] ?? '', env);

describe('readInputs', () => {
  it('defaults to the workspace, auto mode, full redaction, failing on findings and leakhound.sarif', () => {
    expect(read({})).toEqual({
      repo: '/ws',
      eventName: 'push',
      eventPath: '/tmp/event.json',
      redact: true,
      failOnFindings: true,
      mode: 'auto',
      sarifFile: '/ws/leakhound.sarif',
    });
  });

  it('resolves config and baseline against the checkout, and the SARIF file against the workspace', () => {
    expect(
      read({ path: 'src', config: 'ci/leakhound.toml', baseline: '/abs/base.json', 'sarif-file': 'out/x.sarif' }),
    ).toMatchObject({
      repo: '/ws/src',
      config: '/ws/src/ci/leakhound.toml',
      baseline: '/abs/base.json',
      sarifFile: '/ws/out/x.sarif',
    });
  });

  it.each([
    ['true', true],
    ['False', false],
    ['0', false],
    ['100', true],
    ['75', 75],
  ])('reads redact: %s', (value, expected) => {
    expect(read({ redact: value }).redact).toBe(expected);
  });

  it.each([
    [{ redact: '101' }, /input redact: "101" is neither true, false nor a percentage/],
    [{ 'fail-on-findings': 'no' }, /input fail-on-findings: "no" is not a boolean; use true or false/],
    [{ 'scan-mode': 'full' }, /input scan-mode: "full" is not one of auto, diff, history/],
  ])('rejects %j naming the input and a valid value', (inputs, message) => {
    expect(() => read(inputs)).toThrow(message);
  });

  it('adds links to the summary only when the runner names the server, repository and commit', () => {
    expect(
      read({}, { ...ENV, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc' }).links,
    ).toEqual({
      server: 'https://github.com',
      repository: 'o/r',
      sha: 'abc',
    });
  });
});
