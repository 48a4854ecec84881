import {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
} from "./chunk-KBLO5V5L.js";
import "./chunk-ARNBLFMX.js";
export {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
};
