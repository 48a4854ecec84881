
import {
  extendPathKey,
  extendPathOf,
  parseConfig
} from "./chunk-CPEGVR66.js";
import "./chunk-XDM3T3X3.js";
import "./chunk-TFAF2CGQ.js";
import "./chunk-NLHHEF6U.js";
import "./chunk-CBIVLD7W.js";
import "./chunk-QZ26FPVB.js";
import "./chunk-TBR4GLH5.js";
import "./chunk-WJDBHJ4B.js";
export {
  extendPathKey,
  extendPathOf,
  parseConfig
};
