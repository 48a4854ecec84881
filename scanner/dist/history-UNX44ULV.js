import {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
} from "./chunk-SJ3WL6YZ.js";
import "./chunk-RZWPG64F.js";
import "./chunk-S6HMDBQY.js";
import "./chunk-KJ5B3I7O.js";
import "./chunk-RKKQRVJG.js";
import "./chunk-N57D7VOJ.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-KED3VEOH.js";
import "./chunk-QV5MMFZF.js";
import "./chunk-4RVE2Q7Z.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-PDCLD6ZO.js";
import "./chunk-QINJL4SU.js";
import "./chunk-IWF3MGNK.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
};
