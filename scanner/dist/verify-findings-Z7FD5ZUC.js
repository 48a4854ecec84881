import {
  verifyCredential,
  verifyFindings
} from "./chunk-72PKQBVC.js";
import "./chunk-RVO45UAX.js";
export {
  verifyCredential,
  verifyFindings
};
