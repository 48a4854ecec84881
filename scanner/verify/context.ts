// The network context the CLI gives providers: the global fetch, the process environment for
// the LEAKHOUND_<PROVIDER>_API_URL overrides, a deadline per call, and one throttle per run that
// keeps each provider under its published rate.
import type { ProviderContext } from '../../rules/provider.js';
import { ratePerMinuteOf } from '../../rules/providers.js';
import { createThrottle } from '../../rules/rate-limit.js';

export const DEFAULT_TIMEOUT_MS = 10_000;

export function cliProviderContext(overrides: Partial<ProviderContext> = {}): ProviderContext {
  return {
    fetch: (url, init) => fetch(url, init),
    env: process.env,
    timeoutMs: Number(process.env.LEAKHOUND_VERIFY_TIMEOUT_MS) || DEFAULT_TIMEOUT_MS,
    throttle: createThrottle(ratePerMinuteOf),
    options: { 'github.revokeGatherMs': 0 },
    ...overrides,
  };
}
