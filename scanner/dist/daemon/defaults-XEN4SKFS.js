
import {
  defaultScanConfig
} from "./chunk-TRXDYNSC.js";
import "./chunk-QZ26FPVB.js";
import "./chunk-TBR4GLH5.js";
import "./chunk-ADJRYMAS.js";
export {
  defaultScanConfig
};
