import {
  historyCommand,
  poolThreads
} from "./chunk-7SC6O5C2.js";
import "./chunk-HD2ZYB36.js";
import "./chunk-CVBSBFWH.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-KQIPNFU7.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-T5W7DQVT.js";
import "./chunk-W2HWU36O.js";
import "./chunk-RBO4QD6D.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-JA5J4M2O.js";
import "./chunk-SKD3NGKB.js";
import "./chunk-C3BNGSKB.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  historyCommand,
  poolThreads
};
