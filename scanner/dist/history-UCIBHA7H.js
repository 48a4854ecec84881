import {
  historyCommand,
  poolThreads
} from "./chunk-7RL3WCYH.js";
import "./chunk-TLIO7CAX.js";
import "./chunk-B5S2N3M6.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-KQIPNFU7.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-IKJI5DRC.js";
import "./chunk-SQZCFUNM.js";
import "./chunk-MI2LXKFN.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-7NRMQWM4.js";
import "./chunk-KVTF2IQ3.js";
import "./chunk-R75HYJ7E.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  historyCommand,
  poolThreads
};
