import {
  historyCommand,
  poolThreads
} from "./chunk-HGH7CLRR.js";
import "./chunk-AM32YKGR.js";
import "./chunk-A3P7WI2L.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-KQIPNFU7.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-LD7NUKYB.js";
import "./chunk-VTVHEW7U.js";
import "./chunk-FMCHUVCO.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-GT5A7NMQ.js";
import "./chunk-HZNH4GKC.js";
import "./chunk-TYD7MTFP.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  historyCommand,
  poolThreads
};
