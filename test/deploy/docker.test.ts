// There is no Docker engine where these tests run, so the Dockerfile and docker-compose.yml are
// kept correct by reading them: the image's shape, and the compose file against the README.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (name: string): string => readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8');

interface Instruction {
  op: string;
  args: string;
}

/** Dockerfile instructions with continuation lines joined and comments dropped. */
function instructions(text: string): Instruction[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const [op = '', ...rest] = l.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(' ') };
    });
}

describe('Dockerfile', () => {
  const all = instructions(read('Dockerfile'));
  const stages: Instruction[][] = [];
  for (const i of all) {
    if (i.op === 'FROM') stages.push([]);
    stages.at(-1)?.push(i);
  }
  const final = stages.at(-1) ?? [];
  const arg = (op: string) => final.filter((i) => i.op === op).map((i) => i.args);

  it('builds in stages, every one from node:24-slim', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const s of stages) expect(s[0]!.args).toMatch(/^node:24-slim\b/);
  });

  it('runs the bundle it built, as an unprivileged user, with git inside', () => {
    expect(arg('COPY').some((a) => /^--from=\w+ \/app\/scanner\/dist /.test(a))).toBe(true);
    expect(arg('COPY').some((a) => /^--from=\w+ \/app\/node_modules /.test(a))).toBe(true);
    expect(stages.some((s) => s.some((i) => i.op === 'RUN' && /npm ci --omit=dev/.test(i.args)))).toBe(true);
    expect(arg('RUN').some((a) => /apt-get install .*\bgit\b/.test(a))).toBe(true);
    const users = arg('USER');
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/);
    expect(JSON.parse(arg('ENTRYPOINT')[0]!)).toEqual(['node', '/app/scanner/dist/cli.js']);
    expect(JSON.parse(arg('CMD')[0]!)).toEqual(['serve']);
  });

  it('checks its health on /healthz', () => {
    const [check] = arg('HEALTHCHECK');
    expect(check).toMatch(/\bCMD\b/);
    expect(check).toContain('/healthz');
  });

  it('keeps dependencies, the build output and secrets out of the build context', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const p of ['node_modules', '.git', '.env', 'dist']) expect(ignored).toContain(p);
  });
});

type Service = {
  build?: unknown;
  image?: string;
  command?: string[];
  ports?: string[];
  volumes?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test?: string[]; disable?: boolean };
};

/** The README's responder environment table: variable names and their documented defaults. */
function readmeVariables(): Map<string, string> {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('### Environment'));
  const rows = section.slice(0, section.indexOf('\n\n', section.indexOf('| variable'))).split('\n');
  const vars = new Map<string, string>();
  for (const row of rows.filter((r) => r.startsWith('| `'))) {
    const [names = '', , defaults = ''] = row.split(' | ');
    const nameList = [...names.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]!);
    const defaultList = [...defaults.matchAll(/`([^`]*)`/g)].map((m) => m[1]!);
    nameList.forEach((n, i) => {
      vars.set(n, nameList.length === defaultList.length ? defaultList[i]! : '');
    });
  }
  return vars;
}

describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service> };
  const { redis, serve, worker } = compose.services;

  it('runs redis, serve and worker, the last two from the image the Dockerfile builds', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['redis', 'serve', 'worker']);
    for (const s of [serve!, worker!]) {
      expect(s.build).toBe('.');
      expect(s.volumes ?? []).toEqual([]);
    }
    expect(serve!.command).toEqual(['serve']);
    expect(worker!.command).toEqual(['worker']);
    expect(worker!.healthcheck?.disable).toBe(true);
    expect(redis!.healthcheck?.test).toBeDefined();
  });

  it('publishes serve on PORT (default 3000) to the port it listens on inside', () => {
    expect(serve!.ports).toEqual(['${PORT:-3000}:3000']);
    expect(readmeVariables().get('PORT')).toBe('3000');
  });

  // Set by the compose file's own layout rather than passed through from the shell.
  const FIXED: Record<string, string> = {
    REDIS_URL: 'redis://redis:6379', // the compose file's redis service
    LEAKHOUND_WORK_DIR: '${LEAKHOUND_WORK_DIR:-/var/lib/leakhound}', // the image's private cache directory
  };
  // In the README but deliberately not passed: the container always listens on 0.0.0.0:3000,
  // and PORT is the published port on the host.
  const NOT_PASSED = ['PORT', 'HOST'];

  it('passes every variable the README documents, and only those, with the same defaults', () => {
    const documented = readmeVariables();
    for (const s of [serve!, worker!]) {
      const env = s.environment ?? {};
      const passed = Object.keys(env).sort();
      expect(passed).toEqual([...documented.keys()].filter((v) => !NOT_PASSED.includes(v)).sort());
      for (const [name, value] of Object.entries(env)) {
        if (FIXED[name] !== undefined) {
          expect(value).toBe(FIXED[name]);
          continue;
        }
        const m = /^\$\{([A-Z0-9_]+)(?::-(.*))?\}$/.exec(value);
        expect(m?.[1], `${name} should pass \${${name}…} through`).toBe(name);
        const composeDefault = m?.[2] ?? '';
        const readmeDefault = documented.get(name) ?? '';
        if (composeDefault !== '' && /^[\w:/.-]+$/.test(readmeDefault))
          expect(composeDefault, `${name}: compose default vs README`).toBe(readmeDefault);
      }
    }
  });
});
