import {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
} from "./chunk-ZSGEIDIH.js";
import "./chunk-ISJBHLIZ.js";
import "./chunk-CDVPYB7R.js";
import "./chunk-FBNTLXOP.js";
import "./chunk-H5GW6DN4.js";
import "./chunk-PWVFLDZC.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-GPUQASBC.js";
import "./chunk-MGTOU7UN.js";
import "./chunk-K3DQXAFP.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-7C2J2VSN.js";
import "./chunk-2EREFPXW.js";
import "./chunk-3JBOTN2V.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
};
