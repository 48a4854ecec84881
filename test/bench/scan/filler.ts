// Ordinary file content around the planted values: code, configuration, prose, lock files
// and minified bundles, varied enough that the prefilter and the regexes do real work.
import type { Lang } from './render.js';
import { BASE64, DIGITS, HEX, LOWER, type Rng } from './rng.js';

const WORDS = (
  'order item price total count index value result config client server request response handler cache store ' +
  'queue worker session region bucket stream buffer record event message payload status error retry timeout ' +
  'limit offset cursor page filter sort render update create delete fetch load save user account invoice ' +
  'customer product cart checkout shipment address report metric trace span batch job schedule tenant team ' +
  'project member role policy rule alert channel notice draft upload image thumbnail locale currency'
).split(' ');
const VERBS = [
  'get',
  'load',
  'build',
  'parse',
  'render',
  'update',
  'create',
  'delete',
  'fetch',
  'sync',
  'apply',
  'compute',
];
const PROSE = (
  'the service reads its settings at start-up and keeps them in memory until the next deploy so changes ' +
  'need a restart each request is retried three times with exponential backoff before the error reaches ' +
  'the caller we keep the public interface small and document every option in this file'
).split(' ');

const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
const ident = (r: Rng): string => r.pick(VERBS) + cap(r.pick(WORDS)) + (r.chance(0.5) ? cap(r.pick(WORDS)) : '');
const sentence = (r: Rng, n: number): string => {
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(r.pick(r.chance(0.7) ? PROSE : WORDS));
  return `${cap(words.join(' '))}.`;
};
const url = (r: Rng): string =>
  `https://${r.pick(['api', 'cdn', 'auth', 'status'])}.acme-corp.io/v${r.int(1, 3)}/${r.pick(WORDS)}s`;
const version = (r: Rng): string => `${r.int(0, 12)}.${r.int(0, 30)}.${r.int(0, 20)}`;

const BLOCKS: Record<Lang, (r: Rng) => string[]> = {
  js: (r) => jsBlock(r, false),
  ts: (r) => jsBlock(r, true),
  py: (r) => {
    const f = ident(r).replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    const a = r.pick(WORDS);
    return [
      `def ${f}(${a}, limit=${r.int(10, 500)}):`,
      `    """${sentence(r, 10)}"""`,
      `    items = [x for x in ${a}.${r.pick(WORDS)}s if x.${r.pick(WORDS)} > ${r.int(0, 99)}]`,
      `    logger.info("${r.pick(VERBS)} %d ${r.pick(WORDS)}s", len(items))`,
      `    return items[:limit]`,
      '',
    ];
  },
  go: (r) => {
    const f = cap(ident(r));
    const t = cap(r.pick(WORDS));
    return [
      `// ${f} ${sentence(r, 9).toLowerCase()}`,
      `func (s *${t}Service) ${f}(ctx context.Context, id int64) (*${t}, error) {`,
      `\trow := s.db.QueryRowContext(ctx, "SELECT id, ${r.pick(WORDS)} FROM ${r.pick(WORDS)}s WHERE id = $1", id)`,
      `\tvar out ${t}`,
      '\tif err := row.Scan(&out.ID, &out.Value); err != nil {',
      `\t\treturn nil, fmt.Errorf("${r.pick(VERBS)} ${r.pick(WORDS)}: %w", err)`,
      '\t}',
      '\treturn &out, nil',
      '}',
      '',
    ];
  },
  yaml: (r) => [
    `${r.pick(WORDS)}:`,
    `  enabled: ${r.chance(0.5)}`,
    `  url: ${url(r)}`,
    `  timeout_ms: ${r.int(100, 30000)}`,
    `  ${r.pick(WORDS)}_${r.pick(WORDS)}: ${r.pick(WORDS)}`,
    `  replicas: ${r.int(1, 12)}`,
  ],
  json: (r) => [
    `  "${r.pick(WORDS)}${cap(r.pick(WORDS))}": {`,
    `    "enabled": ${r.chance(0.5)},`,
    `    "endpoint": "${url(r)}",`,
    `    "retries": ${r.int(0, 9)},`,
    `    "label": "${r.pick(WORDS)} ${r.pick(WORDS)}"`,
    '  },',
  ],
  env: (r) => [
    `${r.pick(WORDS).toUpperCase()}_${r.pick(['URL', 'PORT', 'ENABLED', 'LEVEL', 'REGION'])}=${r.pick([url(r), String(r.int(1000, 9999)), 'true', 'info', 'eu-west-1'])}`,
  ],
  md: (r) => [
    `## ${cap(r.pick(VERBS))} ${r.pick(WORDS)}s`,
    '',
    sentence(r, 18),
    sentence(r, 12),
    '',
    `- \`${ident(r)}\`: ${sentence(r, 8)}`,
    `- see [${r.pick(WORDS)}](${url(r)})`,
    '',
  ],
  sh: (r) => [
    `echo "${r.pick(VERBS)}ing ${r.pick(WORDS)}s"`,
    `${r.pick(['kubectl rollout status', 'docker compose up -d', 'npm ci && npm run build'])} ${r.pick(WORDS)}`,
    `if [ -z "$${r.pick(WORDS).toUpperCase()}" ]; then exit 1; fi`,
  ],
  props: (r) => [
    `${r.pick(WORDS)}.${r.pick(WORDS)}.${r.pick(['enabled', 'url', 'size', 'timeout'])}=${r.pick([url(r), String(r.int(1, 500)), 'true'])}`,
  ],
  tf: (r) => [
    `resource "aws_s3_bucket" "${r.pick(WORDS)}" {`,
    `  bucket = "acme-${r.pick(WORDS)}-${r.pick(['prod', 'stg'])}"`,
    `  tags   = { team = "${r.pick(WORDS)}" }`,
    '}',
    '',
  ],
  docker: (r) => [
    `RUN apt-get update && apt-get install -y --no-install-recommends ${r.pick(['curl', 'git', 'ca-certificates', 'tini'])}`,
    `COPY ${r.pick(WORDS)}/ /app/${r.pick(WORDS)}/`,
  ],
};

