// Typed reads from a parsed TOML table. gitleaks reads its config through viper, which
// matches keys case-insensitively, so `secretGroup`, `secretgroup` and `SecretGroup` all work
// here too. Unknown keys are ignored (newer gitleaks versions add some); a known key holding
// the wrong type is an error that names the key and shows an example.
import { parse, TomlError } from 'smol-toml';
import { ConfigError } from '../errors.js';

export type Table = Record<string, unknown>;

export function parseToml(text: string, file: string): Table {
  try {
    return parse(text) as Table;
  } catch (err) {
    if (!(err instanceof TomlError)) throw err;
    // The library's message quotes the surrounding lines, which may hold anything: keep only
    // the reason and the position.
    const reason = err.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '');
    throw new ConfigError(
      `invalid TOML at line ${err.line}, column ${err.column}: ${reason}; fix the syntax (see https://toml.io)`,
      file,
    );
  }
}

export class Fields {
  constructor(
    private readonly values: Table,
    /** Where this table is, for messages: `rule my-token`, `[extend]`, or '' at the top. */
    readonly where: string,
    readonly file: string,
  ) {}

  /** The same table, described differently in messages. */
  at(where: string): Fields {
    return new Fields(this.values, where, this.file);
  }

  fail(message: string): never {
    throw new ConfigError(this.where ? `${this.where}: ${message}` : message, this.file);
  }

  has(key: string): boolean {
    return this.raw(key) !== undefined;
  }

  string(key: string, example: string): string | undefined {
    return this.typed(key, 'a string', example, (v): v is string => typeof v === 'string');
  }

  number(key: string, example: string): number | undefined {
    return this.typed(key, 'a number', example, (v): v is number => typeof v === 'number' && Number.isFinite(v));
  }

  integer(key: string, example: string): number | undefined {
    return this.typed(key, 'a whole number', example, (v): v is number => Number.isInteger(v));
  }

  boolean(key: string, example: string): boolean | undefined {
    return this.typed(key, 'true or false', example, (v): v is boolean => typeof v === 'boolean');
  }

  strings(key: string, example: string): string[] | undefined {
    const value = this.typed(key, 'an array of strings', example, (v): v is unknown[] => Array.isArray(v));
    value?.forEach((item, i) => {
      if (typeof item !== 'string') this.wrongType(`${key}[${i}]`, 'a string', example, item);
    });
    return value as string[] | undefined;
  }

  /** A single table: `[rules.allowlist]`, `[extend]`. */
  table(key: string, where: string, example: string): Fields | undefined {
    const value = this.typed(key, 'a table', example, isTable);
    return value && new Fields(value, where, this.file);
  }

  /** An array of tables: `[[rules]]`, `[[allowlists]]`. */
  tables(key: string, where: (index: number) => string, example: string): Fields[] {
    const value = this.typed(key, 'an array of tables', example, (v): v is unknown[] => Array.isArray(v)) ?? [];
    return value.map((item, i) => {
      if (!isTable(item)) this.wrongType(`${key}[${i}]`, 'a table', example, item);
      return new Fields(item, where(i + 1), this.file);
    });
  }

  private raw(key: string): unknown {
    if (key in this.values) return this.values[key];
    const lower = key.toLowerCase();
    const found = Object.keys(this.values).find((k) => k.toLowerCase() === lower);
    return found === undefined ? undefined : this.values[found];
  }

  private typed<T>(key: string, expected: string, example: string, ok: (v: unknown) => v is T): T | undefined {
    const value = this.raw(key);
    if (value === undefined) return undefined;
    if (!ok(value)) this.wrongType(key, expected, example, value);
    return value;
  }

  private wrongType(key: string, expected: string, example: string, value: unknown): never {
    // The value itself is never echoed: a config line may hold anything.
    this.fail(`${key} must be ${expected} (e.g. ${example}), not ${describe(value)}`);
  }
}

function isTable(v: unknown): v is Table {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a whole number' : 'a number';
  if (typeof value === 'object' && value !== null) return 'a table';
  if (typeof value === 'boolean') return 'a boolean';
  return `a ${typeof value}`;
}
