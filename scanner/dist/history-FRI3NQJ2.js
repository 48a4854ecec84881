import {
  historyCommand,
  poolThreads
} from "./chunk-2JOJ3MBI.js";
import "./chunk-LC34FQSG.js";
import "./chunk-IOID5EFP.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-KQIPNFU7.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-VSA5YGXV.js";
import "./chunk-JUYGIEIA.js";
import "./chunk-RBO4QD6D.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-G7N32HON.js";
import "./chunk-SKD3NGKB.js";
import "./chunk-C3BNGSKB.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  historyCommand,
  poolThreads
};
