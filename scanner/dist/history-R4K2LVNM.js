import {
  historyCommand,
  poolThreads
} from "./chunk-B2UEH4C7.js";
import "./chunk-VD7CTEDR.js";
import "./chunk-KQIPNFU7.js";
import "./chunk-X5GRZH5C.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-AF2IZSPG.js";
import "./chunk-W3WCJORO.js";
import "./chunk-MVHZXFV3.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-UOII2DPA.js";
import "./chunk-JHWNAONT.js";
import "./chunk-UUIJASKY.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  historyCommand,
  poolThreads
};
