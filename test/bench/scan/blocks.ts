// Credentials that span lines or own a whole file: PEM and PGP keys, service-account JSON,
// registry and login files, Kubernetes Secrets whose values are base64.
import { password } from './kinds.js';
import { ALNUM, b64, BASE64, BASE64URL, DIGITS, HEX, LOWER, type Rng } from './rng.js';

/** A planted credential inside `lines`: `at` is the line where the reported secret starts. */
export interface Plant {
  at: number;
  secret: string;
  alt?: string[];
  kind: string;
  provider: string;
}

export interface Block {
  lines: string[];
  plants: Plant[];
}

export interface OwnFile extends Block {
  /** File name (may include a directory) the credential file needs to be recognised. */
  name: string;
}

const DASHES = '-'.repeat(5);
const armour = (what: string, label: string): string => `${DASHES}${what} ${label}${DASHES}`;

function keyLines(r: Rng, prefix: string, length: number, width = 64): string[] {
  const body = `${prefix + r.str(BASE64, length - prefix.length - 2)}==`;
  const out: string[] = [];
  for (let i = 0; i < body.length; i += width) out.push(body.slice(i, i + width));
  return out;
}

const PEM_TYPES: { label: string; prefix: string; length: number; width?: number }[] = [
  { label: 'RSA PRIVATE KEY', prefix: 'MIIEpAIBAAKCAQEA', length: 1592 },
  { label: 'PRIVATE KEY', prefix: 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ', length: 1624 },
  {
    label: 'OPENSSH PRIVATE KEY',
    prefix: 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
    length: 400,
    width: 70,
  },
  { label: 'EC PRIVATE KEY', prefix: 'MHcCAQEEI', length: 160 },
];

function pem(r: Rng): { label: string; body: string[] } {
  const t = r.pick(PEM_TYPES);
  return { label: t.label, body: keyLines(r, t.prefix, t.length, t.width) };
}

/** A private key pasted into a file of the given flavour. The first body line identifies it. */
export function privateKeyBlock(r: Rng, flavour: 'pem' | 'yaml' | 'json' | 'js'): Block {
  const { label, body } = pem(r);
  const plant = (at: number): Plant => ({ at, secret: body[0]!, kind: 'private-key', provider: 'private-key' });
  const begin = armour('BEGIN', label);
  const end = armour('END', label);
  switch (flavour) {
    case 'pem':
      return { lines: [begin, ...body, end], plants: [plant(1)] };
    case 'yaml': {
      const ind = '    ';
      return { lines: ['tls:', '  key: |', ...[begin, ...body, end].map((l) => ind + l)], plants: [plant(3)] };
    }
    case 'json':
      return { lines: [`  "signingKey": "${[begin, ...body, end].join('\\n')}\\n",`], plants: [plant(0)] };
    case 'js':
      return { lines: [`const signingKey = \`${begin}`, ...body, `${end}\`;`], plants: [plant(1)] };
  }
}

export function pgpKeyFile(r: Rng): OwnFile {
  const body = keyLines(r, 'lQOYBF', 1200);
  body.push(`=${r.str(BASE64, 4)}`);
  const lines = [
    armour('BEGIN', 'PGP PRIVATE KEY BLOCK'),
    'Comment: release signing key',
    '',
    ...body,
    armour('END', 'PGP PRIVATE KEY BLOCK'),
  ];
  return {
    name: `keys/release-${r.str(HEX, 6)}.asc`,
    lines,
    plants: [{ at: 3, secret: body[0]!, kind: 'pgp-private-key', provider: 'private-key' }],
  };
}

export function serviceAccountFile(r: Rng): OwnFile {
  const body = keyLines(r, 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ', 1624);
  const project = `${r.pick(['acme', 'shop', 'data'])}-${r.str(LOWER, 5)}-${r.str(DIGITS, 6)}`;
  const key = [armour('BEGIN', 'PRIVATE KEY'), ...body, armour('END', 'PRIVATE KEY')].join('\\n');
  const lines = [
    '{',
    '  "type": "service_account",',
    `  "project_id": "${project}",`,
    `  "private_key_id": "${r.str(HEX, 40)}",`,
    `  "private_key": "${key}\\n",`,
    `  "client_email": "deployer@${project}.iam.gserviceaccount.com",`,
    `  "client_id": "${r.str(DIGITS, 21)}",`,
    '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
    '  "token_uri": "https://oauth2.googleapis.com/token"',
    '}',
  ];
  return {
    name: `deploy/${project}-sa.json`,
    lines,
    plants: [{ at: 4, secret: body[0]!, kind: 'gcp-service-account-key', provider: 'google' }],
  };
}

/** Login and registry files: recognised by their name, so the name is part of the plant. */
export function credentialFile(r: Rng): OwnFile {
  const pw = password(r);
  const user = r.pick(['deploy', 'ci', 'svc-backup', 'release']);
  const one = (
    name: string,
    lines: string[],
    at: number,
    kind: string,
    provider: string,
    secret = pw,
    alt?: string[],
  ): OwnFile => ({
    name,
    lines,
    plants: [{ at, secret, kind, provider, ...(alt ? { alt } : {}) }],
  });
  switch (r.int(0, 6)) {
    case 0:
      return one(
        '.netrc',
        [`machine git.acme-corp.io`, `  login ${user}`, `  password ${pw}`],
        2,
        'netrc-credentials',
        'credential-files',
      );
    case 1:
      return one(
        '.git-credentials',
        [`https://${user}:${pw}@git.acme-corp.io`],
        0,
        'git-credentials',
        'credential-files',
      );
    case 2:
      return one(
        '.pgpass',
        [`db.acme.internal:5432:orders:${user}:${pw}`],
        0,
        'pgpass-credentials',
        'credential-files',
      );
    case 3: {
      const hash = `$apr1$${r.str(ALNUM, 8)}$${r.str(`${ALNUM}./`, 22)}`;
      return one('deploy/nginx/.htpasswd', [`${user}:${hash}`], 0, 'htpasswd-credentials', 'credential-files', hash);
    }
    case 4: {
      const token = r.str(BASE64URL, r.int(40, 64));
      return one(
        '.npmrc',
        ['registry=https://registry.npmjs.org/', `//npm.acme-corp.io/:_authToken=${token}`, 'always-auth=true'],
        1,
        'npmrc-auth-token',
        'npm',
        token,
      );
    }
    case 5: {
      const auth = b64(`${user}:${pw}`);
      const lines = [
        '{',
        '  "auths": {',
        '    "registry.acme-corp.io": {',
        `      "auth": "${auth}"`,
        '    }',
        '  }',
        '}',
      ];
      return one('.docker/config.json', lines, 3, 'docker-config-auth', 'docker', auth, [pw]);
    }
    default: {
      const token = `pypi-AgEIcHlwaS5vcmc${r.str(BASE64URL, 150)}`;
      return one(
        '.pypirc',
        ['[distutils]', 'index-servers = pypi', '', '[pypi]', '  username = __token__', `  password = ${token}`],
        5,
        'pypi-upload-token',
        'pypi',
        token,
      );
    }
  }
}

/**
 * A Kubernetes Secret. Base64 `data` values hold credentials and ordinary settings alike; a
 * scanner has to decode them. `makeToken` supplies provider tokens to hide in them.
 */
export function kubernetesSecret(r: Rng, makeToken: () => { kind: string; provider: string; secret: string }): Block {
  const lines = [
    'apiVersion: v1',
    'kind: Secret',
    'metadata:',
    `  name: ${r.pick(['api', 'worker', 'billing', 'web'])}-secrets`,
    `  namespace: ${r.pick(['prod', 'staging', 'payments'])}`,
    'type: Opaque',
    'data:',
  ];
  const plants: Plant[] = [];
  const settings: [string, string][] = [
    ['LOG_LEVEL', r.pick(['info', 'debug', 'warn'])],
    ['REGION', r.pick(['eu-west-1', 'us-east-2'])],
    ['FEATURE_FLAGS', 'checkout-v2,search-beta'],
  ];
  for (let i = r.int(1, 3); i > 0; i--) {
    const t = makeToken();
    plants.push({
      at: lines.length,
      secret: t.secret,
      alt: [b64(t.secret)],
      kind: 'k8s-secret-base64',
      provider: t.provider,
    });
    lines.push(`  ${t.kind.toUpperCase().replace(/-/g, '_')}: ${b64(t.secret)}`);
    if (r.chance(0.7)) {
      const [k, v] = r.pick(settings);
      lines.push(`  ${k}: ${b64(v)}`);
    }
  }
  if (r.chance(0.5)) {
    const pw = password(r);
    const url = `postgres://app:${pw}@postgres.${r.str(LOWER, 5)}.svc:5432/app`;
    plants.push({
      at: lines.length,
      secret: pw,
      alt: [url, b64(url)],
      kind: 'k8s-secret-base64',
      provider: 'database',
    });
    lines.push(`  DATABASE_URL: ${b64(url)}`);
  }
  return { lines: [...lines, '---'], plants };
}
