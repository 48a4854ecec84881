// Values that look like credentials and are not: documented examples, placeholders, digests,
// ids, public keys, publishable keys. A scanner that reports these loses its users' trust.
import { render, type Lang } from './render.js';
import { ALNUM, b64, BASE64, DIGITS, HEX, LOWER, type Rng } from './rng.js';

export interface LookAlike {
  kind: string;
  lines: string[];
}

/** Look-alikes sit in named slots only: a value in an Authorization header is a credential. */
const named = (r: Rng, lang: Lang, name: string[], value: string): string[] =>
  render(r, lang, name, value, { byName: true });
const uuid = (r: Rng): string =>
  [r.str(HEX, 8), r.str(HEX, 4), `4${r.str(HEX, 3)}`, `a${r.str(HEX, 3)}`, r.str(HEX, 12)].join('-');
const DASHES = '-'.repeat(5);

/** Split so that no documented example sits whole in this file. */
const AWS_EXAMPLE_ID = ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('');
const AWS_EXAMPLE_SECRET = ['wJalrXUtnFEMI/K7MDENG/', 'bPxRfiCY', 'EXAMPLEKEY'].join('');

const PLACEHOLDERS = [
  (): string => 'x'.repeat(32),
  (): string => '<YOUR_API_KEY>',
  (): string => '${API_TOKEN}',
  (): string => '{{ .Values.apiKey }}',
  (): string => '${{ secrets.DEPLOY_TOKEN }}',
  (): string => '*'.repeat(12),
  (): string => 'changeme',
  (): string => 'your-api-key-here',
  (): string => ['sk_live_', 'x'.repeat(24)].join(''),
  (): string => ['ghp_', 'X'.repeat(36)].join(''),
  (): string => 'REPLACE_ME',
  (): string => '%(api_key)s',
];

const SECRET_NAMES = [
  ['api', 'key'],
  ['stripe', 'secret', 'key'],
  ['github', 'token'],
  ['db', 'password'],
  ['client', 'secret'],
  ['slack', 'bot', 'token'],
];

function publicKeyBlock(r: Rng, label: string, prefix: string, length: number): string[] {
  const body = prefix + r.str(BASE64, length - prefix.length);
  const lines: string[] = [];
  for (let i = 0; i < body.length; i += 64) lines.push(body.slice(i, i + 64));
  return [`${DASHES}BEGIN ${label}${DASHES}`, ...lines, `${DASHES}END ${label}${DASHES}`];
}

