
import {
  extendPathKey,
  extendPathOf,
  parseConfig
} from "./chunk-NNR334YU.js";
import "./chunk-NS4ILB2U.js";
import "./chunk-HS2TACJE.js";
import "./chunk-K5FRZ4VA.js";
import "./chunk-HMAL4YWE.js";
import "./chunk-5XKUI25R.js";
import "./chunk-CCY5KY2Z.js";
export {
  extendPathKey,
  extendPathOf,
  parseConfig
};
