import {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
} from "./chunk-LNDCRZKP.js";
import "./chunk-M3GXUEFW.js";
export {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
};
