import { createRequire as __lhRequire } from 'node:module';
const require = __lhRequire(import.meta.url);
import {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
} from "./chunk-MYDKFRAM.js";
import "./chunk-FF47TSAV.js";
import "./chunk-K65X5SQC.js";
import "./chunk-GKNN55N5.js";
import "./chunk-RL3SLIE4.js";
import "./chunk-JS74VKV3.js";
import "./chunk-BEUBT65W.js";
import "./chunk-J6AWU6RP.js";
import "./chunk-YCEHHUWS.js";
import "./chunk-64MI4YTV.js";
import "./chunk-RUVFUWJW.js";
import "./chunk-UWE46DXH.js";
import "./chunk-OP3XWR4F.js";
import "./chunk-3ALUMOXC.js";
import "./chunk-Z5BEHYUP.js";
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
