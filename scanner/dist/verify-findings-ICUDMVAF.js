import {
  verifyCredential,
  verifyFindings
} from "./chunk-3LXEMXTL.js";
import "./chunk-O7XEJAHV.js";
export {
  verifyCredential,
  verifyFindings
};