function jsBlock(r: Rng, typed: boolean): string[] {
  const f = ident(r);
  const a = r.pick(WORDS);
  const t = typed ? `: ${cap(r.pick(WORDS))}` : '';
  return [
    `/** ${sentence(r, 10)} */`,
    `export async function ${f}(${a}Id${typed ? ': string' : ''}, options${t ? `: Partial<${cap(a)}Options>` : ''} = {})${typed ? `: Promise<${cap(a)}[]>` : ''} {`,
    `  const res = await client.get(\`/api/${a}s/\${${a}Id}/${r.pick(WORDS)}s\`, { params: { limit: ${r.int(10, 200)} } });`,
    `  if (!res.ok) throw new Error(\`${f} failed: \${res.status}\`);`,
    `  return res.data.items.filter((x) => x.${r.pick(WORDS)} !== ${r.chance(0.5) ? 'null' : r.int(0, 9)}).map((x) => ({ ...x, ${r.pick(WORDS)}: x.price * ${r.int(2, 9)} }));`,
    '}',
    '',
  ];
}

export function fillerBlock(r: Rng, lang: Lang): string[] {
  return BLOCKS[lang](r);
}

export function header(r: Rng, lang: Lang): string[] {
  switch (lang) {
    case 'js':
    case 'ts':
      return [`import { ${ident(r)} } from './${r.pick(WORDS)}.js';`, `import { client } from '../lib/http.js';`, ''];
    case 'py':
      return ['import logging', 'import os', '', 'logger = logging.getLogger(__name__)', ''];
    case 'go':
      return [`package ${r.pick(WORDS)}`, '', 'import (', '\t"context"', '\t"fmt"', '\t"os"', ')', ''];
    case 'json':
      return ['{', `  "name": "${r.pick(WORDS)}-${r.pick(WORDS)}",`];
    case 'md':
      return [`# ${cap(r.pick(WORDS))} ${r.pick(WORDS)} service`, '', sentence(r, 20), ''];
    case 'sh':
      return ['#!/usr/bin/env bash', 'set -euo pipefail', ''];
    case 'docker':
      return ['FROM node:20-slim', 'WORKDIR /app'];
    default:
      return [];
  }
}

