import {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
} from "./chunk-RJLWQR5Q.js";
import "./chunk-7X22MEEB.js";
import "./chunk-W2M355YH.js";
import "./chunk-AQGLK2EQ.js";
import "./chunk-7QD2H76I.js";
import "./chunk-WFB5RM3R.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-UD5QAKPF.js";
import "./chunk-SPR2A5NP.js";
import "./chunk-NURF6FA5.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-KL2SCQZO.js";
import "./chunk-WR255J3X.js";
import "./chunk-AF2ZNKHC.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
};
