import {
  historyCommand,
  poolThreads
} from "./chunk-VDAJJGNG.js";
import "./chunk-GBOFGEWQ.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-QIMIY5DP.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-7IIUMQGW.js";
import "./chunk-AJCG62KY.js";
import "./chunk-3LMCIWD5.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-G62E2KND.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-NNDQQXIH.js";
import "./chunk-CII6SOLH.js";
import "./chunk-WKZTSYGD.js";
export {
  historyCommand,
  poolThreads
};
