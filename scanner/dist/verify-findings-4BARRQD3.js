import {
  verifyCredential,
  verifyFindings
} from "./chunk-OL5LG774.js";
import "./chunk-ARNBLFMX.js";
export {
  verifyCredential,
  verifyFindings
};
