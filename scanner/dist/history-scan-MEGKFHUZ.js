
import {
  scanHistory
} from "./chunk-EEQ7OQAG.js";
import "./chunk-NA6TV6IG.js";
import "./chunk-LSFDFXDP.js";
import "./chunk-EWH7UTEU.js";
import "./chunk-VOKC22WD.js";
import "./chunk-HOVNFE2D.js";
import "./chunk-GQ2ZQSK3.js";
import "./chunk-6LZDPEPI.js";
import "./chunk-XDM3T3X3.js";
import "./chunk-WJDBHJ4B.js";
export {
  scanHistory
};
