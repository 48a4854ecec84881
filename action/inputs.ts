// The action's inputs (action.yml) and the runner's environment, checked once and turned into
// run() options. Messages name the input and show a valid value.
import { isAbsolute, resolve } from 'node:path';
import { UsageError } from '../scanner/errors.js';
import { SCAN_MODES, type ScanMode } from './plan.js';

export interface RunOptions {
  /** The repository checkout: GITHUB_WORKSPACE joined with the `path` input. */
  repo: string;
  eventName: string;
  eventPath: string | undefined;
  config?: string;
  baseline?: string;
  redact: boolean | number;
  failOnFindings: boolean;
  mode: ScanMode;
  sarifFile: string;
  links?: { server: string; repository: string; sha: string };
}

/** `getInput` as @actions/core has it: trimmed, '' when unset. */
export type GetInput = (name: string) => string;

export function readInputs(getInput: GetInput, env: NodeJS.ProcessEnv): RunOptions {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const repo = resolve(workspace, getInput('path') || '.');
  const inRepo = (p: string) => (p === '' ? undefined : isAbsolute(p) ? p : resolve(repo, p));
  const options: RunOptions = {
    repo,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    eventPath: env.GITHUB_EVENT_PATH,
    redact: parseRedact(getInput('redact') || 'true'),
    failOnFindings: parseBoolean('fail-on-findings', getInput('fail-on-findings') || 'true'),
    mode: parseMode(getInput('scan-mode') || 'auto'),
    sarifFile: resolve(workspace, getInput('sarif-file') || 'leakhound.sarif'),
  };
  const config = inRepo(getInput('config'));
  const baseline = inRepo(getInput('baseline'));
  if (config) options.config = config;
  if (baseline) options.baseline = baseline;
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_SHA) {
    options.links = { server: env.GITHUB_SERVER_URL, repository: env.GITHUB_REPOSITORY, sha: env.GITHUB_SHA };
  }
  if (!options.eventName)
    throw new UsageError('GITHUB_EVENT_NAME is not set: run the action from a GitHub Actions workflow');
  return options;
}

/** The YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts them. */
function parseBoolean(name: string, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError(
    `input ${name}: ${JSON.stringify(value)} is not a boolean; use true or false, e.g. ${name}: false`,
  );
}

/** `true` (default) hides secrets fully, `false` shows them, a number hides that percentage. */
function parseRedact(value: string): boolean | number {
  if (/^\d+$/.test(value)) {
    const n = Number(value);
    if (n <= 100) return n === 100 ? true : n === 0 ? false : n;
  }
  try {
    return parseBoolean('redact', value);
  } catch {
    throw new UsageError(
      `input redact: ${JSON.stringify(value)} is neither true, false nor a percentage from 0 to 100; e.g. redact: 80`,
    );
  }
}

function parseMode(value: string): ScanMode {
  if ((SCAN_MODES as readonly string[]).includes(value)) return value as ScanMode;
  throw new UsageError(
    `input scan-mode: ${JSON.stringify(value)} is not one of ${SCAN_MODES.join(', ')}; e.g. scan-mode: history`,
  );
}
