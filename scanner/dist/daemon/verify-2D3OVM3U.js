
import {
  classifyAwsError,
  describeFailure,
  verifyAccessKey,
  verifyKeyPair,
  withTimeout
} from "./chunk-SYZRNAJM.js";
import "./chunk-ADJRYMAS.js";
export {
  classifyAwsError,
  describeFailure,
  verifyAccessKey,
  verifyKeyPair,
  withTimeout
};
