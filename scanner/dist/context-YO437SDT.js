import {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
} from "./chunk-B4AYRWSK.js";
import "./chunk-VY64FPEB.js";
export {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
};
