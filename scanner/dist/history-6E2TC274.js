import { createRequire as __lhRequire } from 'node:module';
const require = __lhRequire(import.meta.url);
import {
  HISTORY_YOUNG_MB,
  historyCommand,
  historyOldGenerationMb,
  historyPool,
  poolThreads
} from "./chunk-V42JXANI.js";
import "./chunk-2YD7NN2G.js";
import "./chunk-XPLW62K2.js";
import "./chunk-XMFLKBMU.js";
import "./chunk-43WZ3GZB.js";
import "./chunk-WDPRERP2.js";
import "./chunk-BEUBT65W.js";
import "./chunk-J6AWU6RP.js";
import "./chunk-DFR44IB5.js";
import "./chunk-OHBLP2EM.js";
import "./chunk-RUVFUWJW.js";
import "./chunk-UWE46DXH.js";
import "./chunk-OP3XWR4F.js";
import "./chunk-3ALUMOXC.js";
import "./chunk-XHLLORWE.js";
import "./chunk-PRMTRACE.js";
import "./chunk-CURBHS3A.js";
import "./chunk-TIYFJRVA.js";
import "./chunk-NS4ILB2U.js";
import "./chunk-CCY5KY2Z.js";
export {
  HISTORY_YOUNG_MB,
  historyCommand,
  historyOldGenerationMb,
  historyPool,
  poolThreads
};
