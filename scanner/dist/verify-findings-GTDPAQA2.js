import {
  verifyCredential,
  verifyFindings
} from "./chunk-KCKVVFVK.js";
import "./chunk-RL5LP6NW.js";
export {
  verifyCredential,
  verifyFindings
};
