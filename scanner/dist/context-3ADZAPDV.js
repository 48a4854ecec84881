
import {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
} from "./chunk-GTRUSY7E.js";
import "./chunk-TQGN7ILP.js";
import "./chunk-CCY5KY2Z.js";
export {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
};
