
import {
  verifyCredential,
  verifyFindings
} from "./chunk-WIDGVFTT.js";
import "./chunk-PRGDPWW7.js";
import "./chunk-CCY5KY2Z.js";
export {
  verifyCredential,
  verifyFindings
};
