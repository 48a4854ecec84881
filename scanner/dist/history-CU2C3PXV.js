import {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
} from "./chunk-ILTTI4PE.js";
import "./chunk-Z5OLFLKW.js";
import "./chunk-HK7KPL2M.js";
import "./chunk-F6B2NLGB.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-E63UYRF6.js";
import "./chunk-J3XIS7YB.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-D3G2MEPF.js";
import "./chunk-FZTVGFNX.js";
import "./chunk-RBO4QD6D.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-JRGBJOK6.js";
import "./chunk-SKD3NGKB.js";
import "./chunk-C3BNGSKB.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
};
