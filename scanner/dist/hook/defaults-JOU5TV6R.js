
import {
  defaultScanConfig
} from "./chunk-GXV7S4L3.js";
import "./chunk-PQWV5MZN.js";
import "./chunk-5XKUI25R.js";
import "./chunk-CCY5KY2Z.js";
export {
  defaultScanConfig
};
