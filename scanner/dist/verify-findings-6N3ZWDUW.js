import {
  verifyCredential,
  verifyFindings
} from "./chunk-SQZGG3DH.js";
import "./chunk-26HAOUMI.js";
import "./chunk-TXSIJIW6.js";
export {
  verifyCredential,
  verifyFindings
};
