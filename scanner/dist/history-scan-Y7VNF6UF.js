
import {
  scanHistory
} from "./chunk-W6OLFYTY.js";
import "./chunk-J6AWU6RP.js";
import "./chunk-ZJLSVFQP.js";
import "./chunk-N2KV542Q.js";
import "./chunk-UWE46DXH.js";
import "./chunk-OZOSDNVW.js";
import "./chunk-NWBXGWP2.js";
import "./chunk-2BYQIKYQ.js";
import "./chunk-NS4ILB2U.js";
import "./chunk-CCY5KY2Z.js";
export {
  scanHistory
};
