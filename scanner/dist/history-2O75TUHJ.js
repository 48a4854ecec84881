
import {
  HISTORY_YOUNG_MB,
  historyCommand,
  historyOldGenerationMb,
  historyPool,
  poolThreads
} from "./chunk-DV3FYYPX.js";
import "./chunk-KULAMVMO.js";
import "./chunk-LH3TSY4Q.js";
import "./chunk-J6AWU6RP.js";
import "./chunk-R4NQNWEB.js";
import "./chunk-P4UQYOKK.js";
import "./chunk-RUVFUWJW.js";
import "./chunk-53WM7YTZ.js";
import "./chunk-ZN2W5AOT.js";
import "./chunk-3ALUMOXC.js";
import "./chunk-RZFO5LEI.js";
import "./chunk-N2KV542Q.js";
import "./chunk-UWE46DXH.js";
import "./chunk-E2CTCOTI.js";
import "./chunk-PDOE43YA.js";
import "./chunk-YA2IG465.js";
import "./chunk-4TOYK3YW.js";
import "./chunk-EH5Z73WF.js";
import "./chunk-NS4ILB2U.js";
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
