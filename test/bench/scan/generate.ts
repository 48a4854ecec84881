// Lays out the corpus: a tree of services, front-end bundles, infrastructure and docs, filled
// to the requested size, with credentials planted at a rate of roughly one per 15 KB of code
// and look-alikes about twice as often. Pure: returns the files, writes nothing.
import {
  credentialFile,
  kubernetesSecret,
  pgpKeyFile,
  privateKeyBlock,
  serviceAccountFile,
  type Block,
} from './blocks.js';
import { FileBuilder } from './build-file.js';
import { bundleLine, fillerBlock, footer, header, lockFile } from './filler.js';
import { genericName, KINDS, type Kind } from './kinds.js';
import { lookAlike } from './lookalikes.js';
import { render, type Lang } from './render.js';
import { b64, DIGITS, HEX, LOWER, Rng } from './rng.js';
import { toolConfigFile } from './tool-config-files.js';

interface FileType {
  lang: Lang | 'lock' | 'bundle' | 'k8s';
  weight: number;
  kb: [number, number];
  name: (r: Rng, i: number) => string;
}

const SERVICES = ['billing', 'checkout', 'search', 'accounts', 'notify', 'ledger', 'catalog', 'gateway'];
const svc = (r: Rng, i: number): string => `services/${r.pick(SERVICES)}-${i % 37}`;
const word = (r: Rng): string =>
  r.pick(['orders', 'client', 'handlers', 'cache', 'queue', 'config', 'auth', 'reports', 'sync', 'util']);

const TYPES: FileType[] = [
  { lang: 'js', weight: 14, kb: [3, 40], name: (r, i) => `${svc(r, i)}/src/${word(r)}-${i}.js` },
  { lang: 'ts', weight: 14, kb: [3, 40], name: (r, i) => `web/src/${word(r)}/${word(r)}-${i}.ts` },
  { lang: 'py', weight: 10, kb: [3, 40], name: (r, i) => `${svc(r, i)}/app/${word(r)}_${i}.py` },
  { lang: 'go', weight: 10, kb: [3, 40], name: (r, i) => `${svc(r, i)}/internal/${word(r)}/${word(r)}_${i}.go` },
  {
    lang: 'yaml',
    weight: 8,
    kb: [1, 10],
    name: (r, i) =>
      r.pick([
        `${svc(r, i)}/config/${r.pick(['app', 'prod', 'staging'])}-${i}.yaml`,
        `.github/workflows/${word(r)}-${i}.yml`,
        `deploy/helm/${word(r)}-${i}/values.yaml`,
      ]),
  },
  { lang: 'json', weight: 5, kb: [1, 8], name: (r, i) => `${svc(r, i)}/config/settings-${i}.json` },
  {
    lang: 'env',
    weight: 3,
    kb: [0.3, 2],
    name: (r, i) => `${svc(r, i)}/${r.pick(['.env', '.env.production', '.env.local'])}`,
  },
  { lang: 'md', weight: 6, kb: [3, 30], name: (r, i) => `docs/${word(r)}/${word(r)}-${i}.md` },
  { lang: 'sh', weight: 2, kb: [1, 5], name: (r, i) => `scripts/${word(r)}-${i}.sh` },
  {
    lang: 'props',
    weight: 2,
    kb: [1, 5],
    name: (r, i) => `${svc(r, i)}/src/main/resources/application-${i}.properties`,
  },
  { lang: 'tf', weight: 2, kb: [1, 5], name: (r, i) => `infra/terraform/${word(r)}-${i}.tf` },
  { lang: 'docker', weight: 2, kb: [0.5, 3], name: (r, i) => `${svc(r, i)}/Dockerfile.${i}` },
  { lang: 'k8s', weight: 3, kb: [1, 8], name: (r, i) => `deploy/k8s/${r.pick(SERVICES)}-${i}.yaml` },
  { lang: 'lock', weight: 0.4, kb: [100, 1500], name: (r, i) => `${svc(r, i)}` },
  { lang: 'bundle', weight: 0.4, kb: [200, 2000], name: (r, i) => `web/dist/assets/index-${r.str(HEX, 8)}-${i}.js` },
];
const TOTAL_WEIGHT = TYPES.reduce((s, t) => s + t.weight, 0);

