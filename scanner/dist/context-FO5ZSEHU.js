
import {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
} from "./chunk-SHB6JCGJ.js";
import "./chunk-SVFWS7FN.js";
import "./chunk-WJDBHJ4B.js";
export {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
};
