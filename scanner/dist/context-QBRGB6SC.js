import {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
} from "./chunk-ZOU6STCV.js";
import "./chunk-UP4GSJTD.js";
export {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
};
