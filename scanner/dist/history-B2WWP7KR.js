import {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
} from "./chunk-CS5WJDBV.js";
import "./chunk-RTRHHWGV.js";
import "./chunk-4Y5PMM75.js";
import "./chunk-KXJRGFR2.js";
import "./chunk-MXWXCYEM.js";
import "./chunk-GDBH5YQI.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-Q55G7G22.js";
import "./chunk-MNYN6CG7.js";
import "./chunk-MVHZXFV3.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-BIPTATT3.js";
import "./chunk-JHWNAONT.js";
import "./chunk-UUIJASKY.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  HISTORY_YOUNG_MB,
  historyCommand,
  poolThreads
};
