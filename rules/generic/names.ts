// What an assigned name says about its value. The generic rules' regexes only find
// `name <op> value`; whether `name` denotes a credential is decided here, word by word, so
// `password_hash`, `token_url`, `public_key` and `csrf_token` stay quiet while `DB_PASSWORD`,
// `apiKey` and `client_secret` do not.

export type NameKind = 'password' | 'secret';

const PASSWORD_HEADS = new Set(['password', 'passwd', 'passphrase', 'pwd', 'pass', 'pswd', 'passwrd']);
const SECRET_HEADS = new Set([
  'secret',
  'token',
  'apikey',
  'secretkey',
  'accesskey',
  'privatekey',
  'authkey',
  'credential',
  'credentials',
  'creds',
  'cred',
  'auth',
  'authorization',
]);
/** `key` alone names anything (a map key, a cache key); these words make it a credential. */
const KEY_QUALIFIERS = new Set([
  'api',
  'access',
  'secret',
  'private',
  'client',
  'app',
  'application',
  'master',
  'encryption',
  'encrypt',
  'decryption',
  'signing',
  'sign',
  'auth',
  'consumer',
  'account',
  'storage',
  'service',
  'subscription',
  'shared',
  'session',
  'hmac',
  'jwt',
  'webhook',
  'admin',
  'license',
  'sas',
  'management',
  'bot',
  'developer',
  'rest',
  'server',
  'integration',
  'partner',
  'merchant',
  'oauth',
  'cipher',
  'crypto',
  'aes',
  'root',
  'deploy',
  'ingest',
  'write',
  'read',
]);
/** Tokens that are not credentials: parser/tokenizer vocabulary, paging cursors, CSRF nonces. */
const NON_SECRET_TOKENS = new Set([
  'csrf',
  'xsrf',
  'forgery',
  'pad',
  'eos',
  'bos',
  'unk',
  'sep',
  'cls',
  'mask',
  'page',
  'next',
  'continuation',
  'cursor',
  'pagination',
  'sync',
  'cancel',
  'cancellation',
  'lexer',
  'parser',
  'syntax',
  'max',
  'num',
  'special',
  'start',
  'end',
  'input',
  'output',
  'prompt',
  'completion',
]);
/** Trailing words that qualify a name without changing what it holds (`API_KEY_PROD`). */
const NOISE = new Set([
  'value',
  'val',
  'str',
  'string',
  'raw',
  'plain',
  'plaintext',
  'default',
  'env',
  'prod',
  'production',
  'dev',
  'development',
  'stage',
  'staging',
  'stg',
  'test',
  'testing',
  'live',
  'sandbox',
  'local',
  'old',
  'new',
  'current',
  'primary',
  'secondary',
  'backup',
  'b64',
  'base64',
  'encoded',
  'base',
  'here',
]);
/** English words that end in `pass` but are no password (`bypass`, `compass`). */
const PASS_WORDS = /(?:by|com|encom|over|under|tres|sur|multi|im)pass$/;
const COMPOUND_PASSWORD = /(?:password|passwd|passphrase|pwd|pass)$/;
const COMPOUND_SECRET = /(?:secret|token|apikey|secretkey|accesskey|privatekey|authkey)$/;

/** `DB_PASSWORD` → [db, password]; `apiKey` → [api, key]; `APIKey` → [api, key]. */
export function identifierWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** The kind of credential a name holds, or null when it names something else. */
export function classifyName(name: string): NameKind | null {
  const words = identifierWords(name);
  while (words.length > 1 && (NOISE.has(words[words.length - 1]!) || /^v?\d+$/.test(words[words.length - 1]!))) {
    words.pop();
  }
  const head = words[words.length - 1];
  if (head === undefined) return null;
  const prev = words[words.length - 2];
  if (PASSWORD_HEADS.has(head)) return 'password';
  if (head === 'key') return prev !== undefined && KEY_QUALIFIERS.has(prev) ? 'secret' : null;
  if (head === 'token') return prev !== undefined && NON_SECRET_TOKENS.has(prev) ? null : 'secret';
  if (SECRET_HEADS.has(head)) return 'secret';
  if (COMPOUND_PASSWORD.test(head) && !PASS_WORDS.test(head)) return 'password';
  if (COMPOUND_SECRET.test(head) && !/^(?:csrf|xsrf)/.test(head)) return 'secret';
  return null;
}

/** The name at the start of a generic rule's match: identifier characters before the operator. */
export function leadingName(match: string): string {
  const m = /^[\w.$-]+/.exec(match);
  return m ? m[0] : '';
}
