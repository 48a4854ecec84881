import {
  historyCommand,
  poolThreads
} from "./chunk-VPTSNBAH.js";
import "./chunk-GAJG662K.js";
import "./chunk-37PDV2Z6.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-KQIPNFU7.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-HFZFFXX3.js";
import "./chunk-4ULRVOO5.js";
import "./chunk-IYJEXN5P.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-ZCXMRYSF.js";
import "./chunk-DDTWY7WB.js";
import "./chunk-ST4DINDL.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  historyCommand,
  poolThreads
};
