import {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
} from "./chunk-6NAXNKMK.js";
import "./chunk-WT6FKNZV.js";
export {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
};
