import {
  historyCommand,
  poolThreads
} from "./chunk-MBEWB7RF.js";
import "./chunk-FCTOBWGR.js";
import "./chunk-KQIPNFU7.js";
import "./chunk-FX6LEOHO.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-R62HSQTT.js";
import "./chunk-FOEBHUUS.js";
import "./chunk-NURF6FA5.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-LHPRAS2L.js";
import "./chunk-WR255J3X.js";
import "./chunk-AF2ZNKHC.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  historyCommand,
  poolThreads
};
