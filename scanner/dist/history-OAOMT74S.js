import {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
} from "./chunk-EBOVSDTT.js";
import "./chunk-A6DTRPXZ.js";
import "./chunk-GY7HSWJI.js";
import "./chunk-LFOSNCXY.js";
import "./chunk-23WSPPFU.js";
import "./chunk-DVJABIBY.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-CAOQB4ID.js";
import "./chunk-AB7TJ457.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-SS3HYVL3.js";
import "./chunk-QLEHC5OB.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-AAFSZNJ2.js";
import "./chunk-EHNPBCAK.js";
import "./chunk-WKZTSYGD.js";
export {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
};
