import {
  historyCommand,
  poolThreads
} from "./chunk-2KMRZWGG.js";
import "./chunk-WTBRIN3X.js";
import "./chunk-Y5LS5XSM.js";
import "./chunk-XPOX5HHL.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-J3SAPIYQ.js";
import "./chunk-7LNH5YME.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-V5YSXSUX.js";
import "./chunk-RODN2AG5.js";
import "./chunk-RBO4QD6D.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-DTNQEUUL.js";
import "./chunk-SKD3NGKB.js";
import "./chunk-C3BNGSKB.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  historyCommand,
  poolThreads
};
