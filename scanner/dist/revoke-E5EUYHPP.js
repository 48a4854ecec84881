
import {
  AwsStepError,
  attachQuarantine,
  deactivateKey,
  findKeyOwner
} from "./chunk-MEPO7T4B.js";
import "./chunk-SYZRNAJM.js";
import "./chunk-WJDBHJ4B.js";
export {
  AwsStepError,
  attachQuarantine,
  deactivateKey,
  findKeyOwner
};
