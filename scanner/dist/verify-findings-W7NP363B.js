
import {
  verifyCredential,
  verifyFindings
} from "./chunk-LK6HHLFM.js";
import "./chunk-TQGN7ILP.js";
import "./chunk-CCY5KY2Z.js";
export {
  verifyCredential,
  verifyFindings
};
