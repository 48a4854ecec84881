
import {
  defaultScanConfig
} from "./chunk-2KDCYPRX.js";
import "./chunk-K5FRZ4VA.js";
import "./chunk-PQWV5MZN.js";
import "./chunk-5XKUI25R.js";
import "./chunk-CCY5KY2Z.js";
export {
  defaultScanConfig
};
