import {
  verifyCredential,
  verifyFindings
} from "./chunk-UHMTMTEI.js";
import "./chunk-UN56HLIW.js";
export {
  verifyCredential,
  verifyFindings
};
