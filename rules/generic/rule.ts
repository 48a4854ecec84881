import { shannonEntropy } from '../entropy.js';
import type { Rule } from '../types.js';
import { TYPED_ASSIGN } from './assignment.js';
import { isKnownFormat, isOwnedName } from './known-formats.js';
import { classifyName, leadingName, type NameKind } from './names.js';
import { hasStopword } from './stopwords.js';
import { hasVariety, isNotASecret } from './values.js';

// Catch-all rules for credentials assigned to a credential-like name. The regexes only find
// `name <operator> value` shapes (code, .env, YAML, JSON, XML, CLI flags); what the name
// means and whether the value is random material is decided in `validate` (names.ts,
// values.ts), because neither fits a regex without lookarounds. Tagged `generic`: the engine
// drops these findings when a provider rule reports an overlapping secret.

/** What may follow a name before its value: closing quotes/brackets, then an operator. */
const OPERATOR = String.raw`(?:\\?["'\x60]|\]){0,3}[ \t]{0,3}(?:${TYPED_ASSIGN}|={1,3}|:={1,2}|::=|\?=|\+=|=>|:|>|<-|,|\()[ \t]{0,3}`;
/** An auth scheme in front of the value (`"Bearer abc"`), left out of the secret. */
const SCHEME = String.raw`(?:(?:bearer|basic|token|bot)[ \t]{1,3})?`;
/**
 * Quoted (no blanks inside: prose is not a key) or bare up to a delimiter. A bare value never
 * runs into `(`, so `getPassword()` and `os.getenv("X")` are no candidates at all.
 */
const VALUE =
  String.raw`(?:\\?"${SCHEME}([^"\\\s]{6,200})\\?"|'${SCHEME}([^'\\\s]{6,200})'|\x60([^\x60\\\s]{6,200})\x60|` +
  String.raw`${SCHEME}([^\s"'\x60;,<>{}()\[\]\\&|]{6,200})(?:[\s"'\x60;,<>)\]}\\&|]|$))`;

/**
 * A name containing one of the words. The regex starts at the word itself, which V8 finds
 * fast; the rest of the name in front of it comes from `before` in validate (see fullName).
 * Starting at the name's first character made V8 try almost every offset of every identifier:
 * five times slower on code.
 */
const nameWith = (words: string) => String.raw`(?:${words})[\w.$-]{0,30}`;
const PASSWORD_NAME = nameWith('pass|pwd|pswd');
const SECRET_NAME = nameWith('secret|token|key|auth|cred');

const MIN_LENGTH: Record<NameKind, number> = { password: 8, secret: 12 };
const MIN_ENTROPY: Record<NameKind, number> = { password: 3, secret: 3.5 };

/** Hex runs of digest length next to a word that says so (`sha256`, `commit`, `checksum`). */
const HASH_CONTEXT = {
  description: 'digests named as such on the same line',
  regexTarget: 'line' as const,
  regexes: [
    /(?:sha-?(?:1|224|256|384|512)?|md5|hash|digest|checksum|commit|integrity|revision|etag|fingerprint)\b.{0,120}\b(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})\b/i,
    /\b(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})\b.{0,120}\b(?:sha-?(?:1|224|256|384|512)?|md5|hash|digest|checksum|commit|integrity|revision|etag|fingerprint)/i,
  ],
};
/** Lock and checksum files hold digests by the thousand and no credentials. */
const DIGEST_FILES = { paths: [/(?:^|\/)(?:go\.(?:sum|mod|work\.sum)|[\w.-]+\.lock|[\w.-]+-lock\.(?:json|ya?ml))$/] };

/** A value that can stand in a slot of kind `kind`. */
export function acceptableValue(kind: NameKind, secret: string): boolean {
  // Hex caps entropy at 4 bits per character; random hex sits near 3.7, so judge it by 3.
  const minEntropy = /^[0-9a-f]+$/i.test(secret) ? Math.min(MIN_ENTROPY[kind], 3) : MIN_ENTROPY[kind];
  return (
    secret.length >= MIN_LENGTH[kind] &&
    shannonEntropy(secret) >= minEntropy &&
    hasVariety(secret, 5) &&
    !isNotASecret(secret) &&
    !isKnownFormat(secret) &&
    !hasStopword(secret)
  );
}

