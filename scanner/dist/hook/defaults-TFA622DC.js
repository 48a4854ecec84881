
import {
  defaultScanConfig
} from "./chunk-OC2RRANO.js";
import "./chunk-5XKUI25R.js";
import "./chunk-CCY5KY2Z.js";
export {
  defaultScanConfig
};
