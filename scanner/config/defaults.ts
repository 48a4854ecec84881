// The config a scan runs with when there is no config file. Apart from parse.ts, so a run with
// the defaults (a pre-commit hook, usually) never loads the TOML and Go-regex parsers.
import { defaultAllowlists } from '../../rules/global-allowlist.js';
import { defaultRules } from '../../rules/index.js';
import type { ScanConfig } from './types.js';

export function defaultScanConfig(): ScanConfig {
  return { rules: defaultRules, allowlists: defaultAllowlists, file: null, warnings: [] };
}
