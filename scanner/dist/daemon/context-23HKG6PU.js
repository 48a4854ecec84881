
import {
  createThrottle,
  ratePerMinuteOf
} from "./chunk-RT4X7MT4.js";
import "./chunk-ADJRYMAS.js";

// scanner/verify/context.ts
var DEFAULT_TIMEOUT_MS = 1e4;
function cliProviderContext(overrides = {}) {
  return {
    fetch: (url, init) => fetch(url, init),
    env: process.env,
    timeoutMs: Number(process.env.LEAKHOUND_VERIFY_TIMEOUT_MS) || DEFAULT_TIMEOUT_MS,
    throttle: createThrottle(ratePerMinuteOf),
    options: { "github.revokeGatherMs": 0 },
    ...overrides
  };
}
export {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
};
