
import {
  DEFAULT_MAX_DECODE_DEPTH,
  Detector,
  INLINE_ALLOWED,
  runsOnEveryText,
  secretHash
} from "./chunk-4TOYK3YW.js";
import "./chunk-EH5Z73WF.js";
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
