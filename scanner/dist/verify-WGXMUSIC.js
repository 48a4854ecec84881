
import {
  classifyAwsError,
  describeFailure,
  verifyAccessKey,
  verifyKeyPair,
  withTimeout
} from "./chunk-SYZRNAJM.js";
import "./chunk-WJDBHJ4B.js";
export {
  classifyAwsError,
  describeFailure,
  verifyAccessKey,
  verifyKeyPair,
  withTimeout
};
