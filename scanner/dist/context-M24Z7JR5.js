import {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
} from "./chunk-R2C6IN3L.js";
import "./chunk-RVO45UAX.js";
export {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
};
