
import {
  DEFAULT_MAX_DECODE_DEPTH,
  Detector,
  INLINE_ALLOWED,
  runsOnEveryText,
  secretHash
} from "./chunk-QLIP5UBM.js";
import "./chunk-HMAL4YWE.js";
import "./chunk-5XKUI25R.js";
import "./chunk-CCY5KY2Z.js";
export {
  DEFAULT_MAX_DECODE_DEPTH,
  Detector,
  INLINE_ALLOWED,
  runsOnEveryText,
  secretHash
};
