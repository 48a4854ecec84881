import {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
} from "./chunk-6LIDUG7Y.js";
import "./chunk-4CP2X7GZ.js";
export {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
};
