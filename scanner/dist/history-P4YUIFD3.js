import { createRequire as __lhRequire } from 'node:module';
const require = __lhRequire(import.meta.url);
import {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
} from "./chunk-N2BLOPD7.js";
import "./chunk-FNLMWWTR.js";
import "./chunk-RWEJDSIF.js";
import "./chunk-GCFSNCCS.js";
import "./chunk-H5CU246O.js";
import "./chunk-B5KOTYUV.js";
import "./chunk-BEUBT65W.js";
import "./chunk-J6AWU6RP.js";
import "./chunk-HCHPCIQ4.js";
import "./chunk-FCQBOR5T.js";
import "./chunk-RUVFUWJW.js";
import "./chunk-UWE46DXH.js";
import "./chunk-OP3XWR4F.js";
import "./chunk-3ALUMOXC.js";
import "./chunk-T5KDH73B.js";
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
