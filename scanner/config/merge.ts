// gitleaks' `[extend]` semantics: the extended config's rules come first; a rule of the same
// id in the extending config is merged onto it (set fields replace, keywords/tags/allowlists
// add up); `disabledRules` drops extended rules; global allowlists add up.
import type { Rule } from '../../rules/types.js';
import type { RuleLayer } from './parse-rule.js';

export function toRule(layer: RuleLayer): Rule {
  return mergeRule({ id: layer.id, description: layer.id, severity: 'high', keywords: [] }, layer);
}

export function mergeRule(base: Rule, layer: RuleLayer): Rule {
  // A built-in validator checks the structure its own regex extracts; a new regex voids it.
  const { validate, re2, ...rest } = base;
  const rule: Rule = layer.regex || !validate ? rest : { ...rest, validate };
  if (!layer.regex && re2 !== undefined) rule.re2 = re2;
  if (layer.description !== undefined) rule.description = layer.description;
  if (layer.severity !== undefined) rule.severity = layer.severity;
  if (layer.regex !== undefined) rule.regex = layer.regex;
  if (layer.re2 !== undefined) rule.re2 = layer.re2;
  if (layer.path !== undefined) rule.path = layer.path;
  if (layer.secretGroup !== undefined) rule.secretGroup = layer.secretGroup;
  if (layer.entropy !== undefined) rule.entropy = layer.entropy;
  rule.keywords = union(base.keywords, layer.keywords);
  const tags = union(base.tags ?? [], layer.tags);
  if (tags.length > 0) rule.tags = tags;
  const allowlists = [...(base.allowlists ?? []), ...layer.allowlists];
  if (allowlists.length > 0) rule.allowlists = allowlists;
  return rule;
}

export function extendRules(
  base: Rule[],
  own: RuleLayer[],
  disabledRules: string[],
  baseName: string,
  warn: (message: string) => void,
): Rule[] {
  const baseIds = new Set(base.map((r) => r.id));
  const disabled = new Set(disabledRules);
  for (const id of disabled) {
    if (!baseIds.has(id)) warn(`disabledRules names ${id}, which is not a rule in ${baseName}`);
  }
  const ownById = new Map(own.map((l) => [l.id, l]));
  const rules: Rule[] = [];
  for (const rule of base) {
    if (disabled.has(rule.id)) continue;
    const layer = ownById.get(rule.id);
    rules.push(layer ? mergeRule(rule, layer) : rule);
  }
  // As in gitleaks, a rule that replaces a disabled one stands on its own.
  for (const layer of own) {
    if (!baseIds.has(layer.id) || disabled.has(layer.id)) rules.push(toRule(layer));
  }
  return rules;
}

/** How many capturing groups a regex has. */
export function groupCount(re: RegExp): number {
  return new RegExp(`${re.source}|`, re.flags.replace(/[gy]/g, '')).exec('')!.length - 1;
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}
