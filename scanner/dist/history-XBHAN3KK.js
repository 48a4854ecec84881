import {
  historyCommand,
  poolThreads
} from "./chunk-RX4UPK5G.js";
import "./chunk-WQGM7I7W.js";
import "./chunk-VRI72XRI.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-KQIPNFU7.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-6S7E3ZDC.js";
import "./chunk-UCP67HNR.js";
import "./chunk-N6MYGTNU.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-JQA2IKTD.js";
import "./chunk-YWN5SRYQ.js";
import "./chunk-WULX4VXS.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  historyCommand,
  poolThreads
};
