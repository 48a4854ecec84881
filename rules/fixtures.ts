// Every provider's fixtures, listed explicitly beside rules/index.ts. Test-only.
import type { RuleFixtures } from './types.js';
import { fixtures as aws } from './aws/fixtures.js';

export const allFixtures: (() => RuleFixtures)[] = [
  aws,
];
