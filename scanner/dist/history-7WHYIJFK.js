import {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
} from "./chunk-KS4PWY67.js";
import "./chunk-KZC4CSFV.js";
import "./chunk-UMN6FEPT.js";
import "./chunk-R63OTDJD.js";
import "./chunk-PHTLAISR.js";
import "./chunk-JTFZHVG3.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-ZHBA7SAX.js";
import "./chunk-5TXTWR2V.js";
import "./chunk-SS3HYVL3.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-ZJVSCVOC.js";
import "./chunk-AAFSZNJ2.js";
import "./chunk-EHNPBCAK.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
};
