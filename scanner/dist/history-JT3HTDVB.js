import {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
} from "./chunk-GKODA7YE.js";
import "./chunk-THZZSXRE.js";
import "./chunk-SU4EW3NV.js";
import "./chunk-3ROPPGD6.js";
import "./chunk-XHP67DWY.js";
import "./chunk-WUSFTINO.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-5QP7W2VP.js";
import "./chunk-27XGSHGI.js";
import "./chunk-SS3HYVL3.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-PARVUUYH.js";
import "./chunk-AAFSZNJ2.js";
import "./chunk-EHNPBCAK.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
};
