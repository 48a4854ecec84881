// The rotation map (LEAKHOUND_ROTATION_CONFIG): which credential owners get an automatic
// replacement, and where their services read it. Written by service owners, so every entry is
// validated once at start-up and a mistake stops the service with one line naming the entry,
// the key and a valid example, instead of failing in the middle of an incident.
import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';
import { ConfigError } from '../../scanner/errors.js';
import { parseGrace } from './grace.js';
import { EMAIL } from '../people/email.js';

export const STORES = ['vault', 'aws-secretsmanager'] as const;
export type StoreKind = (typeof STORES)[number];

/** Providers whose credentials leakhound can replace. */
export const ROTATING_PROVIDERS = ['aws', 'gitlab', 'stripe'] as const;
export type RotatingProvider = (typeof ROTATING_PROVIDERS)[number];

export interface RotationEntry {
  provider: RotatingProvider;
  /**
   * An exact owner, or a glob over it (`*` any run of characters, `?` one): an IAM ARN for aws,
   * `<username>/<token name>` for gitlab, `<live|test>/<key name>` for stripe.
   */
  match: string;
  store: StoreKind;
  /** KV v2 data path (`secret/data/app/aws`) or a Secrets Manager secret id (name or ARN). */
  path: string;
  /** Names of the fields that receive the credential's id and secret. */
  fields: { id: string; secret: string };
  /** Called (POST, no secret in the body) after the new version is written. */
  notify?: string;
  /** The email of the person responsible for this credential: told in Slack when it leaks. */
  owner?: string;
  /** How long the leaked credential is kept (inactive) before it is deleted. */
  graceSeconds: number;
}

export interface RotationMap {
  source: string;
  entries: RotationEntry[];
}

const ENTRY_KEYS = ['provider', 'match', 'store', 'path', 'fields', 'notify', 'grace', 'owner'];
const EXAMPLE = `[[rotation]] provider = "aws", match = "arn:aws:iam::123456789012:user/deploy-bot", store = "vault", path = "secret/data/payments-api/aws", fields = { id = "access_key_id", secret = "secret_access_key" }`;

export function loadRotationMap(file: string): RotationMap {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new ConfigError(`LEAKHOUND_ROTATION_CONFIG=${file}: cannot read it (${code}); point it at a TOML file`);
  }
  return parseRotationMap(text, file);
}

export function parseRotationMap(text: string, source: string): RotationMap {
  let doc: Record<string, unknown>;
  try {
    doc = parse(text) as Record<string, unknown>;
  } catch (err) {
    const first = String((err as Error).message).split('\n')[0];
    throw new ConfigError(`not valid TOML: ${first}`, source);
  }
  const extra = Object.keys(doc).filter((k) => k !== 'rotation');
  if (extra.length > 0) {
    throw new ConfigError(`unknown top-level key "${extra[0]}": only [[rotation]] tables belong here`, source);
  }
  const tables = doc.rotation ?? [];
  if (!Array.isArray(tables)) throw new ConfigError(`"rotation" must be an array of tables: ${EXAMPLE}`, source);
  const entries = tables.map((t, i) => parseEntry(t, `rotation[${i + 1}]`, source));
  const seen = new Map<string, string>();
  entries.forEach((e, i) => {
    const key = `${e.provider} ${e.match}`;
    const before = seen.get(key);
    if (before) {
      throw new ConfigError(
        `rotation[${i + 1}] repeats match "${e.match}" of ${before}: keep one entry per owner`,
        source,
      );
    }
    seen.set(key, `rotation[${i + 1}]`);
  });
  return { source, entries };
}

