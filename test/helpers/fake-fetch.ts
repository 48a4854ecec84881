// An injected fetch for provider tests: answers from a handler and records every request, so
// a test can check where each secret went. No network.
import type { FetchLike } from '../../rules/provider.js';

export interface SentRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (req: SentRequest) => Answer | 'timeout' | 'network';

export function fakeFetch(handler: Handler): { fetch: FetchLike; sent: SentRequest[] } {
  const sent: SentRequest[] = [];
  const fetchImpl = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((v, k) => {
      headers[k] = v;
    });
    const body =
      typeof init.body === 'string' ? init.body : init.body instanceof URLSearchParams ? init.body.toString() : '';
    const req = {
      url: String(input instanceof Request ? input.url : input),
      method: init.method ?? 'GET',
      headers,
      body,
    };
    sent.push(req);
    const a = handler(req);
    if (a === 'timeout') throw new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    if (a === 'network') throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    const text = a.body === undefined ? '' : typeof a.body === 'string' ? a.body : JSON.stringify(a.body);
    const type = typeof a.body === 'string' ? 'text/plain' : 'application/json';
    return new Response(a.status === 204 ? null : text, {
      status: a.status,
      headers: { 'content-type': type, ...a.headers },
    });
  };
  return { fetch: fetchImpl as FetchLike, sent };
}
