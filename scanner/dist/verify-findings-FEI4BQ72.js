import {
  verifyCredential,
  verifyFindings
} from "./chunk-YLTO3IZK.js";
import "./chunk-HYDQ2XLJ.js";
export {
  verifyCredential,
  verifyFindings
};
