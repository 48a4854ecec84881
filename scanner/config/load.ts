// loadConfig: finds and reads the config file(s); parsing stays in parse.ts.
import { join } from 'node:path';
import { ConfigError } from '../errors.js';
import { readOptional } from '../read-optional.js';
import type { ExtendedTexts, ScanConfig } from './types.js';

export type { ExtendedTexts, ScanConfig } from './types.js';

/** Looked for at the scan root, in this order, when there is no `--config`. */
export const CONFIG_FILES = ['leakhound.toml', '.gitleaks.toml'] as const;

export interface LoadedConfig {
  config: ScanConfig;
  /** The config text, for worker threads to rebuild the rules with parseConfig; null for defaults. */
  text: string | null;
  file: string | null;
  /** Texts of the files `[extend] path` names; workers pass them to parseConfig too. */
  extended: ExtendedTexts;
}

export interface LoadOptions {
  /** `--config FILE`: must exist. */
  configPath?: string;
  /** The scan root, where `leakhound.toml` or `.gitleaks.toml` is looked for. */
  root: string;
  /**
   * The texts the scan will read, when known before the rules load (a staged check), or null.
   * With no config file, only the built-in rules they can wake load (see woken-rules.ts);
   * with one, every rule does, since the config may name any of them.
   */
  wokenBy?: Promise<readonly string[] | null>;
}

export async function loadConfig(options: LoadOptions): Promise<LoadedConfig> {
  const found = options.configPath !== undefined ? await readGiven(options.configPath) : await findAtRoot(options.root);
  if (!found) {
    if (options.wokenBy) {
      const config = await (await import('./woken-rules.js')).configWokenBy(options.wokenBy);
      if (config) return { config, text: null, file: null, extended: {} };
    }
    // The rules load on first use, not with the command, so a hook's git runs meanwhile.
    const { defaultScanConfig } = await import('./defaults.js');
    return { config: defaultScanConfig(), text: null, file: null, extended: {} };
  }
  // The TOML and Go-regex parsers load only for a config file: most runs (hooks) have none.
  const parse = await import('./parse.js');
  const extended = await readExtended(parse, found.text, found.file);
  return {
    config: parse.parseConfig(found.text, found.file, extended),
    text: found.text,
    file: found.file,
    extended,
  };
}

async function readGiven(file: string): Promise<{ text: string; file: string }> {
  const text = await readIfExists(file);
  if (text === null) throw new ConfigError('config file not found; check the --config path', file);
  return { text, file };
}

async function findAtRoot(root: string): Promise<{ text: string; file: string } | null> {
  for (const name of CONFIG_FILES) {
    const file = join(root, name);
    const text = await readIfExists(file);
    if (text !== null) return { text, file };
  }
  return null;
}

/** Follows `[extend] path` as far as parseConfig will (it ignores deeper levels). */
async function readExtended(
  { extendPathKey, extendPathOf }: typeof import('./parse.js'),
  text: string,
  file: string,
): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  let current = { text, file };
  for (let depth = 0; depth < 2; depth++) {
    const path = extendPathOf(current.text, current.file);
    if (path === undefined) break;
    const key = extendPathKey(current.file, path);
    const next = texts[key] ?? (await readIfExists(key));
    if (next === null) {
      throw new ConfigError(
        `[extend] path ${path} not found (looked for ${key}); the path is relative to this config file`,
        current.file,
      );
    }
    texts[key] = next;
    current = { text: next, file: key };
  }
  return texts;
}

function readIfExists(file: string): Promise<string | null> {
  return readOptional(file, (code, cause) =>
    code === 'EISDIR'
      ? new ConfigError('is a directory, not a config file; name a TOML file', file)
      : code === 'ENOTREG'
        ? new ConfigError('is not a regular file (a FIFO, device or link to one); name a TOML file', file)
        : new ConfigError(`cannot read the config file (${code}); check its permissions`, file, { cause }),
  );
}
