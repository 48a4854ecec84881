import {
  verifyCredential,
  verifyFindings
} from "./chunk-PFXU4DIS.js";
import "./chunk-A5M26ZJC.js";
export {
  verifyCredential,
  verifyFindings
};
