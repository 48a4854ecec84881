// Every built-in detection rule, listed explicitly. Worker threads load this file, so each
// rule module imported here must stay free of I/O.
import type { Rule } from './types.js';
import { rules as aws } from './aws/rule.js';

export const defaultRules: Rule[] = [
  ...aws,
];
