import {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
} from "./chunk-FSMLEKK6.js";
import "./chunk-CQ4LH7VU.js";
import "./chunk-QJKU7GCZ.js";
import "./chunk-GDMEGNDQ.js";
import "./chunk-AFW4H6ZS.js";
import "./chunk-F6W3R23P.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-N6QKI5N4.js";
import "./chunk-PW6QFWUT.js";
import "./chunk-SS3HYVL3.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-HZAXNI4U.js";
import "./chunk-AAFSZNJ2.js";
import "./chunk-EHNPBCAK.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
};
