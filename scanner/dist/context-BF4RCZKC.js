import {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
} from "./chunk-AYJYXBS6.js";
import "./chunk-RL5LP6NW.js";
export {
  DEFAULT_TIMEOUT_MS,
  cliProviderContext
};
