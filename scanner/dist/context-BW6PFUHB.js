import {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
} from "./chunk-QRYAFKHD.js";
import "./chunk-26HAOUMI.js";
import "./chunk-TXSIJIW6.js";
export {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
};
