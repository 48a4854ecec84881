
import {
  scanHistory
} from "./chunk-2HH3RWVY.js";
import "./chunk-NA6TV6IG.js";
import "./chunk-VSMKHWCP.js";
import "./chunk-EWH7UTEU.js";
import "./chunk-VOKC22WD.js";
import "./chunk-IR5WW6V4.js";
import "./chunk-7IQT6S7W.js";
import "./chunk-O7CMIERG.js";
import "./chunk-XDM3T3X3.js";
import "./chunk-WJDBHJ4B.js";
export {
  scanHistory
};
