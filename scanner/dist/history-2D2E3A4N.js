import { createRequire as __lhRequire } from 'node:module';
const require = __lhRequire(import.meta.url);
import {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
} from "./chunk-IVXZ57BD.js";
import "./chunk-JFFK27IQ.js";
import "./chunk-MMZFWTR2.js";
import "./chunk-FBQ6JOCE.js";
import "./chunk-CVV6RIBK.js";
import "./chunk-NB6VJTUU.js";
import "./chunk-BEUBT65W.js";
import "./chunk-J6AWU6RP.js";
import "./chunk-U7O2DPQL.js";
import "./chunk-K7B2HX5Q.js";
import "./chunk-RUVFUWJW.js";
import "./chunk-UWE46DXH.js";
import "./chunk-OP3XWR4F.js";
import "./chunk-3ALUMOXC.js";
import "./chunk-ZB6ISGYU.js";
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
