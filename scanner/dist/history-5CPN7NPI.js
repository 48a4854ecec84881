import { createRequire as __lhRequire } from 'node:module';
const require = __lhRequire(import.meta.url);
import {
  HISTORY_YOUNG_MB,
  historyCommand,
  historyOldGenerationMb,
  poolThreads
} from "./chunk-WB66QBQK.js";
import "./chunk-6JLQQYP7.js";
import "./chunk-AJSJ2BSF.js";
import "./chunk-XROBMBUD.js";
import "./chunk-WUBEFTNK.js";
import "./chunk-6KIUUSL3.js";
import "./chunk-BEUBT65W.js";
import "./chunk-J6AWU6RP.js";
import "./chunk-3OUFX4IG.js";
import "./chunk-LD4CEYHU.js";
import "./chunk-RUVFUWJW.js";
import "./chunk-UWE46DXH.js";
import "./chunk-OP3XWR4F.js";
import "./chunk-3ALUMOXC.js";
import "./chunk-VDVKJTF6.js";
import "./chunk-PRMTRACE.js";
import "./chunk-CURBHS3A.js";
import "./chunk-TIYFJRVA.js";
import "./chunk-NS4ILB2U.js";
import "./chunk-CCY5KY2Z.js";
export {
  HISTORY_YOUNG_MB,
  historyCommand,
  historyOldGenerationMb,
  poolThreads
};
