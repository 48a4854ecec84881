
import {
  defaultRules
} from "./chunk-CBIVLD7W.js";
import {
  defaultAllowlists
} from "./chunk-QZ26FPVB.js";

// scanner/config/defaults.ts
function defaultScanConfig() {
  return { rules: defaultRules, allowlists: defaultAllowlists, file: null, warnings: [] };
}

export {
  defaultScanConfig
};
