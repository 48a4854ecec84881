import {
  historyCommand,
  poolThreads
} from "./chunk-L3KPN6Z5.js";
import "./chunk-NP2K2IYC.js";
import "./chunk-DPY3OCJW.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-7IIUMQGW.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-EEMFSZ7F.js";
import "./chunk-RLDGJOL2.js";
import "./chunk-TF5WY6Q6.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-N5GQNKQ5.js";
import "./chunk-HEJBVXUQ.js";
import "./chunk-GZXLT5V3.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  historyCommand,
  poolThreads
};
