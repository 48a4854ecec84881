import {
  historyCommand,
  poolThreads
} from "./chunk-OJYL5KX4.js";
import "./chunk-SMLVGIBN.js";
import "./chunk-KQIPNFU7.js";
import "./chunk-YSSNGH5K.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-FSNB74OL.js";
import "./chunk-LHPFOX6H.js";
import "./chunk-OA75GX2C.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-5BNMTKLM.js";
import "./chunk-HQEM2PQQ.js";
import "./chunk-L5UIJ57K.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  historyCommand,
  poolThreads
};
