
import {
  extendPathKey,
  extendPathOf,
  parseConfig
} from "./chunk-5C63IWKE.js";
import "./chunk-NS4ILB2U.js";
import "./chunk-HMAL4YWE.js";
import "./chunk-2KDCYPRX.js";
import "./chunk-K5FRZ4VA.js";
import "./chunk-PQWV5MZN.js";
import "./chunk-5XKUI25R.js";
import "./chunk-CCY5KY2Z.js";
export {
  extendPathKey,
  extendPathOf,
  parseConfig
};
