
import {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
} from "./chunk-KTPP3QHW.js";
import "./chunk-HT23366G.js";
import "./chunk-WJDBHJ4B.js";
export {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
};
