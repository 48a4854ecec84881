import {
  historyCommand,
  poolThreads
} from "./chunk-WUL5YDT3.js";
import "./chunk-2VKRUFGT.js";
import "./chunk-KQIPNFU7.js";
import "./chunk-KOJ7RVYW.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-K4KVMNBQ.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-CPLPGGOF.js";
import "./chunk-7L5E4FZH.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-GODBIS2K.js";
import "./chunk-YWDFEO6K.js";
import "./chunk-YXR7TCIX.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  historyCommand,
  poolThreads
};
