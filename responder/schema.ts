// A few composable validators for data that arrives untyped: webhook bodies, Slack payloads
// and job data read back from Redis. A failure names the path and what was expected.

export type Schema<T> = (value: unknown, path: string) => T;
export type Infer<S> = S extends Schema<infer T> ? T : never;

export class SchemaError extends Error {
  override name = 'SchemaError';
}

function fail(path: string, expected: string, value: unknown): never {
  const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
  throw new SchemaError(`${path}: expected ${expected}, got ${got}`);
}

export const string =
  (pattern?: RegExp, example?: string): Schema<string> =>
  (v, path) => {
    if (typeof v !== 'string' || v.length === 0) fail(path, 'a non-empty string', v);
    if (pattern && !pattern.test(v))
      throw new SchemaError(`${path}: does not look right${example ? `, expected e.g. ${example}` : ''}`);
    return v;
  };

export const integer =
  (min = 0): Schema<number> =>
  (v, path) => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min) fail(path, `a whole number ≥ ${min}`, v);
    return v;
  };

export const boolean: Schema<boolean> = (v, path) => (typeof v === 'boolean' ? v : fail(path, 'true or false', v));

export const oneOf =
  <const T extends string>(...values: T[]): Schema<T> =>
  (v, path) => {
    if (typeof v !== 'string' || !(values as string[]).includes(v)) fail(path, `one of ${values.join(', ')}`, v);
    return v as T;
  };

export const optional =
  <T>(s: Schema<T>): Schema<T | undefined> =>
  (v, path) =>
    v === undefined || v === null ? undefined : s(v, path);

export const array =
  <T>(s: Schema<T>): Schema<T[]> =>
  (v, path) => {
    if (!Array.isArray(v)) fail(path, 'an array', v);
    return v.map((item, i) => s(item, `${path}[${i}]`));
  };

type Shape = Record<string, Schema<unknown>>;
type FromShape<S extends Shape> = { [K in keyof S as undefined extends Infer<S[K]> ? never : K]: Infer<S[K]> } & {
  [K in keyof S as undefined extends Infer<S[K]> ? K : never]?: Infer<S[K]>;
};

/** Checks the listed fields and keeps only them; unknown fields are dropped. */
export const object =
  <S extends Shape>(shape: S): Schema<FromShape<S>> =>
  (v, path) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'an object', v);
    const out: Record<string, unknown> = {};
    for (const [k, s] of Object.entries(shape)) {
      const value = s((v as Record<string, unknown>)[k], `${path}.${k}`);
      if (value !== undefined) out[k] = value;
    }
    return out as FromShape<S>;
  };

export function parse<T>(schema: Schema<T>, value: unknown, root = 'data'): T {
  return schema(value, root);
}
