import {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
} from "./chunk-A3CWN5CY.js";
import "./chunk-PH6PJ7MB.js";
import "./chunk-PJZJHV6H.js";
import "./chunk-U4E37QYY.js";
import "./chunk-ESNK3FH4.js";
import "./chunk-TVUIUT6N.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-3HEDDQQQ.js";
import "./chunk-CIYPP743.js";
import "./chunk-SS3HYVL3.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-SFGPZ4IF.js";
import "./chunk-AAFSZNJ2.js";
import "./chunk-EHNPBCAK.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
};
