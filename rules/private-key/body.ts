// Building blocks for multi-line key blocks, shared with rules that find keys inside a
// provider's own file format (the GCP service-account JSON).

/** A line break: a real one, or the `\n` escape of a key pasted into a JSON or YAML string. */
export const NL = String.raw`(?:\r?\n|(?:\\r)?\\n)`;

/** Between two lines of a block: trailing blanks, the break, and indentation (YAML, heredocs). */
export const SEP = `[ \\t]{0,16}${NL}[ \\t]{0,40}`;

const B64_LINE = '[A-Za-z0-9+/=]{1,4096}';

/** One capture group holding the base64 lines of a key, from the first to the last. */
export function bodyGroup(sep: string = SEP, maxLines = 400): string {
  return `(${B64_LINE}(?:${sep}${B64_LINE}){0,${maxLines}})`;
}

/**
 * True when a captured body can be a real key: enough base64 once line breaks are removed,
 * and varied (a pasted `AAAA…` or a short sample is not a key).
 */
export function isKeyBody(body: string, minLength = 64): boolean {
  const b64 = body.replace(/\\[rn]|\s/g, '');
  return b64.length >= minLength && new Set(b64).size >= 16;
}
