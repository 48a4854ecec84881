// Every built-in detection rule, listed explicitly. Worker threads load this file, so each
// rule module imported here must stay free of I/O.
import type { Rule } from './types.js';
import { rules as aws } from './aws/rule.js';
// imports: cloud, code hosts, chat, keys, package registries, mail (keep sorted within)
// imports: AI, SaaS, databases, URLs, files, generic (keep sorted within)

export const defaultRules: Rule[] = [
  ...aws,
  // rules: cloud, code hosts, chat, keys, package registries, mail
  // rules: AI, SaaS, databases, URLs, files, generic
];
