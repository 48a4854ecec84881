import {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
} from "./chunk-454563IT.js";
import "./chunk-HYDQ2XLJ.js";
export {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
};
