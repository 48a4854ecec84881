import {
  historyCommand,
  poolThreads
} from "./chunk-ADR3ZEUG.js";
import "./chunk-OFURMHXN.js";
import "./chunk-GL6L2FT4.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-KQIPNFU7.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-JE54UILG.js";
import "./chunk-K24BIUPF.js";
import "./chunk-PVO7NTGT.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-3VFV4F5W.js";
import "./chunk-EN3NWURM.js";
import "./chunk-52APCOBF.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  historyCommand,
  poolThreads
};
