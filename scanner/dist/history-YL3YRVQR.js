
import {
  HISTORY_YOUNG_MB,
  historyCommand,
  historyOldGenerationMb,
  historyPool,
  poolThreads
} from "./chunk-HONF2AFL.js";
import "./chunk-2GDNRT4X.js";
import "./chunk-W6OLFYTY.js";
import "./chunk-J6AWU6RP.js";
import "./chunk-R4NQNWEB.js";
import "./chunk-LYTPRAFO.js";
import "./chunk-WZS6KVK4.js";
import "./chunk-5HGBJYBQ.js";
import "./chunk-RUVFUWJW.js";
import "./chunk-3ALUMOXC.js";
import "./chunk-ZJLSVFQP.js";
import "./chunk-N2KV542Q.js";
import "./chunk-UWE46DXH.js";
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
