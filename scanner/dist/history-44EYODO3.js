import { createRequire as __lhRequire } from 'node:module';
const require = __lhRequire(import.meta.url);
import {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
} from "./chunk-YEQVSQX6.js";
import "./chunk-QLZDJQ4A.js";
import "./chunk-UQTULLVX.js";
import "./chunk-FWBEM2CT.js";
import "./chunk-EA2TNYJZ.js";
import "./chunk-VBEXJPQ4.js";
import "./chunk-BEUBT65W.js";
import "./chunk-J6AWU6RP.js";
import "./chunk-7YDGBOXO.js";
import "./chunk-S4C3HH3Q.js";
import "./chunk-RUVFUWJW.js";
import "./chunk-UWE46DXH.js";
import "./chunk-OP3XWR4F.js";
import "./chunk-3ALUMOXC.js";
import "./chunk-XABMMLHQ.js";
import "./chunk-PRMTRACE.js";
import "./chunk-CURBHS3A.js";
import "./chunk-TIYFJRVA.js";
import "./chunk-NS4ILB2U.js";
import "./chunk-CCY5KY2Z.js";
export {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
};
