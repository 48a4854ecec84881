import {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
} from "./chunk-UYLXLNJS.js";
import "./chunk-LWXHOMDQ.js";
export {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
};