/** The credential kind `name` holds when `secret` can stand in it, else null. */
function judge(name: string, secret: string): NameKind | null {
  const kind = classifyName(name);
  return kind !== null && !isOwnedName(name) && acceptableValue(kind, secret) ? kind : null;
}

/** After `,` or `(` only a quoted value counts: `{ username, password, host }` lists names. */
function quotedAfterListOperator(match: string): boolean {
  const m = /^[\w.$-]+(?:\\?["'\x60]|\]){0,3}[ \t]*([,(])?[ \t]*(\\?["'\x60])?/.exec(match);
  return !m?.[1] || m[2] !== undefined;
}

/** The whole name: the name characters in front of the match (up to 40) and those it starts with. */
function fullName(match: string, before: string): string {
  return (/[\w.$-]{0,40}$/.exec(before)?.[0] ?? '') + leadingName(match);
}

function assignment(kind: NameKind) {
  return (secret: string, match: string, before: string): boolean =>
    quotedAfterListOperator(match) && judge(fullName(match, before), secret) === kind;
}

export const rules: Rule[] = [
  {
    id: 'generic-password',
    description: 'Password assigned to a password-named variable, key, attribute or setting',
    severity: 'medium',
    regex: new RegExp(PASSWORD_NAME + OPERATOR + VALUE, 'i'),
    keywords: ['pass', 'pwd', 'pswd'],
    entropy: 3,
    validate: assignment('password'),
    allowlists: [HASH_CONTEXT, DIGEST_FILES],
    tags: ['generic', 'password'],
  },
  {
    id: 'generic-secret',
    description: 'Secret, token, API key or credential assigned to a credential-named variable or setting',
    severity: 'medium',
    regex: new RegExp(SECRET_NAME + OPERATOR + VALUE, 'i'),
    keywords: ['secret', 'token', 'key', 'auth', 'cred'],
    entropy: 3,
    validate: assignment('secret'),
    allowlists: [HASH_CONTEXT, DIGEST_FILES],
    tags: ['generic', 'api-key'],
  },
  {
    id: 'generic-secret-cli-flag',
    description: 'Password or token passed as a command-line flag value (`--password hunter…`)',
    severity: 'medium',
    regex: new RegExp(
      String.raw`(?:^|[ \t])--?(?:[a-z0-9]{1,20}-){0,2}(?:password|passwd|pass|pwd|secret|token|api-?key|access-?key|secret-?key|auth|credentials?)[ \t]{1,3}` +
        String.raw`(?:"([^"\s]{6,200})"|'([^'\s]{6,200})'|([^\s"'\x60;|&<>()]{6,200})(?:[\s;|&<>)]|$))`,
      'i',
    ),
    keywords: ['pass', 'pwd', 'secret', 'token', 'key', 'auth', 'cred'],
    entropy: 3,
    validate: (secret, match) => judge(/--?([\w-]+)/.exec(match)?.[1] ?? '', secret) !== null,
    tags: ['generic', 'cli'],
  },
  {
    id: 'generic-secret-key-value',
    description: 'Credential in a name/value pair (`<add key="DbPassword" value=…>`, Kubernetes env entries)',
    severity: 'medium',
    regex: new RegExp(
      String.raw`\b(?:key|name)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?[\w.:-]{0,40}?(?:pass|pwd|secret|token|key|auth|cred)[\w.:-]{0,40}["']?[ \t]{0,3},?\s{1,40}?` +
        String.raw`["']?value["']?[ \t]{0,3}[:=][ \t]{0,3}(?:"([^"\s]{6,200})"|'([^'\s]{6,200})'|([^\s"',<>{}\[\]]{6,200})(?:[\s"',<>}\]]|$))`,
      'i',
    ),
    keywords: ['value'],
    entropy: 3,
    validate: (secret, match) =>
      judge(/^(?:key|name)["']?\s*[:=]\s*["']?([\w.:-]+)/i.exec(match)?.[1] ?? '', secret) !== null,
    tags: ['generic', 'config'],
  },
];
