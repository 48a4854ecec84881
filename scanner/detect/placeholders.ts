// Values that are shaped like a secret slot but are not a secret: template variables,
// environment lookups, masked or filler values. Checked for every rule.

const TEMPLATE =
  /\$\{[^}]*\}|\$\{\{|\{\{[^}]*\}\}|\$\([^)]*\)|%\([\w.]+\)s|<%=?|^<[^<>]+>$|^\$[A-Za-z_][A-Za-z0-9_]*$|^%[A-Za-z_][A-Za-z0-9_]*%$/;
const ENV_LOOKUP = /process\.env|os\.environ|os\.getenv|getenv\(|ENV\[|System\.getenv|secrets\.[A-Za-z_]/;
const FILLER = /x{5,}|X{5,}|\*{3,}|\.{4,}|#{4,}|•{3,}|(?:0{8,}|1{8,}|9{8,})/;
const WORDS =
  /example|placeholder|redacted|changeme|change[_-]me|your[_-]?(?:api[_-]?)?(?:key|token|secret|password)|insert[_-]?(?:your|key|token)|replace[_-]?me|dummy[_-]?(?:key|token|secret)|fake[_-]?(?:key|token|secret)/i;

export function isPlaceholder(secret: string): boolean {
  if (TEMPLATE.test(secret) || ENV_LOOKUP.test(secret) || FILLER.test(secret) || WORDS.test(secret)) return true;
  return lowVariety(secret);
}

/** A long value built from very few distinct characters (`abababab…`, `00000000…`). */
function lowVariety(secret: string): boolean {
  if (secret.length < 12) return false;
  const distinct = new Set(secret).size;
  return distinct <= 3 || (secret.length >= 24 && distinct <= 5);
}
