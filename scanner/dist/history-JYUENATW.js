import {
  historyCommand,
  poolThreads
} from "./chunk-F6CJTHZ5.js";
import "./chunk-3TX63MUJ.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-LILLLD5Z.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-KQIPNFU7.js";
import "./chunk-PJC2ZIKC.js";
import "./chunk-EVBH2ZWA.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-UKXRJZI7.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-NNDQQXIH.js";
import "./chunk-CII6SOLH.js";
import "./chunk-WKZTSYGD.js";
export {
  historyCommand,
  poolThreads
};
