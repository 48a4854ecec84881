import {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
} from "./chunk-G6HHI7W5.js";
import "./chunk-AMRNTGVC.js";
import "./chunk-CD6ZMLJH.js";
import "./chunk-Z5UIEKNW.js";
import "./chunk-SEDKPJFH.js";
import "./chunk-ORI2I3QH.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-NIDV2W4Q.js";
import "./chunk-KWKB2SSE.js";
import "./chunk-SS3HYVL3.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-E4DEAADH.js";
import "./chunk-AAFSZNJ2.js";
import "./chunk-EHNPBCAK.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
};
