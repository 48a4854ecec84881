import {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
} from "./chunk-XTF3NRKP.js";
import "./chunk-2BJ6RID4.js";
import "./chunk-RCAV7H2K.js";
import "./chunk-2OUJMXER.js";
import "./chunk-YGXDMVTC.js";
import "./chunk-GV7CVSZI.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-O5WB45A7.js";
import "./chunk-WJBGDCVR.js";
import "./chunk-SS3HYVL3.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-QNPZ2D2N.js";
import "./chunk-AAFSZNJ2.js";
import "./chunk-EHNPBCAK.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
};
