import { createRequire as __lhRequire } from 'node:module';
const require = __lhRequire(import.meta.url);
import {
  extendPathKey,
  extendPathOf,
  parseConfig
} from "./chunk-3XJF4JV5.js";
import "./chunk-NS4ILB2U.js";
import "./chunk-I5VZHJXO.js";
import "./chunk-ZYMEP5A6.js";
import "./chunk-HMAL4YWE.js";
import "./chunk-5XKUI25R.js";
import "./chunk-CCY5KY2Z.js";
export {
  extendPathKey,
  extendPathOf,
  parseConfig
};
