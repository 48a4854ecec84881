// Whether a rule recognises a value on its own: its regex extracts exactly that value. Used to
// refuse sending a secret to a provider whose rules do not name it, and to tell which of a
// provider's rules a bare secret (from a GitHub alert) belongs to.
import type { Rule } from './types.js';

export function ruleMatchesWhole(rule: Rule, secret: string): boolean {
  if (!rule.regex) return false;
  const re = new RegExp(rule.regex.source, rule.regex.flags.replace('g', ''));
  const m = re.exec(secret);
  if (!m) return false;
  const group = rule.secretGroup ?? (m.length > 1 ? 1 : 0);
  return m[group] === secret;
}
