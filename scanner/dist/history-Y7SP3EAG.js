
import {
  HISTORY_YOUNG_MB,
  historyCommand,
  historyOldGenerationMb,
  historyPool,
  poolThreads
} from "./chunk-PLKRDLQS.js";
import "./chunk-WPU7LV6P.js";
import "./chunk-ON7LLAM3.js";
import "./chunk-NA6TV6IG.js";
import "./chunk-JAURRFC3.js";
import "./chunk-LVJDA6B3.js";
import "./chunk-XJEXJ4II.js";
import "./chunk-7SUVCG5K.js";
import "./chunk-AQ3OK3IO.js";
import "./chunk-GMTDVJWK.js";
import "./chunk-RUSUXJEG.js";
import "./chunk-EWH7UTEU.js";
import "./chunk-VOKC22WD.js";
import "./chunk-RENLY4IV.js";
import "./chunk-OJROY4SO.js";
import "./chunk-CFFNESLE.js";
import "./chunk-S3VMPW6Q.js";
import "./chunk-RXJJMENA.js";
import "./chunk-EJDH4JIH.js";
import "./chunk-TFAF2CGQ.js";
import "./chunk-TBR4GLH5.js";
import "./chunk-WJDBHJ4B.js";
export {
  HISTORY_YOUNG_MB,
  historyCommand,
  historyOldGenerationMb,
  historyPool,
  poolThreads
};
