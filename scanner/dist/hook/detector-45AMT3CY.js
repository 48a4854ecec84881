
import {
  DEFAULT_MAX_DECODE_DEPTH,
  Detector,
  INLINE_ALLOWED,
  runsOnEveryText,
  secretHash
} from "./chunk-5G2LQNCP.js";
import "./chunk-TFAF2CGQ.js";
import "./chunk-TBR4GLH5.js";
import "./chunk-WJDBHJ4B.js";
export {
  DEFAULT_MAX_DECODE_DEPTH,
  Detector,
  INLINE_ALLOWED,
  runsOnEveryText,
  secretHash
};
