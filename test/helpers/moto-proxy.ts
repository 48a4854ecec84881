// A loopback proxy in front of moto that records which AWS actions were called and can hold
// or fail chosen actions: how tests kill a worker in the middle of a revocation, restart Redis
// mid-flow, or exhaust a step's retries.
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface MotoProxy {
  url: string;
  /** Every action seen, in order (e.g. `UpdateAccessKey`). */
  actions: string[];
  /** Requests for these actions wait (unanswered) until `release()`. */
  hold(action: string): void;
  /** Number of requests being held right now. */
  held(): number;
  /** Forwards the held requests (or drops them with `{ drop: true }`) and stops holding. */
  release(opts?: { drop?: boolean }): void;
  /** Answers these actions with an HTTP 500 ServiceFailure instead of forwarding. */
  fail(action: string | undefined): void;
  close(): Promise<void>;
}

export async function startMotoProxy(target: string): Promise<MotoProxy> {
  const actions: string[] = [];
  let holding: string | undefined;
  let failing: string | undefined;
  let waiting: { forward: () => void; drop: () => void }[] = [];
  const forward = (req: IncomingMessage, body: Buffer, res: ServerResponse): void => forwardTo(target, req, body, res);

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const action = actionOf(req, body.toString());
      actions.push(action);
      if (failing === action) {
        res.writeHead(500, { 'content-type': 'text/xml' });
        res.end(
          `<ErrorResponse><Error><Type>Receiver</Type><Code>ServiceFailure</Code><Message>injected</Message></Error><RequestId>x</RequestId></ErrorResponse>`,
        );
        return;
      }
      if (holding === action) {
        waiting.push({ forward: () => forward(req, body, res), drop: () => res.destroy() });
        return;
      }
      forward(req, body, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    actions,
    hold: (a) => {
      holding = a;
    },
    held: () => waiting.length,
    release: (opts = {}) => {
      holding = undefined;
      const w = waiting;
      waiting = [];
      for (const h of w) (opts.drop ? h.drop : h.forward)();
    },
    fail: (a) => {
      failing = a;
    },
    close: () =>
      new Promise<void>((r) => {
        for (const h of waiting) h.drop();
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

function actionOf(req: IncomingMessage, body: string): string {
  const target = req.headers['x-amz-target'];
  if (typeof target === 'string') return target.split('.').pop() ?? target;
  return (
    new URLSearchParams(body).get('Action') ??
    new URL(req.url ?? '/', 'http://x').searchParams.get('Action') ??
    'unknown'
  );
}

/** Sends `req` (with its already-read `body`) on to `target` unchanged and pipes the answer back; 502 if it is unreachable. */
export function forwardTo(target: string, req: IncomingMessage, body: Buffer | string, res: ServerResponse): void {
  const t = new URL(target);
  const up = request(
    { host: t.hostname, port: t.port, path: req.url, method: req.method, headers: req.headers },
    (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    },
  );
  up.on('error', () => {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  up.end(body);
}
