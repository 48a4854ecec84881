import {
  verifyCredential,
  verifyFindings
} from "./chunk-CKQAUONI.js";
import "./chunk-UP4GSJTD.js";
export {
  verifyCredential,
  verifyFindings
};
