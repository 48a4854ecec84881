import {
  verifyCredential,
  verifyFindings
} from "./chunk-JJTUQF7F.js";
import "./chunk-LWXHOMDQ.js";
export {
  verifyCredential,
  verifyFindings
};
