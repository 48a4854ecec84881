import {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
} from "./chunk-G4NSI3EX.js";
import "./chunk-LQOHOMO6.js";
import "./chunk-M62Z546E.js";
import "./chunk-IKZVFFD6.js";
import "./chunk-SRIOZUNB.js";
import "./chunk-IG3FUBD7.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-QDJVB2SR.js";
import "./chunk-G5VIYFUQ.js";
import "./chunk-SS3HYVL3.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-ATZYDDSZ.js";
import "./chunk-AAFSZNJ2.js";
import "./chunk-EHNPBCAK.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
};
