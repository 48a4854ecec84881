
import {
  defaultRules
} from "./chunk-K5FRZ4VA.js";
import {
  defaultAllowlists
} from "./chunk-PQWV5MZN.js";

// scanner/config/defaults.ts
function defaultScanConfig() {
  return { rules: defaultRules, allowlists: defaultAllowlists, file: null, warnings: [] };
}

export {
  defaultScanConfig
};
