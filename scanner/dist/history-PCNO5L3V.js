import { createRequire as __lhRequire } from 'node:module';
const require = __lhRequire(import.meta.url);
import {
  HISTORY_YOUNG_MB,
  historyCommand,
  historyOldGenerationMb,
  historyPool,
  poolThreads
} from "./chunk-5JADTSLO.js";
import "./chunk-42LLRZAD.js";
import "./chunk-BEUBT65W.js";
import "./chunk-WQP4FOWP.js";
import "./chunk-J6AWU6RP.js";
import "./chunk-IDB5LCTJ.js";
import "./chunk-23NBM6TR.js";
import "./chunk-CU56VDU5.js";
import "./chunk-RUVFUWJW.js";
import "./chunk-UWE46DXH.js";
import "./chunk-WGPZS7YZ.js";
import "./chunk-3ALUMOXC.js";
import "./chunk-7ZR5AHKL.js";
import "./chunk-RG4WXGRG.js";
import "./chunk-TWQNVC7R.js";
import "./chunk-NS4ILB2U.js";
import "./chunk-ZRFO6ACF.js";
import "./chunk-PRMTRACE.js";
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
