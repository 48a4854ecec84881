import {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
} from "./chunk-CMQFLWLK.js";
import "./chunk-VNAKQETJ.js";
export {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
};
