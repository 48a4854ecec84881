// Every provider's fixtures, listed explicitly beside rules/index.ts. Test-only.
import type { RuleFixtures } from './types.js';
import { fixtures as aws } from './aws/fixtures.js';
// imports: cloud, code hosts, chat, keys, package registries, mail (keep sorted within)
// imports: AI, SaaS, databases, URLs, files, generic (keep sorted within)

export const allFixtures: (() => RuleFixtures)[] = [
  aws,
  // fixtures: cloud, code hosts, chat, keys, package registries, mail
  // fixtures: AI, SaaS, databases, URLs, files, generic
];
