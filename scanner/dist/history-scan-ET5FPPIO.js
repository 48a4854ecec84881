
import {
  scanHistory
} from "./chunk-ON7LLAM3.js";
import "./chunk-NA6TV6IG.js";
import "./chunk-RUSUXJEG.js";
import "./chunk-EWH7UTEU.js";
import "./chunk-VOKC22WD.js";
import "./chunk-RENLY4IV.js";
import "./chunk-OJROY4SO.js";
import "./chunk-CFFNESLE.js";
import "./chunk-EJDH4JIH.js";
import "./chunk-WJDBHJ4B.js";
export {
  scanHistory
};
