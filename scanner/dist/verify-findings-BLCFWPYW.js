
import {
  verifyCredential,
  verifyFindings
} from "./chunk-4BCWMBPO.js";
import "./chunk-HT23366G.js";
import "./chunk-WJDBHJ4B.js";
export {
  verifyCredential,
  verifyFindings
};
