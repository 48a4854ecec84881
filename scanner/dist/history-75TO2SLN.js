import { createRequire as __lhRequire } from 'node:module';
const require = __lhRequire(import.meta.url);
import {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
} from "./chunk-KQ7S7OZK.js";
import "./chunk-DYFLMXLQ.js";
import "./chunk-A66AM2GN.js";
import "./chunk-6JFEUOWT.js";
import "./chunk-G4G7TO6I.js";
import "./chunk-ZRFJ4F2B.js";
import "./chunk-BEUBT65W.js";
import "./chunk-J6AWU6RP.js";
import "./chunk-2ZXIXTKO.js";
import "./chunk-P3FPL2CF.js";
import "./chunk-RUVFUWJW.js";
import "./chunk-UWE46DXH.js";
import "./chunk-OP3XWR4F.js";
import "./chunk-3ALUMOXC.js";
import "./chunk-GX3D43EZ.js";
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
