import {
  historyCommand,
  poolThreads
} from "./chunk-RVZRS46J.js";
import "./chunk-YXMMXZF5.js";
import "./chunk-KNEWWLE5.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-7IIUMQGW.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-AKVSA55U.js";
import "./chunk-QNCV4CLQ.js";
import "./chunk-TF5WY6Q6.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-O5I5Q3FY.js";
import "./chunk-HEJBVXUQ.js";
import "./chunk-GZXLT5V3.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  historyCommand,
  poolThreads
};
