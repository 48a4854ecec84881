import {
  verifyCredential,
  verifyFindings
} from "./chunk-JQP6AYVM.js";
import "./chunk-4CP2X7GZ.js";
export {
  verifyCredential,
  verifyFindings
};
