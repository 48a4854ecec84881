import {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
} from "./chunk-Q7XUBBL7.js";
import "./chunk-C3PQGJHI.js";
import "./chunk-M5L3JCM4.js";
import "./chunk-3TFUWVKQ.js";
import "./chunk-O2XT5SFJ.js";
import "./chunk-5UU7VHIF.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-DU5JOKFC.js";
import "./chunk-YJLJGAOO.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-SS3HYVL3.js";
import "./chunk-PT7S5KNZ.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-AAFSZNJ2.js";
import "./chunk-EHNPBCAK.js";
import "./chunk-WKZTSYGD.js";
export {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
};