const PREFIXED = KINDS.filter((k) => !k.byName && !k.id.includes('url') && k.id !== 'azure-storage-connection-string');

function pickType(r: Rng): FileType {
  let x = r.next() * TOTAL_WEIGHT;
  for (const t of TYPES) {
    x -= t.weight;
    if (x < 0) return t;
  }
  return TYPES[0]!;
}

/** One planted credential written the way `lang` writes it. */
function plantIn(r: Rng, lang: Lang): Block {
  if (['yaml', 'json', 'js'].includes(lang) && r.chance(0.03))
    return privateKeyBlock(r, lang as 'yaml' | 'json' | 'js');
  const kind: Kind = r.pick(KINDS);
  const cred = kind.make(r);
  const name = kind.id === 'generic-secret' ? genericName(r) : kind.name;
  const lines = render(r, lang, name, cred.value, {
    ...(kind.byName ? { byName: true } : {}),
    ...(kind.usage ? { usage: kind.usage } : {}),
  });
  const at = lines.findIndex((l) => l.includes(cred.value));
  return {
    lines,
    plants: [
      { at, secret: cred.secret, ...(cred.alt ? { alt: cred.alt } : {}), kind: kind.id, provider: kind.provider },
    ],
  };
}

function sourceFile(r: Rng, f: FileBuilder, lang: Lang, target: number): void {
  f.add(header(r, lang));
  while (f.bytes < target) {
    const x = r.next();
    if (x < 0.025) f.plant(plantIn(r, lang));
    else if (x < 0.085) f.look(lookAlike(r, lang));
    else f.add(fillerBlock(r, lang));
  }
  f.add(footer(lang));
}

function k8sFile(r: Rng, f: FileBuilder, target: number): void {
  const token = (): { kind: string; provider: string; secret: string } => {
    const k = r.pick(PREFIXED);
    return { kind: k.id, provider: k.provider, secret: k.make(r).secret };
  };
  while (f.bytes < target) {
    f.add([
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      `  name: ${r.pick(SERVICES)}`,
      'spec:',
      `  replicas: ${r.int(1, 6)}`,
      '  template:',
      '    spec:',
      '      containers:',
      `        - image: ghcr.io/acme/app:${r.int(1, 300)}`,
      '---',
    ]);
    if (r.chance(0.5)) f.plant(kubernetesSecret(r, token));
    else
      f.add([
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: app-config',
        'data:',
        `  LOG_LEVEL: ${r.pick(['info', 'debug'])}`,
        `  SETTINGS: ${b64(`{"region":"eu-west-1","replicas":${r.int(1, 9)}}`)}`,
        '---',
      ]);
  }
}

function bundleFile(r: Rng, f: FileBuilder, target: number): void {
  while (f.bytes < target) {
    const size = r.int(20_000, 400_000);
    const extras: string[] = [];
    const plants: Block['plants'] = [];
    for (let i = Math.round((size / 100_000) * r.next() * 2); i > 0; i--) {
      const k = r.chance(0.6) ? KINDS.find((x) => x.id === 'gcp-api-key')! : r.pick(PREFIXED);
      const c = k.make(r);
      extras.push(`const cfg${i}={apiKey:"${c.value}",authDomain:"acme-${r.str(LOWER, 4)}.firebaseapp.com"}`);
      plants.push({ at: 0, secret: c.secret, kind: k.id, provider: k.provider });
    }
    for (let i = r.int(1, 6); i > 0; i--) {
      extras.push(
        r.pick([
          () => `var pk="pk_live_51${r.str(DIGITS + LOWER, 97)}"`,
          () =>
            `Sentry.init({dsn:"https://${r.str(HEX, 32)}@o${r.str(DIGITS, 6)}.ingest.sentry.io/${r.str(DIGITS, 7)}"})`,
          () => `var gid="${r.str(DIGITS, 12)}-${r.str(LOWER + DIGITS, 32)}.apps.googleusercontent.com"`,
          () => `var build={sha:"${r.str(HEX, 40)}",integrity:"sha384-${r.str(LOWER + DIGITS, 64)}"}`,
        ])(),
      );
    }
    f.plant({ lines: [bundleLine(r, size, extras)], plants });
  }
}

