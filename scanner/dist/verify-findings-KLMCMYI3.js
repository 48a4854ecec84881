
import {
  verifyCredential,
  verifyFindings
} from "./chunk-W62KPTIT.js";
import "./chunk-SVFWS7FN.js";
import "./chunk-WJDBHJ4B.js";
export {
  verifyCredential,
  verifyFindings
};
