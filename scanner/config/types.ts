import type { Allowlist, Rule } from '../../rules/types.js';

/** The detection settings a scan runs with, from a config file or the built-in defaults. */
export interface ScanConfig {
  title?: string;
  description?: string;
  rules: Rule[];
  /** Global allowlists. Allowlists with `targetRules` are attached to those rules instead. */
  allowlists: Allowlist[];
  /** The config file these came from; null for the built-in defaults. */
  file: string | null;
  /** Megabytes, like `--max-file-size` (a leakhound key; gitleaks ignores it). */
  maxFileSize?: number;
  /** Things that load but probably do not do what the author meant; the CLI prints them. */
  warnings: string[];
}

/**
 * Texts of the files that `[extend] path` names, keyed by the path as parseConfig resolves
 * it (relative to the directory of the config that names it). loadConfig reads them.
 */
export type ExtendedTexts = Readonly<Record<string, string>>;
