import {
  verifyCredential,
  verifyFindings
} from "./chunk-T77ODP5L.js";
import "./chunk-WT6FKNZV.js";
export {
  verifyCredential,
  verifyFindings
};
