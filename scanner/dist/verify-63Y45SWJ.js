import {
  classifyAwsError,
  describeFailure,
  verifyAccessKey,
  verifyKeyPair,
  withTimeout
} from "./chunk-2R2P3MXT.js";
export {
  classifyAwsError,
  describeFailure,
  verifyAccessKey,
  verifyKeyPair,
  withTimeout
};
