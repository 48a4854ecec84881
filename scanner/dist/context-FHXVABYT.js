import {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
} from "./chunk-4H65IO3Y.js";
import "./chunk-UN56HLIW.js";
export {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
};
