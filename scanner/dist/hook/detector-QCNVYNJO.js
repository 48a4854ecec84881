
import {
  Detector,
  INLINE_ALLOWED,
  secretHash
} from "./chunk-PAZ4DCPP.js";
import "./chunk-HMAL4YWE.js";
import "./chunk-5XKUI25R.js";
import "./chunk-CCY5KY2Z.js";
export {
  Detector,
  INLINE_ALLOWED,
  secretHash
};
