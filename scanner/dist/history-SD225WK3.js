import {
  historyCommand,
  poolThreads
} from "./chunk-W6NVWSJU.js";
import "./chunk-7H65DKDY.js";
import "./chunk-KQIPNFU7.js";
import "./chunk-OKXMCMZM.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-YXTEWENB.js";
import "./chunk-A74OG6DH.js";
import "./chunk-7L5E4FZH.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-PTMERPTW.js";
import "./chunk-YWDFEO6K.js";
import "./chunk-YXR7TCIX.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  historyCommand,
  poolThreads
};
