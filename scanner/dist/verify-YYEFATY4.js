
import {
  classifyAwsError,
  describeFailure,
  verifyAccessKey,
  verifyKeyPair,
  withTimeout
} from "./chunk-JX5JYVXF.js";
import "./chunk-CCY5KY2Z.js";
export {
  classifyAwsError,
  describeFailure,
  verifyAccessKey,
  verifyKeyPair,
  withTimeout
};
