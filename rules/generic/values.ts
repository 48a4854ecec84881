// Values that sit in a credential-named slot but are not a credential: code, references,
// paths, URLs, identifiers, hashes, versions and the usual placeholders. Pure string tests,
// shared by the generic rules (and by URL/connection-string rules for the placeholder list).

const CODE_CALL = /^[A-Za-z_$@][\w$.:@-]*(?:\(|\[)/;
const MEMBER_ACCESS = /^[A-Za-z_$@][A-Za-z_$]*\d{0,3}(?:(?:[?!]?\.|::|->)[A-Za-z_$][A-Za-z_$]*\d{0,3})+[?!]?$/;
/** No digit and no symbol besides `_ . -` (punctuation at the edges aside): words, identifiers. */
const WORDY = /^[^A-Za-z0-9]{0,3}[A-Za-z_.-]+[^A-Za-z0-9]{0,3}$/;

/**
 * Letters only, but drawn at random rather than spelled: upper and lower case mixed evenly and
 * few vowels (words run near 40%, random letters near 20%).
 */
function randomCase(v: string): boolean {
  const upper = v.replace(/[^A-Z]/g, '').length;
  const lower = v.replace(/[^a-z]/g, '').length;
  const vowels = v.replace(/[^aeiouAEIOU]/g, '').length;
  const ratio = upper / Math.max(1, upper + lower);
  return v.length >= 12 && ratio >= 0.25 && ratio <= 0.75 && vowels / (upper + lower) < 0.3;
}
/** A credential noun inside the value: `my-api-token-1`, `SuperSecretPassword`, `VERYLONGSECRET…`. */
const SELF_DESCRIBING = /token|secret|passw|apikey|api_key|credential/i;
/** Keyboard and counting runs that only made-up examples combine (`abc123xyz456`). */
const FABRICATED = /abc|xyz|123|456|789|qwerty|asdf/gi;
const NON_ASCII = /[^\x20-\x7e]/;
const REFERENCE =
  /\$\{|\{\{|\$\(|#\{|%\(|__[A-Z0-9_]+__|^\$\d|^\$[A-Za-z_]\w*$|^%[A-Za-z_]\w*%$|^@[A-Za-z_]\w*@$|^\{[^{}]*\}$|^<[^<>]*>$|^\[[^[\]]*\]$|^%[sdvqx]$|^\{\d{0,2}\}$|^!(?:Ref|Sub|GetAtt|ImportValue)\b|^arn:|^vault:|^op:\/\/|^sm:\/\/|^ref\+|^secret:|^env:|^file:|^base64:\$|getenv|environ|\benv\(|\bENV\b|fromEnv|secretKeyRef|valueFrom/;
const URL = /^[A-Za-z][A-Za-z0-9+.-]{1,30}:\/\//;
/** A regex source: a character class with a quantifier (`[A-Za-z0-9+/]{64}`, `[a-f0-9]+`), as in rule files. */
const REGEX_SOURCE = /\[[^\][\s]{1,60}\](?:\{\d{1,4}(?:,\d{0,4})?\}|[*+?])/;
const PATH =
  /^(?:\.{0,2}\/|~\/|[A-Za-z]:[\\/]|\\\\)|^[a-z0-9_.-]+(?:\/[a-z0-9_.-]+)+$|^[\w./-]*\/[\w.-]+\.[A-Za-z][A-Za-z0-9]{0,5}$/;

/** A path, unless a segment is random material (base64 keys start with `/` too). */
function isPath(v: string): boolean {
  if (!PATH.test(v)) return false;
  return !v
    .split(/[\\/]/)
    .some((seg) => seg.length >= 12 && /[A-Z]/.test(seg) && /[a-z]/.test(seg) && /[0-9+=]/.test(seg));
}
const FILE_NAME =
  /^[\w.-]+\.(?:pem|key|crt|cer|der|p12|pfx|jks|keystore|pub|gpg|asc|json|ya?ml|toml|txt|env|conf|cfg|ini|properties|xml|enc|secret|token)$/i;
const UUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
/** Digests in the forms lock files, registries, go.sum and crypt(3)/LDAP password files use. */
const HASH =
  /^(?:sha-?(?:1|224|256|384|512)|md5|blake2b?|xxh\d*)[-:]|^h1:|^\$(?:1|2[abxy]?|5|6|y|7|apr1|argon2(?:id|i|d)|pbkdf2[\w-]*|scrypt|sha\d*)\$|^\{(?:S?SHA\d*|S?MD5|CRYPT|PBKDF2[\w-]*)\}/i;
const VERSION = /^v?\d+(?:\.\d+){1,3}(?:[-+.~][0-9A-Za-z.-]+)?$/;
const NUMERIC = /^[\d\s:./,+-]+$/;
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
const IP = /^\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?$/;
const LITERAL =
  /^(?:true|false|yes|no|on|off|null|nil|none|undefined|empty|blank|unset|not[-_ ]?set|required|optional|disabled|enabled|n\/a|tbd|todo|fixme|string|hidden|masked|removed|omitted|sensitive|redacted|\*+|\.+|-+|x+)$/i;
/** Documentation and default passwords, compared whole (case-insensitive). */
const DOC_PASSWORDS =
  /^(?:password|passwd|passphrase|pass|pwd|secret|token|key|apikey|changeit|changeme|letmein|qwerty|qwertyuiop|hunter2|abc123|123456|12345678|123456789|admin|root|guest|test|testing|foo|bar|baz|foobar|foobared|s3cr3t|p@ss|p@ssw[o0]rd|passw[o0]rd|pa\$\$w[o0]rd|welcome|trustno1|iloveyou|notasecret|opensesame|default|example|sample|dummy|fake|mock|demo|postgres|mysql|mongo|mongodb|redis|rabbitmq|oracle|sa|tiger|scott|user|username|login|pw)$/i;
/**
 * Values people write where a real one would go, after separators are dropped so that
 * `Your-API-Key-Here` and `your_api_key_here` are the same: an optional lead word, an optional
 * subject, one credential noun, an optional tail.
 */
const PLACEHOLDER =
  /^(?:my|your|the|some|test|dummy|fake|sample|example|default|demo|mock|super|top|insert|enter|put|replace|change|paste|fill|set)?(?:with|in|your|the)?(?:app|api|db|database|admin|root|user|client|access|secret|private|auth|service|account|jwt|session|encryption|signing|master|bearer)?(?:password|passwd|passphrase|pass|pwd|secret|token|key|apikey|credentials?|creds|value)(?:s|here|goeshere|value|please)?$/i;
/** Weak passwords with a counter appended (`password123`, `admin1`). Generic rules only. */
const WEAK_COUNTED =
  /^(?:password|passw[o0]rd|p@ssw[o0]rd|pass|pwd|secret|s3cr3t|admin|root|guest|test|changeme|letmein|qwerty|welcome|abc|demo|dev|local|user|example|sample|dummy|default)[-_.!]?\d{1,6}!?$/i;

/** True when a password is a documentation or default value, compared whole. */
export function isDocumentationPassword(value: string): boolean {
  const v = value.trim();
  if (v.length === 0 || LITERAL.test(v) || DOC_PASSWORDS.test(v)) return true;
  const squashed = v.replace(/[\s_.-]+/g, '');
  return squashed.length > 0 && squashed.length <= 48 && PLACEHOLDER.test(squashed);
}

/** The text a base64 value encodes, when it is printable ASCII (`dXNlcjpwYXNz` → `user:pass`). */
function decodedText(v: string): string | null {
  if (v.length % 4 !== 0 || !/^[A-Za-z0-9+/]{8,}={0,2}$/.test(v)) return null;
  const text = Buffer.from(v, 'base64').toString('latin1');
  return /^[\x20-\x7e]+$/.test(text) ? text : null;
}

/** A base64 value that encodes prose or a documentation `user:password` pair. */
function encodesNoSecret(v: string): boolean {
  const text = decodedText(v);
  if (text === null) return false;
  const password = text.slice(text.indexOf(':') + 1);
  return /\s/.test(text) || SELF_DESCRIBING.test(text) || isDocumentationPassword(password);
}

/** True when a generic rule's value is evidently not a credential (see file comment). */
export function isNotASecret(value: string): boolean {
  const v = value.trim();
  return (
    isDocumentationPassword(v) ||
    WEAK_COUNTED.test(v) ||
    (WORDY.test(v) && !randomCase(v)) ||
    CODE_CALL.test(v) ||
    MEMBER_ACCESS.test(v) ||
    REFERENCE.test(v) ||
    REGEX_SOURCE.test(v) ||
    URL.test(v) ||
    isPath(v) ||
    FILE_NAME.test(v) ||
    UUID.test(v) ||
    HASH.test(v) ||
    VERSION.test(v) ||
    NUMERIC.test(v) ||
    EMAIL.test(v) ||
    IP.test(v) ||
    SELF_DESCRIBING.test(v) ||
    NON_ASCII.test(v) ||
    new Set(v.match(FABRICATED)?.map((m) => m.toLowerCase())).size >= 2 ||
    encodesNoSecret(v) ||
    /^data:/i.test(v) ||
    /\s/.test(v)
  );
}

/** At least `n` distinct characters: `aaaa1111` is no password however long. */
export function hasVariety(value: string, n: number): boolean {
  return new Set(value).size >= n;
}