const MAKERS: Record<string, (r: Rng, lang: Lang) => string[]> = {
  'aws-documented-example': (r, lang) =>
    r.chance(0.5)
      ? named(r, lang, ['aws', 'access', 'key', 'id'], AWS_EXAMPLE_ID)
      : named(r, lang, ['aws', 'secret', 'access', 'key'], AWS_EXAMPLE_SECRET),
  placeholder: (r, lang) => named(r, lang, r.pick(SECRET_NAMES), r.pick(PLACEHOLDERS)()),
  'env-lookup': (r, lang) => {
    const name = r.pick(['STRIPE_SECRET_KEY', 'GITHUB_TOKEN', 'DATABASE_PASSWORD', 'OPENAI_API_KEY']);
    if (lang === 'py') return [`api_key = os.environ["${name}"]`];
    if (lang === 'go') return [`\tapiKey := os.Getenv("${name}")`];
    if (lang === 'yaml') return [`      ${name}: \${{ secrets.${name} }}`];
    return [`const apiKey = process.env.${name};`];
  },
  'git-sha': (r) => [
    r.pick([
      `      - uses: actions/checkout@${r.str(HEX, 40)} # v4`,
      `  revision: ${r.str(HEX, 40)}`,
      `// Fixed upstream in ${r.str(HEX, 40)}; drop this workaround after the next release.`,
      `    "commit": "${r.str(HEX, 40)}",`,
      `\tgithub.com/acme/${r.str(LOWER, 6)} v0.0.0-20240311${r.str(DIGITS, 6)}-${r.str(HEX, 12)} // indirect`,
    ]),
  ],
  sha256: (r) => [
    r.pick([
      `FROM node:20-alpine@sha256:${r.str(HEX, 64)}`,
      `  checksum: sha256:${r.str(HEX, 64)}`,
      `${r.str(HEX, 64)}  release-linux-amd64.tar.gz`,
      `    "digest": "sha256:${r.str(HEX, 64)}",`,
    ]),
  ],
  uuid: (r, lang) =>
    named(
      r,
      lang,
      r.pick([
        ['request', 'id'],
        ['tenant', 'id'],
        ['client', 'id'],
        ['correlation', 'id'],
        ['workspace', 'id'],
      ]),
      uuid(r),
    ),
  'public-key': (r) =>
    r.pick([
      () => [`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.str(BASE64, 43)} deploy@build-${r.int(1, 9)}`],
      () => [`ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ${r.str(BASE64, 340)} ops@bastion`],
      () => publicKeyBlock(r, 'PUBLIC KEY', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA', 392),
      () => publicKeyBlock(r, 'CERTIFICATE', 'MIIDdzCCAl+gAwIBAgIE', 1200),
    ])(),
  'publishable-key': (r, lang) =>
    named(
      r,
      lang,
      ['stripe', 'publishable', 'key'],
      r.chance(0.5) ? `pk_live_51${r.str(ALNUM, 97)}` : `pk_test_${r.str(ALNUM, 24)}`,
    ),
  'data-uri': (r) => [
    `  background-image: url("data:image/png;base64,${b64(Buffer.from(Array.from({ length: r.int(60, 600) }, () => r.int(0, 255))))}");`,
  ],
  integrity: (r) => [`      "integrity": "sha512-${r.str(BASE64, 86)}==",`],
  'non-secret-token': (r, lang) =>
    named(
      r,
      lang,
      r.pick([
        ['csrf', 'token'],
        ['next', 'page', 'token'],
        ['pagination', 'cursor'],
      ]),
      r.str(ALNUM, 32),
    ),
  'password-hash': (r, lang) => named(r, lang, ['password', 'hash'], `$2b$12$${r.str(`${ALNUM}./`, 53)}`),
  'twilio-account-sid': (r, lang) => named(r, lang, ['twilio', 'account', 'sid'], `AC${r.str(HEX, 32)}`),
  'oauth-client-id': (r, lang) =>
    named(
      r,
      lang,
      ['google', 'client', 'id'],
      `${r.str(DIGITS, 12)}-${r.str(LOWER + DIGITS, 32)}.apps.googleusercontent.com`,
    ),
  'sentry-dsn': (r, lang) =>
    named(
      r,
      lang,
      ['sentry', 'dsn'],
      `https://${r.str(HEX, 32)}@o${r.str(DIGITS, 6)}.ingest.sentry.io/${r.str(DIGITS, 7)}`,
    ),
  'example-connection-url': (r, lang) =>
    named(
      r,
      lang,
      ['database', 'url'],
      r.pick([
        'postgres://user:password@localhost:5432/app',
        'mysql://root:${MYSQL_ROOT_PASSWORD}@db:3306/app',
        'redis://:changeme@localhost:6379',
      ]),
    ),
  'placeholder-private-key': () => [`${DASHES}BEGIN PRIVATE KEY${DASHES}`, '...', `${DASHES}END PRIVATE KEY${DASHES}`],
  'hex-id': (r, lang) =>
    named(
      r,
      lang,
      r.pick([['trace', 'id'], ['build', 'id'], ['etag'], ['object', 'version']]),
      r.str(HEX, r.pick([32, 40])),
    ),
};

export const LOOKALIKE_KINDS = Object.keys(MAKERS);

export function lookAlike(r: Rng, lang: Lang): LookAlike {
  const kind = r.pick(LOOKALIKE_KINDS);
  return { kind, lines: MAKERS[kind]!(r, lang) };
}
