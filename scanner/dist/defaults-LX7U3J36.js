
import {
  defaultScanConfig
} from "./chunk-NLHHEF6U.js";
import "./chunk-CBIVLD7W.js";
import "./chunk-QZ26FPVB.js";
import "./chunk-TBR4GLH5.js";
import "./chunk-WJDBHJ4B.js";
export {
  defaultScanConfig
};
