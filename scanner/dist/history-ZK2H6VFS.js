import {
  historyCommand,
  poolThreads
} from "./chunk-S76I7V4V.js";
import "./chunk-YYPHIPSH.js";
import "./chunk-ZFVX7IX3.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-KQIPNFU7.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-NL3CEIWC.js";
import "./chunk-OKFP4CGC.js";
import "./chunk-RBO4QD6D.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-FS4GERDV.js";
import "./chunk-SKD3NGKB.js";
import "./chunk-C3BNGSKB.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  historyCommand,
  poolThreads
};
