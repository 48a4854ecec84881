import {
  historyCommand,
  poolThreads
} from "./chunk-JSPYG3ON.js";
import "./chunk-2GO2IK3S.js";
import "./chunk-7LDMXYEN.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-KQIPNFU7.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-DNWENY6F.js";
import "./chunk-O7ZAJNOW.js";
import "./chunk-RBO4QD6D.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-THL2IDUB.js";
import "./chunk-SKD3NGKB.js";
import "./chunk-C3BNGSKB.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  historyCommand,
  poolThreads
};
