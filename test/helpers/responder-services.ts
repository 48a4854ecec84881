// The real services the responder's end-to-end tests share within one test file: a Redis
// server, moto, and the recording proxy in front of moto. Started once per file.
import { afterAll, beforeAll } from 'vitest';
import { startMotoProxy, type MotoProxy } from './moto-proxy.js';
import { MOTO_MISSING, motoAvailable, startMoto, type MotoServer } from './moto-server.js';
import { REDIS_MISSING, redisServerAvailable, startRedis, type RedisServer } from './redis-server.js';

export interface ResponderServices {
  redis: RedisServer;
  moto: MotoServer;
  proxy: MotoProxy;
}

/** Why the suite cannot run here (a binary is not installed), or undefined when it can. */
export function servicesMissing(): string | undefined {
  return !redisServerAvailable() ? REDIS_MISSING : !motoAvailable() ? MOTO_MISSING : undefined;
}

/** Registers start-up and shut-down hooks in the calling describe; fields are set once started. */
export function servicesPerFile(): ResponderServices {
  const s = {} as ResponderServices;
  beforeAll(async () => {
    [s.redis, s.moto] = await Promise.all([startRedis(), startMoto()]);
    s.proxy = await startMotoProxy(s.moto.url);
  });
  afterAll(async () => {
    await s.proxy?.close();
    await Promise.all([s.redis?.stop(), s.moto?.stop()]);
  });
  return s;
}
