import {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
} from "./chunk-BARB3OOL.js";
import "./chunk-O7XEJAHV.js";
export {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
};
