
import {
  Detector,
  INLINE_ALLOWED,
  secretHash
} from "./chunk-7RV5WQ7H.js";
import "./chunk-EH5Z73WF.js";
import "./chunk-HMAL4YWE.js";
import "./chunk-5XKUI25R.js";
import "./chunk-CCY5KY2Z.js";
export {
  Detector,
  INLINE_ALLOWED,
  secretHash
};
