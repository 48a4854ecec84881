import {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
} from "./chunk-S6NVSDWU.js";
import "./chunk-VPYDGNDO.js";
import "./chunk-OF67NM5D.js";
import "./chunk-D3YHIZEC.js";
import "./chunk-B4BEDUUR.js";
import "./chunk-JNPIUJVW.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-YNM44CNZ.js";
import "./chunk-CKZPIMYP.js";
import "./chunk-OMN7RWUO.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-6XS5MD4T.js";
import "./chunk-N2VECAX6.js";
import "./chunk-5QK4WQJ2.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
};
