import {
  historyCommand,
  poolThreads
} from "./chunk-BWAMHMI3.js";
import "./chunk-RFVDBV5K.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-FQ5CFNTV.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-KQIPNFU7.js";
import "./chunk-PFMCF3HK.js";
import "./chunk-K4ZYWNMJ.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-CNVTGYPQ.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-O7SO3AAO.js";
import "./chunk-COF64NAB.js";
import "./chunk-WKZTSYGD.js";
export {
  historyCommand,
  poolThreads
};
