// Bearer-token guards for the operational endpoints, compared in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { unauthorized } from './errors.js';

/** Unset token: the endpoint is disabled and says which variable enables it. */
export function requireBearer(expected: string | undefined, variable: string, what: string): MiddlewareHandler {
  return async (c, next) => {
    if (!expected) throw unauthorized(`${what} is disabled: set ${variable}`);
    const given = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (!given || !sameToken(given, expected)) {
      c.header('WWW-Authenticate', 'Bearer realm="leakhound"');
      throw unauthorized(`expected Authorization: Bearer <${variable}>`);
    }
    await next();
  };
}

export function sameToken(given: string, expected: string): boolean {
  const h = (v: string): Buffer => createHash('sha256').update(v).digest();
  return timingSafeEqual(h(given), h(expected));
}
