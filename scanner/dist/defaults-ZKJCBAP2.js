
import {
  defaultScanConfig
} from "./chunk-HS2TACJE.js";
import "./chunk-K5FRZ4VA.js";
import "./chunk-5XKUI25R.js";
import "./chunk-CCY5KY2Z.js";
export {
  defaultScanConfig
};
