
import {
  scanHistory
} from "./chunk-LH3TSY4Q.js";
import "./chunk-J6AWU6RP.js";
import "./chunk-RZFO5LEI.js";
import "./chunk-N2KV542Q.js";
import "./chunk-UWE46DXH.js";
import "./chunk-E2CTCOTI.js";
import "./chunk-PDOE43YA.js";
import "./chunk-YA2IG465.js";
import "./chunk-NS4ILB2U.js";
import "./chunk-CCY5KY2Z.js";
export {
  scanHistory
};
