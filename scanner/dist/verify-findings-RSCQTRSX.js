import {
  verifyCredential,
  verifyFindings
} from "./chunk-UQIWBHPD.js";
import "./chunk-VY64FPEB.js";
export {
  verifyCredential,
  verifyFindings
};