export function footer(lang: Lang): string[] {
  return lang === 'json' ? ['  "version": 1', '}'] : [];
}

/**
 * package-lock.json, yarn.lock or go.sum: thousands of digests. `gitUrl`, when given, becomes
 * one dependency resolved from a private git repository (npm and yarn only); `at` is its line.
 */
export function lockFile(r: Rng, targetBytes: number, gitUrl?: string): { name: string; lines: string[]; at?: number } {
  const lines: string[] = [];
  let bytes = 0;
  let at: number | undefined;
  const push = (...l: string[]): void => {
    for (const x of l) bytes += x.length + 1;
    lines.push(...l);
  };
  const pkg = (): string => `${r.pick(['@acme/', '', '', '@types/'])}${r.pick(WORDS)}-${r.pick(WORDS)}`;
  const kind = r.int(0, 2);
  if (kind === 0) push('{', '  "name": "web",', '  "lockfileVersion": 3,', '  "packages": {');
  while (bytes < targetBytes) {
    const name = pkg();
    const v = version(r);
    const tarball = `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${v}.tgz`;
    const privately = gitUrl !== undefined && at === undefined && kind < 2 && r.chance(0.05);
    if (privately) at = lines.length + 2;
    if (kind === 0) {
      push(
        `    "node_modules/${name}": {`,
        `      "version": "${v}",`,
        `      "resolved": "${privately ? gitUrl : tarball}",`,
        `      "integrity": "sha512-${r.str(BASE64, 86)}==",`,
        '      "dev": true',
        '    },',
      );
    } else if (kind === 1) {
      push(
        `"${name}@^${v}":`,
        `  version "${v}"`,
        `  resolved "${privately ? gitUrl : `${tarball}#${r.str(HEX, 40)}`}"`,
        `  integrity sha512-${r.str(BASE64, 86)}==`,
        '',
      );
    } else {
      const mod = `github.com/${r.pick(WORDS)}/${r.pick(WORDS)}`;
      push(`${mod} v${v} h1:${r.str(BASE64, 43)}=`, `${mod} v${v}/go.mod h1:${r.str(BASE64, 43)}=`);
    }
  }
  if (kind === 0) push('  }', '}');
  return { name: ['package-lock.json', 'yarn.lock', 'go.sum'][kind]!, lines, ...(at === undefined ? {} : { at }) };
}

/** One line of a minified bundle; `extras` are inserted verbatim between statements. */
export function bundleLine(r: Rng, targetBytes: number, extras: string[]): string {
  const parts: string[] = [];
  let bytes = 0;
  const slots = new Set(extras.map(() => r.int(0, Math.max(1, Math.floor(targetBytes / 90)))));
  let i = 0;
  const queue = [...extras];
  while (bytes < targetBytes || queue.length > 0) {
    let p: string;
    if (slots.has(i) && queue.length > 0) p = queue.shift()!;
    else if (bytes >= targetBytes) p = queue.shift()!;
    else
      p = r.pick([
        () => `function ${r.str(LOWER, 1)}${r.int(0, 99)}(e,t){return e.${r.pick(WORDS)}(t)||${r.int(0, 999)}}`,
        () => `var ${r.str(LOWER, 2)}="${r.pick(WORDS)}-${r.pick(WORDS)}"`,
        () => `${r.str(LOWER, 1)}.${r.pick(WORDS)}=${r.str(LOWER, 1)}=>${r.str(LOWER, 1)}*${r.int(1, 64)}`,
        () => `const ${r.str(LOWER, 2)}={id:"${r.str(HEX, 8)}",v:"${version(r)}",x:${r.str(DIGITS, 5)}}`,
        () => `if(!${r.str(LOWER, 1)})throw new Error("${r.pick(WORDS)} ${r.pick(WORDS)} failed")`,
      ])();
    parts.push(p);
    bytes += p.length + 1;
    i++;
  }
  return parts.join(';');
}
