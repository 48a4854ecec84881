import {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
} from "./chunk-3LPDW5BT.js";
import "./chunk-A5M26ZJC.js";
export {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
};
