// The credential types planted in the scan corpus, one line each: the format (the same shapes
// the rule fixtures generate), the setting name it usually sits under, and how code uses it.
// Secrets are built here at run time; nothing credential-shaped is committed.
import { base62, crc32 } from '../../../rules/github/checksum.js';
import { ALNUM, B32, BASE64, BASE64URL, BECH32, DIGITS, HEX, LOWER, type Rng, UPPER } from './rng.js';

export interface Credential {
  /** Text written into the file. */
  value: string;
  /** What a scanner should report as the secret. */
  secret: string;
  /** Other reports that count as finding it (e.g. the whole URL around a password). */
  alt?: string[];
}

export interface Kind {
  id: string;
  provider: string;
  /** Words of the setting name it is usually assigned to (`stripe secret key`). */
  name: string[];
  /** Only the name identifies it, so it is always written as `name = value`. */
  byName?: boolean;
  /** Lines that use it without naming it; `$V` is the value. Default: an Authorization header. */
  usage?: string[];
  make(r: Rng): Credential;
}

const token = (value: string): Credential => ({ value, secret: value });

/** GitHub's (and npm's) format: prefix, 30 random characters, CRC32 in base62. */
function checksummed(r: Rng, prefix: string): string {
  const body = r.str(ALNUM, 30);
  return `${prefix}_${body}${base62(crc32(body), 6)}`;
}

/** A password as people pick them when a generator is at hand: mixed classes, 16-28 long. */
export function password(r: Rng): string {
  return r.str(ALNUM, r.int(10, 18)) + r.str('!*-_+.~', 1) + r.str(ALNUM, r.int(5, 9));
}

function inUrl(r: Rng, url: (user: string, pw: string) => string, user: string): Credential {
  const pw = r.str(ALNUM, r.int(16, 24));
  const value = url(user, pw);
  return { value, secret: pw, alt: [value] };
}

const GENERIC_NAMES = [
  ['db', 'password'],
  ['smtp', 'password'],
  ['admin', 'password'],
  ['redis', 'password'],
  ['ldap', 'bind', 'password'],
  ['jwt', 'secret'],
  ['session', 'secret'],
  ['client', 'secret'],
  ['encryption', 'key'],
  ['signing', 'secret'],
];

