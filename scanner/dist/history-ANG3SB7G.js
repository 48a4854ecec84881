import {
  historyCommand,
  poolThreads
} from "./chunk-LV2DLCYI.js";
import "./chunk-AE73K7FC.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-HGVG2KBT.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-7IIUMQGW.js";
import "./chunk-TARNN76T.js";
import "./chunk-GKTJ7X46.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-R4WH7SKU.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-NNDQQXIH.js";
import "./chunk-CII6SOLH.js";
import "./chunk-WKZTSYGD.js";
export {
  historyCommand,
  poolThreads
};