function parseEntry(raw: unknown, at: string, source: string): RotationEntry {
  const fail = (msg: string): never => {
    throw new ConfigError(`${at}: ${msg}`, source);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail(`expected a table: ${EXAMPLE}`);
  const t = raw as Record<string, unknown>;
  const unknownKey = Object.keys(t).find((k) => !ENTRY_KEYS.includes(k));
  if (unknownKey) return fail(`unknown key "${unknownKey}"; known keys: ${ENTRY_KEYS.join(', ')}`);
  const str = (key: string, example: string): string => {
    const v = t[key];
    if (typeof v !== 'string' || v.trim() === '')
      return fail(`${key} must be a non-empty string, e.g. ${key} = ${example}`);
    return v.trim();
  };
  const provider = str('provider', '"aws"');
  if (!(ROTATING_PROVIDERS as readonly string[]).includes(provider)) {
    fail(
      `provider = "${provider}": leakhound rotates ${ROTATING_PROVIDERS.map((p) => `"${p}"`).join(', ')} credentials`,
    );
  }
  const match = str('match', MATCH_EXAMPLES[provider] ?? MATCH_EXAMPLES.aws!);
  if (provider === 'gitlab') checkOwnerGlob(match, fail);
  else if (provider === 'stripe') checkStripeGlob(match, fail);
  else checkGlob(match, fail);
  const store = str('store', '"vault"');
  if (!(STORES as readonly string[]).includes(store)) {
    fail(`store = "${store}" is unknown: use "vault" (Vault/OpenBao KV v2) or "aws-secretsmanager"`);
  }
  const path = str('path', store === 'vault' ? '"secret/data/payments-api/aws"' : '"payments-api/aws"');
  if (store === 'vault') checkKvPath(path, fail);
  else checkSecretId(path, fail);
  const fields = parseFields(t.fields, fail);
  const notify =
    t.notify === undefined ? undefined : checkNotify(str('notify', '"https://ci.example/hooks/redeploy"'), fail);
  const owner = t.owner === undefined ? undefined : str('owner', '"jane@example.com"');
  if (owner !== undefined && !EMAIL.test(owner))
    fail(`owner = "${owner.slice(0, 60)}" is not an email address, e.g. owner = "jane@example.com"`);
  let graceSeconds = 24 * 3600;
  if (t.grace !== undefined) {
    const g = parseGrace(t.grace);
    if (typeof g === 'string') fail(g);
    else graceSeconds = g;
  }
  return {
    provider: provider as RotatingProvider,
    match,
    store: store as StoreKind,
    path,
    fields,
    notify,
    ...(owner ? { owner } : {}),
    graceSeconds,
  };
}

function parseFields(raw: unknown, fail: (msg: string) => never): RotationEntry['fields'] {
  const example = 'fields = { id = "access_key_id", secret = "secret_access_key" }';
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail(`fields is required: ${example}`);
  const f = raw as Record<string, unknown>;
  const unknownKey = Object.keys(f).find((k) => k !== 'id' && k !== 'secret');
  if (unknownKey) return fail(`fields has an unknown key "${unknownKey}": ${example}`);
  const { id, secret } = f;
  if (
    typeof id !== 'string' ||
    !/^[\w.-]{1,128}$/.test(id) ||
    typeof secret !== 'string' ||
    !/^[\w.-]{1,128}$/.test(secret)
  ) {
    return fail(`fields.id and fields.secret must be field names (letters, digits, _ . -): ${example}`);
  }
  if (id === secret) return fail(`fields.id and fields.secret both name "${id}": they must differ`);
  return { id, secret };
}

/** ARNs use letters, digits and `+=,.@_-/:`; `*` and `?` are the only wildcards. */
function checkGlob(match: string, fail: (msg: string) => never): void {
  const example = 'e.g. match = "arn:aws:iam::123456789012:user/ci/*"';
  if (!match.startsWith('arn:')) fail(`match = "${match}" is not an ARN or a glob over one, ${example}`);
  const bad = match.match(/[^\w+=,.@\-/:*?]/);
  if (bad) fail(`match = "${match}": "${bad[0]}" is not allowed; only * and ? are wildcards, ${example}`);
  if (match.includes('**')) fail(`match = "${match}": "**" means nothing more than "*" here; write one, ${example}`);
  if (match.split(':').length < 6)
    fail(`match = "${match}" has too few ARN parts (arn:partition:service:region:account:resource), ${example}`);
}

const MATCH_EXAMPLES: Record<string, string> = {
  aws: '"arn:aws:iam::123456789012:user/deploy-bot"',
  gitlab: '"deploy-bot/ci-token"',
  stripe: '"live/payments-api"',
};

/** `<live|test>/<key name>`: the key's mode, then its name in the Stripe dashboard. */
function checkStripeGlob(match: string, fail: (msg: string) => never): void {
  if (!/^(?:live|test|\*)\/[\w .@+*?-]+$/.test(match))
    fail(
      `match = "${match}" is not <live|test>/<key name>, e.g. match = "live/payments-*" (the key's name in the dashboard)`,
    );
}

/** `<username>/<token name>`: GitLab usernames (or `#<user id>`), then the token's name. */
function checkOwnerGlob(match: string, fail: (msg: string) => never): void {
  const example = 'e.g. match = "deploy-bot/ci-*" (GitLab username, then the token name)';
  if (!/^(?:#\d+|[\w.*?-]+)\/[\w .@+*?-]+$/.test(match))
    fail(
      `match = "${match}" is not <username>/<token name> (letters, digits, _ . - and spaces; * and ? as wildcards), ${example}`,
    );
}

export function globMatches(glob: string, arn: string): boolean {
  const re = glob
    .replace(/[.+^${}()|[\]\\/#]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${re}$`).test(arn);
}

function checkKvPath(path: string, fail: (msg: string) => never): void {
  const ok = /^[\w.-]+(?:\/[\w.-]+)*\/data\/[\w.-]+(?:\/[\w.-]+)*$/.test(path);
  if (!ok || path.split('/').some((s) => s === '.' || s === '..')) {
    fail(
      `path = "${path}" is not a KV v2 data path: write the mount, then data/, then the secret, e.g. path = "secret/data/payments-api/aws"`,
    );
  }
}

function checkSecretId(path: string, fail: (msg: string) => never): void {
  if (!/^[\w/+=.@:-]{1,2048}$/.test(path)) {
    fail(`path = "${path}" is not a Secrets Manager secret name or ARN, e.g. path = "payments-api/aws"`);
  }
}

/** https, or http to this machine only (a sidecar, or a test stand-in). */
function checkNotify(url: string, fail: (msg: string) => never): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return fail(`notify = "${url}" is not a URL, e.g. notify = "https://ci.example/hooks/redeploy"`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && loopback)) {
    fail(
      `notify = "${url}" must be an https URL (plain http only to localhost), e.g. notify = "https://ci.example/hooks/redeploy"`,
    );
  }
  if (u.username || u.password) fail(`notify = "${u.host}…" must not carry credentials in the URL`);
  return u.toString();
}

/** The first entry for this provider whose match covers the owner's ARN. */
export function findRotation(map: RotationMap | undefined, provider: string, arn: string): RotationEntry | undefined {
  return map?.entries.find((e) => e.provider === provider && globMatches(e.match, arn));
}
