// A tiny loopback HTTP server that records every request, for stand-ins of APIs no emulator
// covers. Handlers answer like the real API documents.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Route = (
  req: Recorded,
  params: string[],
) => { status?: number; json?: unknown; text?: string; headers?: Record<string, string> } | undefined;

export interface StandIn {
  url: string;
  requests: Recorded[];
  close(): Promise<void>;
}

export async function startStandIn(routes: [method: string, pattern: RegExp, route: Route][]): Promise<StandIn> {
  const requests: Recorded[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const rec: Recorded = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      };
      requests.push(rec);
      const pathname = rec.path.split('?')[0] ?? '/';
      for (const [method, pattern, route] of routes) {
        const m = method === rec.method ? pattern.exec(pathname) : null;
        if (!m) continue;
        const out = route(rec, m.slice(1));
        if (!out) break;
        const type = out.text === undefined ? 'application/json' : 'text/plain';
        res.writeHead(out.status ?? 200, { 'content-type': type, ...out.headers });
        res.end(out.text ?? (out.json === undefined ? '' : JSON.stringify(out.json)));
        return;
      }
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'Not Found' }));
    });
  });
  return { ...(await listenOnLoopback(server)), requests };
}

/** Listens on a free loopback port; `close` also ends kept-alive connections, so tests never hang on it. */
export async function listenOnLoopback(server: Server): Promise<{ url: string; close: () => Promise<void> }> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
