import {
  historyCommand,
  poolThreads
} from "./chunk-PKUURJ3B.js";
import "./chunk-UB7B3OI5.js";
import "./chunk-OXFDT3TW.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-KQIPNFU7.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-2A6JHEKJ.js";
import "./chunk-FRFMHXEG.js";
import "./chunk-RBO4QD6D.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-BZY22HCC.js";
import "./chunk-SKD3NGKB.js";
import "./chunk-C3BNGSKB.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  historyCommand,
  poolThreads
};
