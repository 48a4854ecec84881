// Runs the bundled action as a GitHub runner would: `node index.js` in the workspace, with the
// event payload in a file, GITHUB_* variables, INPUT_* variables (hyphens kept, as the runner
// passes them), and files for outputs and the job summary. The workspace is set up the way
// actions/checkout leaves it: a shallow fetch of one commit, `origin` pointing at a bare
// repository that stands in for GitHub.
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleAction } from '../../action/build.js';

let bundled: string | null = null;
const made: string[] = [];

/** Removes every directory this module created; call in afterAll. */
export function cleanupRuns(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** The action built from the sources as they are now (bundle.test.ts checks the committed one equals it). */
export async function actionEntry(): Promise<string> {
  if (bundled) return bundled;
  const dir = tempDir('lh-action-bundle-');
  const file = join(dir, 'index.js');
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  writeFileSync(file, await bundleAction());
  bundled = file;
  return file;
}

export interface Workspace {
  dir: string;
  git(...args: string[]): string;
}

/** `origin` is a bare repository; the checkout fetches one commit at `depth` (0 = all). */
export function checkout(
  origin: string,
  env: NodeJS.ProcessEnv,
  o: { sha: string; ref: string; depth?: number },
): Workspace {
  const dir = tempDir('lh-action-ws-');
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  git('init', '-q');
  git('remote', 'add', 'origin', origin);
  const depth = o.depth ?? 1;
  const tracking = o.ref.startsWith('refs/heads/')
    ? `refs/remotes/origin/${o.ref.slice(11)}`
    : `refs/remotes/${o.ref.replace(/^refs\//, '')}`;
  git(
    '-c',
    'protocol.version=2',
    'fetch',
    '-q',
    '--no-tags',
    ...(depth > 0 ? [`--depth=${depth}`] : []),
    'origin',
    `+${o.sha}:${tracking}`,
  );
  git('checkout', '-q', '--detach', o.sha);
  return { dir, git };
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error` commands: properties and message, decoded. */
  errors: Array<{ props: Record<string, string>; message: string }>;
}

/** Runs the action for one event. `inputs` are named as in action.yml. */
export async function runAction(
  ws: Workspace,
  env: NodeJS.ProcessEnv,
  event: { name: string; payload: unknown },
  inputs: Record<string, string> = {},
): Promise<ActionRun> {
  const entry = await actionEntry();
  const files = tempDir('lh-action-files-');
  const eventPath = join(files, 'event.json');
  writeFileSync(eventPath, JSON.stringify(event.payload));
  const outputPath = join(files, 'output');
  const summaryPath = join(files, 'summary');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const runnerEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: env.HOME,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: env.GIT_CONFIG_GLOBAL,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: ws.dir,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_SHA: ws.git('rev-parse', 'HEAD'),
    RUNNER_TEMP: files,
  };
  for (const [name, value] of Object.entries(inputs)) runnerEnv[`INPUT_${name.toUpperCase()}`] = value;
  const r = spawnSync(process.execPath, [entry], { cwd: ws.dir, env: runnerEnv, encoding: 'utf8', timeout: 60_000 });
  const result: ActionRun = {
    code: r.status ?? -1,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    errors: parseErrors(r.stdout),
  };
  return result;
}

/** `name<<DELIMITER\nvalue\nDELIMITER\n`, the format @actions/core writes to GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1]!] = m[3]!;
  return out;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProp = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

function parseErrors(stdout: string): ActionRun['errors'] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('::error'))
    .map((l) => {
      const m = /^::error(?: ([^:]*))?::(.*)$/.exec(l)!;
      const props: Record<string, string> = {};
      for (const kv of (m[1] ?? '').split(',').filter(Boolean)) {
        const i = kv.indexOf('=');
        props[kv.slice(0, i)] = unescapeProp(kv.slice(i + 1));
      }
      return { props, message: unescapeData(m[2]!) };
    });
}

/** Real payloads from @octokit/webhooks-examples, by event name and predicate. */
export function examplePayload(
  name: string,
  pick: (p: Record<string, unknown>) => boolean = () => true,
): Record<string, any> {
  const require = createRequire(import.meta.url);
  const all = JSON.parse(readFileSync(require.resolve('@octokit/webhooks-examples'), 'utf8')) as Array<{
    name: string;
    examples: Record<string, unknown>[];
  }>;
  const found = all.find((e) => e.name === name)?.examples.find(pick);
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${name} payload that matches`);
  return structuredClone(found) as Record<string, any>;
}

/** A bare repository with the given refs of `src` pushed to it: what GitHub holds. */
export function bareOrigin(src: string, env: NodeJS.ProcessEnv, refspecs: string[]): string {
  const dir = join(tempDir('lh-action-origin-'), 'origin.git');
  mkdirSync(dir);
  execFileSync('git', ['init', '-q', '--bare', dir], { env });
  pushTo(src, dir, env, refspecs);
  return dir;
}

export function pushTo(src: string, origin: string, env: NodeJS.ProcessEnv, refspecs: string[]): void {
  execFileSync('git', ['push', '-q', '--force', origin, ...refspecs], {
    cwd: src,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
