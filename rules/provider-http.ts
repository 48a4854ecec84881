// How providers talk HTTP: one place that resolves a provider's origin (its official host, or
// the documented LEAKHOUND_<PROVIDER>_API_URL override), sends with a deadline and without
// following redirects (a redirect could carry the secret to another host), and turns what came
// back into live / invalid / unknown. Reasons never repeat the secret or the provider's error
// text verbatim, and network errors are named by code only: their messages can hold the URL,
// and some credentials (webhook URLs, Telegram bot tokens) are part of the URL.
import type { Provider, ProviderContext, Verification } from './provider.js';

export class ProviderConfigError extends Error {
  override name = 'ProviderConfigError';
}

/** `LEAKHOUND_GITHUB_API_URL` for `github`. */
export function overrideVariable(providerId: string): string {
  return `LEAKHOUND_${providerId.toUpperCase().replace(/-/g, '_')}_API_URL`;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The origin (and base path) to send a provider's requests to, without a trailing slash. */
export function apiBase(p: Pick<Provider, 'id' | 'apiUrl'>, ctx: Pick<ProviderContext, 'env'>): string {
  const name = overrideVariable(p.id);
  const raw = ctx.env[name];
  if (!raw) return p.apiUrl.replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ProviderConfigError(`${name} is not a URL: expected e.g. https://api.example.com`);
  }
  // Plain HTTP only to this machine (stand-ins and emulators); anything else must be TLS.
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new ProviderConfigError(`${name} must be an https:// URL (http:// is accepted for localhost only)`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new ProviderConfigError(`${name} must not carry credentials, a query or a fragment`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  /** Parsed JSON when the body is JSON, else the text (at most 64 KiB read). */
  body: unknown;
}

export class ProviderCallError extends Error {
  override name = 'ProviderCallError';
  constructor(
    readonly kind: 'timeout' | 'network' | 'config',
    message: string,
  ) {
    super(message);
  }
}

export interface CallOptions {
  method?: string;
  /** Appended to the provider's base; must start with `/`. */
  path: string;
  headers?: Record<string, string>;
  /** JSON-encoded unless a string (sent as is) or URLSearchParams. */
  body?: unknown;
  /** Use this base instead of the provider's (already resolved through `apiBase`). */
  base?: string;
}

/** One request to the provider's own host. Throws ProviderCallError for timeouts and network failures. */
export async function call(p: Provider, ctx: ProviderContext, opts: CallOptions): Promise<HttpAnswer> {
  let base: string;
  try {
    base = opts.base ?? apiBase(p, ctx);
  } catch (err) {
    throw new ProviderCallError('config', (err as Error).message);
  }
  await ctx.throttle?.(p.id);
  const headers: Record<string, string> = { 'user-agent': 'leakhound', accept: 'application/json', ...opts.headers };
  let body: string | URLSearchParams | undefined;
  if (opts.body instanceof URLSearchParams) {
    body = opts.body;
  } else if (typeof opts.body === 'string') {
    body = opts.body;
  } else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['content-type'] ??= 'application/json';
  }
  let res: Response;
  try {
    res = await ctx.fetch(`${base}${opts.path}`, {
      method: opts.method ?? 'GET',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(ctx.timeoutMs),
    });
  } catch (err) {
    const e = err as { name?: string; cause?: { code?: string } };
    if (e?.name === 'TimeoutError' || e?.name === 'AbortError') {
      throw new ProviderCallError('timeout', `${p.name} did not answer within ${ctx.timeoutMs} ms`);
    }
    throw new ProviderCallError(
      'network',
      `could not reach ${p.name} (${e?.cause?.code ?? e?.name ?? 'network error'})`,
    );
  }
  const text = (await res.text().catch(() => '')).slice(0, 65536);
  let parsed: unknown = text;
  if (text && /json/i.test(res.headers.get('content-type') ?? '')) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  return { status: res.status, headers: res.headers, body: parsed };
}

/** Reads a string field from a JSON body by path, or undefined. */
export function field(body: unknown, ...path: string[]): string | undefined {
  let v: unknown = body;
  for (const k of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

/** Only short identifier-like values from a provider's answer make it into a reason. */
export function safeText(value: string | undefined, secret: string): string | undefined {
  if (value === undefined) return undefined;
  const clean = value.replace(/[^\w .@:/+-]/g, '').slice(0, 80);
  // An empty secret means the caller has none to hand (a `live` reason): nothing to compare with.
  return clean && (!secret || (!clean.includes(secret) && !secret.includes(clean))) ? clean : undefined;
}

/** The answers every provider shares: rate limits, server errors, redirects, anything unexpected. */
export function unexpected(p: Pick<Provider, 'name'>, a: HttpAnswer): Verification {
  if (a.status === 429) {
    const after = a.headers.get('retry-after') ?? a.headers.get('x-ratelimit-reset-after');
    return { state: 'unknown', reason: `rate limited by ${p.name}${after ? `; retry after ${after} s` : ''}` };
  }
  if (a.status >= 500) return { state: 'unknown', reason: `${p.name} answered HTTP ${a.status} (server error)` };
  if (a.status >= 300 && a.status < 400)
    return { state: 'unknown', reason: `${p.name} redirected (HTTP ${a.status}); not followed` };
  return { state: 'unknown', reason: `${p.name} answered an unexpected HTTP ${a.status}` };
}

/** A call that failed before an answer: timeout, network or configuration. */
export function unreachable(err: unknown): Verification {
  if (err instanceof ProviderCallError) return { state: 'unknown', reason: err.message };
  throw err;
}

export interface HttpVerifyOptions {
  method?: string;
  path: string;
  headers: (c: { secret: string; pair?: string }) => Record<string, string>;
  body?: unknown;
  /** Reason for a 2xx answer, from its body. */
  live: (a: HttpAnswer) => string;
  /** Statuses meaning the credential is not valid (default 401 and 403). */
  invalid?: number[];
  /** Override for answers that need provider knowledge (e.g. a 200 with `ok: false`). */
  classify?: (a: HttpAnswer) => Verification | undefined;
}

/** The common shape: one authenticated read-only call, 2xx live, 401/403 invalid, anything else unknown. */
export function httpVerifier(options: HttpVerifyOptions): NonNullable<Provider['verify']> {
  return async function verify(this: Provider, credential, ctx) {
    let a: HttpAnswer;
    try {
      a = await call(this, ctx, {
        method: options.method,
        path: options.path,
        headers: options.headers(credential),
        body: options.body,
      });
    } catch (err) {
      return unreachable(err);
    }
    const special = options.classify?.(a);
    if (special) return special;
    if (a.status >= 200 && a.status < 300) return { state: 'live', reason: options.live(a) };
    if ((options.invalid ?? [401, 403]).includes(a.status)) {
      return { state: 'invalid', reason: `${this.name} rejected the credential (HTTP ${a.status})` };
    }
    return unexpected(this, a);
  };
}

export const bearer = ({ secret }: { secret: string }): Record<string, string> => ({
  authorization: `Bearer ${secret}`,
});
