import {
  AwsStepError,
  attachQuarantine,
  deactivateKey,
  findKeyOwner
} from "./chunk-M7SZGLDL.js";
import "./chunk-2R2P3MXT.js";
export {
  AwsStepError,
  attachQuarantine,
  deactivateKey,
  findKeyOwner
};
