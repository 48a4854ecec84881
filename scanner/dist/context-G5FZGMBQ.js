import {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
} from "./chunk-O2DGW4HA.js";
import "./chunk-K3TKKV5U.js";
export {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
};
