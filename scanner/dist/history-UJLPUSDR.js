import {
  historyCommand,
  poolThreads
} from "./chunk-UAAJXYQT.js";
import "./chunk-CAP2GD3L.js";
import "./chunk-BZQ4KYEG.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-KQIPNFU7.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-Q3YNIDJZ.js";
import "./chunk-6HHICYJZ.js";
import "./chunk-OSZ3BCO6.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-7JTXE7NO.js";
import "./chunk-ZPFMFB4Y.js";
import "./chunk-JLNRKN4Y.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  historyCommand,
  poolThreads
};
