// What the credential-file rules share: a `name = value` shape that covers INI, YAML, shell,
// .properties, PHP and Python, and the judgement of a value found in a file whose path already
// says it holds credentials. There, a weak password is the finding (entropy does not matter);
// only documentation values, templates and masks are not.
import { classifyName, identifierWords } from '../generic/names.js';
import { isRealPassword } from '../url-credentials/userinfo.js';

/**
 * `name = value`, `name: value`, `'name' => 'value'`, `name value` (msmtprc, fish `set -gx`).
 * The regex starts at the credential word inside the name (V8 finds a literal fast) and the
 * rest of the name comes from the text in front (see fullName). Groups: 1 double-quoted, 2
 * single-quoted, 3 bare value. A bare value ends at the first character of its complement, so
 * nothing after it can fail and make the engine backtrack.
 */
export const KEY_VALUE = new RegExp(
  String.raw`(?:pass|pwd|secret|token|key|auth|cred|identity)[\w.$-]{0,30}["'\]]{0,3}(?:[ \t]{0,8}(?:=>|:=|[=:])[ \t]{0,8}|[ \t]{1,8})` +
    String.raw`(?:"([^"\r\n]{1,256})"|'([^'\r\n]{1,256})'|([^\s"'#;,(){}\[\]<>]{1,256})(?:[\s"'#;,(){}\[\]<>]|$))`,
  'i',
);

export const KEY_VALUE_KEYWORDS = ['pass', 'pwd', 'secret', 'token', 'key', 'auth', 'cred', 'identity'];

/** Names that are credentials in these files but that the generic word list leaves alone. */
const FILE_NAMES = new Set(['pass', 'passwd', 'password', 'identity', 'secret_key', 'api_key', 'dbpass']);
/** Words that say the value is about a credential but is no credential itself. */
const NOT_THE_VALUE = new Set([
  'id',
  'file',
  'path',
  'url',
  'uri',
  'type',
  'name',
  'user',
  'username',
  'hint',
  'cmd',
  'command',
  'helper',
  'length',
  'expiry',
  'expires',
  'ttl',
  'arn',
  'encrypted',
  'hash',
  'enabled',
  'required',
  'prompt',
  'policy',
  'header',
]);

/** The whole assigned name: the identifier characters in front of the match and the match's own. */
export function fullName(match: string, before: string): string {
  const head = /[\w.$-]{0,60}$/.exec(before)?.[0] ?? '';
  return (head + (/^[\w.$-]+/.exec(match)?.[0] ?? '')).replace(/^\$/, '');
}

/** True when `name` holds a credential: `DB_PASSWORD`, `secret_key`, `api-token`, not `password_file`. */
export function isCredentialName(name: string): boolean {
  const words = identifierWords(name);
  const last = words[words.length - 1];
  if (last === undefined || NOT_THE_VALUE.has(last)) return false;
  return FILE_NAMES.has(name.toLowerCase()) || classifyName(name) !== null;
}

/**
 * A real value for a credential name in a credential file: not a template, mask or
 * documentation value, and not the start of a call or lookup (`get_secret(`, `ENV[`).
 */
export function isFileCredential(secret: string, match: string, before: string): boolean {
  if (/[([{<]$/.test(match)) return false;
  return isCredentialName(fullName(match, before)) && isRealPassword(secret);
}
