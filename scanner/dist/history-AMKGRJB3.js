import {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
} from "./chunk-GDGDOPNV.js";
import "./chunk-Z4PSZJKE.js";
import "./chunk-RRNGXF5C.js";
import "./chunk-6Y5PML2W.js";
import "./chunk-6ZFJUXKQ.js";
import "./chunk-DLJUOUP6.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-VVFAAVDU.js";
import "./chunk-ZDXKWO42.js";
import "./chunk-SS3HYVL3.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-7TYICPH2.js";
import "./chunk-AAFSZNJ2.js";
import "./chunk-EHNPBCAK.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
};
