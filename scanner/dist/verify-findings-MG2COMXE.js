import {
  verifyCredential,
  verifyFindings
} from "./chunk-7NGMO5AB.js";
import "./chunk-M3GXUEFW.js";
export {
  verifyCredential,
  verifyFindings
};
