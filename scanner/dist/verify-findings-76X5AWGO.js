import {
  verifyCredential,
  verifyFindings
} from "./chunk-WK6XSEKK.js";
import "./chunk-AD2LCCT6.js";
export {
  verifyCredential,
  verifyFindings
};
