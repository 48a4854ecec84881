import {
  historyCommand,
  poolThreads
} from "./chunk-4BWNKAYS.js";
import "./chunk-TJLCSYZX.js";
import "./chunk-KQIPNFU7.js";
import "./chunk-FUQN3PWO.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-VFTW7P22.js";
import "./chunk-5NMJDQAG.js";
import "./chunk-CCCWXFYO.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-AD77BWIQ.js";
import "./chunk-MZASB2NS.js";
import "./chunk-ZVTRDEUG.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  historyCommand,
  poolThreads
};
