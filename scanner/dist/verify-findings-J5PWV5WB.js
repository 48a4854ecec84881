import {
  verifyCredential,
  verifyFindings
} from "./chunk-E7XG77TR.js";
import "./chunk-VNAKQETJ.js";
export {
  verifyCredential,
  verifyFindings
};
