import {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
} from "./chunk-5NRMFZAM.js";
import "./chunk-AD2LCCT6.js";
export {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
};
