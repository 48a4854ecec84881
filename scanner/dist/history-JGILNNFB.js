import {
  historyCommand,
  poolThreads
} from "./chunk-I5F77CJG.js";
import "./chunk-KSJGU4ZT.js";
import "./chunk-ZORLBGVC.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-KQIPNFU7.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-4MONXMNE.js";
import "./chunk-3SX562OE.js";
import "./chunk-RUEJE4CX.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-FQIKF25K.js";
import "./chunk-MRQ4VJXY.js";
import "./chunk-U3Z3CPPY.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  historyCommand,
  poolThreads
};
