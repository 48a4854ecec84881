// `leakhound serve`: the HTTP side. It verifies, enqueues and answers; workers do the rest.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { type ResponderConfig, startupWarnings } from './config.js';
import { createApp } from './http/app.js';
import { closeServices, createServices, type ServiceOverrides, type Services } from './services.js';

export interface ServerHandle {
  port: number;
  services: Services;
  /** Stops accepting connections, finishes in-flight requests, disconnects. */
  close(): Promise<void>;
}

export async function startServer(config: ResponderConfig, overrides: ServiceOverrides = {}): Promise<ServerHandle> {
  const s = createServices(config, 'serve', overrides);
  const app = createApp(s);
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const srv = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(srv));
    srv.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  s.log.info('listening', { host: config.host, port });
  for (const w of startupWarnings(config, 'serve')) s.log.warn(w);
  return {
    port,
    services: s,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections would hold close() open; idle ones can go now.
        (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      });
      await closeServices(s);
      s.log.info('server stopped');
    },
  };
}