export const KINDS: Kind[] = [
  {
    id: 'aws-access-key-id',
    provider: 'aws',
    name: ['aws', 'access', 'key', 'id'],
    make: (r) => token(r.pick(['AKIA', 'ASIA']) + r.str(B32, 16)),
  },
  {
    id: 'aws-secret-access-key',
    provider: 'aws',
    name: ['aws', 'secret', 'access', 'key'],
    byName: true,
    make: (r) => token(r.str(BASE64, 40)),
  },
  {
    id: 'azure-storage-connection-string',
    provider: 'azure',
    name: ['azure', 'storage', 'connection', 'string'],
    usage: ['var client = new BlobServiceClient("$V");'],
    make: (r) => {
      const key = `${r.str(BASE64, 86)}==`;
      return {
        value: `DefaultEndpointsProtocol=https;AccountName=${r.str(LOWER, 10)};AccountKey=${key};EndpointSuffix=core.windows.net`,
        secret: key,
      };
    },
  },
  {
    id: 'azure-ad-client-secret',
    provider: 'azure',
    name: ['azure', 'client', 'secret'],
    make: (r) => token(`${r.str(ALNUM, 3)}${r.str(DIGITS, 1)}Q~${r.str(`${ALNUM}_~.-`, 34)}`),
  },
  {
    id: 'gcp-api-key',
    provider: 'google',
    name: ['google', 'maps', 'api', 'key'],
    usage: ['fetch(`https://maps.googleapis.com/maps/api/geocode/json?address=${q}&key=$V`)'],
    make: (r) => token(`AIza${r.str(`${ALNUM}-_`, 35)}`),
  },
  {
    id: 'gcp-oauth-client-secret',
    provider: 'google',
    name: ['google', 'client', 'secret'],
    make: (r) => token(`GOCSPX-${r.str(`${ALNUM}-_`, 28)}`),
  },
  {
    id: 'github-pat',
    provider: 'github',
    name: ['github', 'token'],
    usage: ['git clone https://$V@github.com/acme/infra.git'],
    make: (r) => token(checksummed(r, 'ghp')),
  },
  {
    id: 'github-fine-grained-pat',
    provider: 'github',
    name: ['gh', 'pat'],
    make: (r) => token(`github_pat_11${r.str(UPPER + DIGITS, 20)}_${r.str(ALNUM, 59)}`),
  },
  {
    id: 'github-oauth-token',
    provider: 'github',
    name: ['github', 'oauth', 'token'],
    make: (r) => token(checksummed(r, 'gho')),
  },
  {
    id: 'gitlab-pat',
    provider: 'gitlab',
    name: ['gitlab', 'token'],
    make: (r) => token(`glpat-${r.str(`${ALNUM}-_`, 20)}`),
  },
  {
    id: 'slack-bot-token',
    provider: 'slack',
    name: ['slack', 'bot', 'token'],
    make: (r) => token(`xoxb-${r.str(DIGITS, 12)}-${r.str(DIGITS, 13)}-${r.str(ALNUM, 24)}`),
  },
  {
    id: 'slack-user-token',
    provider: 'slack',
    name: ['slack', 'user', 'token'],
    make: (r) => token(`xoxp-${r.str(DIGITS, 12)}-${r.str(DIGITS, 12)}-${r.str(DIGITS, 13)}-${r.str(HEX, 32)}`),
  },
  {
    id: 'slack-webhook-url',
    provider: 'slack',
    name: ['slack', 'webhook', 'url'],
    usage: ['requests.post("$V", json={"text": message})', 'curl -X POST -d @payload.json $V'],
    make: (r) =>
      token(
        `https://hooks.slack.com/services/T${r.str(UPPER + DIGITS, 8)}/B${r.str(UPPER + DIGITS, 10)}/${r.str(ALNUM, 24)}`,
      ),
  },
  {
    id: 'stripe-secret-key',
    provider: 'stripe',
    name: ['stripe', 'secret', 'key'],
    usage: ["const stripe = new Stripe('$V');"],
    make: (r) => token(r.chance(0.5) ? `sk_live_${r.str(ALNUM, 24)}` : `sk_live_51${r.str(ALNUM, 97)}`),
  },
  {
    id: 'stripe-restricted-key',
    provider: 'stripe',
    name: ['stripe', 'api', 'key'],
    make: (r) => token(`rk_live_51${r.str(ALNUM, 97)}`),
  },
  {
    id: 'stripe-test-key',
    provider: 'stripe',
    name: ['stripe', 'secret', 'key'],
    make: (r) => token(`sk_test_51${r.str(ALNUM, 97)}`),
  },
  {
    id: 'stripe-webhook-secret',
    provider: 'stripe',
    name: ['stripe', 'webhook', 'secret'],
    make: (r) => token(`whsec_${r.str(ALNUM, 32)}`),
  },
  { id: 'npm-access-token', provider: 'npm', name: ['npm', 'token'], make: (r) => token(checksummed(r, 'npm')) },
  {
    id: 'pypi-upload-token',
    provider: 'pypi',
    name: ['twine', 'password'],
    make: (r) => token(`pypi-AgEIcHlwaS5vcmc${r.str(BASE64URL, 150)}`),
  },
  {
    id: 'docker-hub-token',
    provider: 'docker',
    name: ['dockerhub', 'token'],
    usage: ['echo "$V" | docker login -u acme --password-stdin'],
    make: (r) => token(`dckr_pat_${r.str(BASE64URL, 27)}`),
  },
  {
    id: 'sendgrid-api-key',
    provider: 'sendgrid',
    name: ['sendgrid', 'api', 'key'],
    usage: ["sgMail.setApiKey('$V');"],
    make: (r) => token(`SG.${r.str(BASE64URL, 22)}.${r.str(BASE64URL, 43)}`),
  },
  {
    id: 'twilio-auth-token',
    provider: 'twilio',
    name: ['twilio', 'auth', 'token'],
    byName: true,
    make: (r) => token(r.str(HEX, 32)),
  },
  {
    id: 'mailgun-api-key',
    provider: 'mailgun',
    name: ['mailgun', 'api', 'key'],
    byName: true,
    make: (r) => token(`key-${r.str(HEX, 32)}`),
  },
  {
    id: 'mailchimp-api-key',
    provider: 'mailchimp',
    name: ['mailchimp', 'api', 'key'],
    make: (r) => token(`${r.str(HEX, 32)}-us${r.int(1, 21)}`),
  },
  {
    id: 'openai-project-api-key',
    provider: 'openai',
    name: ['openai', 'api', 'key'],
    usage: ['client = OpenAI(api_key="$V")'],
    make: (r) => token(`sk-proj-${r.str(BASE64URL, 74)}T3BlbkFJ${r.str(BASE64URL, 74)}`),
  },
  {
    id: 'anthropic-api-key',
    provider: 'anthropic',
    name: ['anthropic', 'api', 'key'],
    usage: ['client = anthropic.Anthropic(api_key="$V")'],
    make: (r) => token(`sk-ant-api03-${r.str(BASE64URL, 93)}AA`),
  },
  {
    id: 'huggingface-access-token',
    provider: 'huggingface',
    name: ['hf', 'token'],
    make: (r) => token(`hf_${r.str(UPPER + LOWER, 34)}`),
  },
  {
    id: 'digitalocean-pat',
    provider: 'digitalocean',
    name: ['digitalocean', 'token'],
    make: (r) => token(`dop_v1_${r.str(HEX, 64)}`),
  },
  {
    id: 'heroku-api-key',
    provider: 'heroku',
    name: ['heroku', 'api', 'key'],
    make: (r) => token(`HRKU-AA${r.str(BASE64URL, 58)}`),
  },
  {
    id: 'shopify-access-token',
    provider: 'shopify',
    name: ['shopify', 'access', 'token'],
    make: (r) => token(`shpat_${r.str(HEX, 32)}`),
  },
  {
    id: 'vault-service-token',
    provider: 'hashicorp-vault',
    name: ['vault', 'token'],
    usage: ['vault login $V'],
    make: (r) => token(`hvs.${r.str(`${ALNUM}_-`, 95)}`),
  },
  {
    id: 'terraform-cloud-token',
    provider: 'terraform-cloud',
    name: ['tfe', 'token'],
    make: (r) => token(`${r.str(ALNUM, 14)}.atlasv1.${r.str(ALNUM, 67)}`),
  },
  {
    id: 'age-secret-key',
    provider: 'age',
    name: ['sops', 'age', 'key'],
    make: (r) => token(`AGE-SECRET-KEY-1${r.str(BECH32, 58)}`),
  },
  {
    id: 'datadog-api-key',
    provider: 'datadog',
    name: ['dd', 'api', 'key'],
    byName: true,
    make: (r) => token(r.str(HEX, 32)),
  },
  {
    id: 'new-relic-user-api-key',
    provider: 'newrelic',
    name: ['new', 'relic', 'api', 'key'],
    make: (r) => token(`NRAK-${r.str(UPPER + DIGITS, 27)}`),
  },
  {
    id: 'grafana-service-account-token',
    provider: 'grafana',
    name: ['grafana', 'token'],
    make: (r) => token(`glsa_${r.str(ALNUM, 32)}_${r.str(HEX, 8)}`),
  },
  {
    id: 'linear-api-key',
    provider: 'linear',
    name: ['linear', 'api', 'key'],
    make: (r) => token(`lin_api_${r.str(ALNUM, 40)}`),
  },
  {
    id: 'postman-api-key',
    provider: 'postman',
    name: ['postman', 'api', 'key'],
    make: (r) => token(`PMAK-${r.str(HEX, 24)}-${r.str(HEX, 34)}`),
  },
  {
    id: 'telegram-bot-token',
    provider: 'telegram',
    name: ['telegram', 'bot', 'token'],
    byName: true,
    make: (r) => token(`${r.int(100000000, 7999999999)}:AA${r.str(BASE64URL, 33)}`),
  },
  {
    id: 'discord-webhook-url',
    provider: 'discord',
    name: ['discord', 'webhook', 'url'],
    usage: ['requests.post("$V", json={"content": msg})'],
    make: (r) => token(`https://discord.com/api/webhooks/${r.str(DIGITS, 18)}/${r.str(BASE64URL, 68)}`),
  },
  {
    id: 'square-access-token',
    provider: 'square',
    name: ['square', 'access', 'token'],
    make: (r) => token(`EAAA${r.str(BASE64URL, 60)}`),
  },
  {
    id: 'atlassian-api-token',
    provider: 'atlassian',
    name: ['jira', 'api', 'token'],
    make: (r) => token(`ATATT3xFfGF0${r.str(BASE64URL, 170)}=${r.str(HEX.toUpperCase(), 8)}`),
  },
  {
    id: 'cloudflare-api-token',
    provider: 'cloudflare',
    name: ['cloudflare', 'api', 'token'],
    make: (r) => token(`cfut_${r.str(ALNUM, 40)}${r.str(HEX, 8)}`),
  },
  {
    id: 'databricks-token',
    provider: 'databricks',
    name: ['databricks', 'token'],
    make: (r) => token(`dapi${r.str(HEX, 32)}`),
  },
  {
    id: 'database-url',
    provider: 'database',
    name: ['database', 'url'],
    usage: ['engine = create_engine("$V")', 'const pool = new Pool({ connectionString: "$V" });'],
    make: (r) =>
      r.pick([
        () => inUrl(r, (u, p) => `postgres://${u}:${p}@db-${r.str(LOWER, 6)}.internal:5432/app`, 'app_user'),
        () => inUrl(r, (u, p) => `mysql://${u}:${p}@mysql.prod.acme.internal:3306/orders`, 'orders'),
        () =>
          inUrl(
            r,
            (u, p) => `mongodb+srv://${u}:${p}@cluster0.${r.str(LOWER + DIGITS, 5)}.mongodb.net/app?retryWrites=true`,
            'svc',
          ),
        () => inUrl(r, (u, p) => `redis://${u}:${p}@cache.acme.internal:6379/0`, 'default'),
      ])(),
  },
  {
    id: 'url-credentials',
    provider: 'url',
    name: ['registry', 'url'],
    usage: ['pip install --index-url $V/simple private-pkg', 'git remote add mirror $V'],
    make: (r) =>
      inUrl(
        r,
        (u, p) => `https://${u}:${p}@${r.pick(['git', 'nexus', 'pypi', 'artifacts'])}.acme-corp.io/repo`,
        r.pick(['deploy', 'ci-bot', 'jenkins']),
      ),
  },
  {
    id: 'generic-secret',
    provider: 'generic',
    name: ['db', 'password'],
    byName: true,
    make: (r) => token(password(r)),
  },
];

/** The generic kind takes its name from this list rather than from `name`. */
export function genericName(r: Rng): string[] {
  return r.pick(GENERIC_NAMES);
}