/** Paths stay unique: a second `.env` in the same folder goes one folder down. */
function uniquePaths(): (path: string) => string {
  const seen = new Set<string>();
  return (path) => {
    let p = path;
    for (let n = 2; seen.has(p); n++) {
      const cut = path.lastIndexOf('/');
      p = `${path.slice(0, cut + 1)}v${n}/${path.slice(cut + 1)}`;
    }
    seen.add(p);
    return p;
  };
}

/** The whole corpus, one file at a time, in write order. */
export function* generate(seed: number, targetBytes: number): Generator<FileBuilder> {
  const r = new Rng(seed);
  const unique = uniquePaths();
  let total = 0;
  const file = (path: string, fill: (b: FileBuilder) => void): FileBuilder => {
    const b = new FileBuilder(unique(path));
    fill(b);
    total += b.bytes;
    return b;
  };
  const mb = Math.max(1, Math.round(targetBytes / 1e6));
  for (let i = 0; i < mb * 3; i++) {
    const c = credentialFile(r);
    yield file(`${svc(r, i)}/${c.name}`, (b) => b.plant(c));
  }
  for (let i = 0; i < mb; i++) {
    const t = toolConfigFile(r);
    yield file(`${svc(r, i)}/${t.file.name}`, (b) => b.plant(t.file));
    yield file(`${svc(r, i)}/${t.lookAlike.name}`, (b) => b.look(t.lookAlike.look));
  }
  for (let i = 0; i < mb; i++) {
    for (const c of [pgpKeyFile(r), serviceAccountFile(r)]) yield file(c.name, (b) => b.plant(c));
    yield file(`${svc(r, i)}/${r.pick(['id_rsa', 'server.key', 'tls.key', 'deploy.pem'])}`, (b) =>
      b.plant(privateKeyBlock(r, 'pem')),
    );
  }
  for (let i = 0; total < targetBytes; i++) {
    const t = pickType(r);
    const target = r.int(t.kb[0] * 1024, t.kb[1] * 1024);
    if (t.lang === 'lock') {
      // Now and then a dependency comes from a private repository, token in the URL.
      const token = r.chance(0.3)
        ? r.chance(0.5)
          ? r.str(HEX, 40)
          : KINDS.find((k) => k.id === 'github-pat')!.make(r).value
        : undefined;
      const l = lockFile(
        r,
        target,
        token && `git+https://${token}:x-oauth-basic@github.com/acme/internal-${r.str(LOWER, 5)}.git#${r.str(HEX, 40)}`,
      );
      yield file(`${t.name(r, i)}/${l.name}`, (b) => {
        if (l.at === undefined || !token) return b.add(l.lines);
        b.add(l.lines.slice(0, l.at));
        b.plant({
          lines: [l.lines[l.at]!],
          plants: [{ at: 0, secret: token, kind: 'lockfile-git-url', provider: 'github' }],
        });
        b.add(l.lines.slice(l.at + 1));
      });
    } else if (t.lang === 'k8s') yield file(t.name(r, i), (b) => k8sFile(r, b, target));
    else if (t.lang === 'bundle') yield file(t.name(r, i), (b) => bundleFile(r, b, target));
    else {
      const lang = t.lang;
      yield file(t.name(r, i), (b) => sourceFile(r, b, lang, target));
    }
  }
}
