
import {
  AwsStepError,
  attachQuarantine,
  deactivateKey,
  findKeyOwner
} from "./chunk-NM3ZW53I.js";
import "./chunk-JX5JYVXF.js";
import "./chunk-CCY5KY2Z.js";
export {
  AwsStepError,
  attachQuarantine,
  deactivateKey,
  findKeyOwner
};
