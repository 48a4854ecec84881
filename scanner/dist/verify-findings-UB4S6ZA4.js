import {
  verifyCredential,
  verifyFindings
} from "./chunk-JDWAWYPJ.js";
import "./chunk-K3TKKV5U.js";
export {
  verifyCredential,
  verifyFindings
};
