import { createRequire as __lhRequire } from 'node:module';
const require = __lhRequire(import.meta.url);
import {
  HISTORY_YOUNG_MB,
  historyCommand,
  historyOldGenerationMb,
  historyPool,
  poolThreads
} from "./chunk-YKBYZTCM.js";
import "./chunk-ST77HAFL.js";
import "./chunk-BEUBT65W.js";
import "./chunk-FT7TGQOV.js";
import "./chunk-J6AWU6RP.js";
import "./chunk-BZZ4B5M2.js";
import "./chunk-VVYCBJZT.js";
import "./chunk-D4IMRB6C.js";
import "./chunk-RUVFUWJW.js";
import "./chunk-UWE46DXH.js";
import "./chunk-5HGBJYBQ.js";
import "./chunk-3ALUMOXC.js";
import "./chunk-VUUMFSZ7.js";
import "./chunk-SY7ICB4Q.js";
import "./chunk-RQIYPCF6.js";
import "./chunk-NS4ILB2U.js";
import "./chunk-H7B7XJK2.js";
import "./chunk-TM6DPLUB.js";
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
