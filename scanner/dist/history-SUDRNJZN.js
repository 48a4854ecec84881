import { createRequire as __lhRequire } from 'node:module';
const require = __lhRequire(import.meta.url);
import {
  HISTORY_YOUNG_MB,
  historyCommand,
  historyOldGenerationMb,
  historyPool,
  poolThreads
} from "./chunk-U4JCV7UV.js";
import "./chunk-2GDNRT4X.js";
import "./chunk-BEUBT65W.js";
import "./chunk-4WGZDYYD.js";
import "./chunk-J6AWU6RP.js";
import "./chunk-ZJLSVFQP.js";
import "./chunk-PTNW24Q5.js";
import "./chunk-F4TFXPNU.js";
import "./chunk-RUVFUWJW.js";
import "./chunk-UWE46DXH.js";
import "./chunk-5HGBJYBQ.js";
import "./chunk-3ALUMOXC.js";
import "./chunk-OZOSDNVW.js";
import "./chunk-NWBXGWP2.js";
import "./chunk-2BYQIKYQ.js";
import "./chunk-NS4ILB2U.js";
import "./chunk-7RV5WQ7H.js";
import "./chunk-EH5Z73WF.js";
import "./chunk-HMAL4YWE.js";
import "./chunk-5XKUI25R.js";
import "./chunk-CCY5KY2Z.js";
export {
  HISTORY_YOUNG_MB,
  historyCommand,
  historyOldGenerationMb,
  historyPool,
  poolThreads
};
