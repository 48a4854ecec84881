// Regex builder for provider rules that recognise a credential by the name it is assigned
// to (`DATADOG_API_KEY=…`, `cloudflare_token: …`) rather than by a prefix of its own.

/**
 * A declared type between a name and its `=`: `key: string =` (TypeScript), `val k: String =`
 * (Kotlin, Swift), `k: &str =` (Rust), `k: str =` (Python), `var k string =` (Go). Without it,
 * every typed declaration of a credential would go unseen.
 */
export const TYPED_ASSIGN = String.raw`:[ \t]{0,3}&?[A-Za-z_][\w.]{0,30}(?:<[^<>\r\n]{0,40}>)?\??[ \t]{0,3}=|[ \t]{1,3}(?:string|String|str)[ \t]{0,3}=`;

/** Ends a token: a character the token's alphabet does not have, or the end of the text. */
export const TOKEN_END = String.raw`(?:[^A-Za-z0-9_-]|$)`;

/**
 * `<name><more identifier> <operator> <value>` on one line, case-insensitive. `name` and
 * `value` are regex sources; the value is capture group 1, so `name` must not capture.
 */
export function assignedTo(name: string, value: string, end: string = TOKEN_END): RegExp {
  return new RegExp(
    String.raw`${name}[\w.-]{0,30}?(?:\\?["'\x60]|\]){0,3}[ \t]{0,3}(?:${TYPED_ASSIGN}|={1,2}|:={1,2}|=>|:|,|\()[ \t]{0,3}(?:\\?["'\x60])?(${value})${end}`,
    'i',
  );
}
