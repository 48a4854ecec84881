
import {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
} from "./chunk-VMV3HM5I.js";
import "./chunk-PRGDPWW7.js";
import "./chunk-CCY5KY2Z.js";
export {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
};
