
import {
  HISTORY_YOUNG_MB,
  historyCommand,
  historyOldGenerationMb,
  historyPool,
  poolThreads
} from "./chunk-YFSR5JY6.js";
import "./chunk-WPU7LV6P.js";
import "./chunk-ON7LLAM3.js";
import "./chunk-NA6TV6IG.js";
import "./chunk-JAURRFC3.js";
import "./chunk-JLFGNLYY.js";
import "./chunk-Z7T7REPF.js";
import "./chunk-2DAQ2ZQ2.js";
import "./chunk-AQ3OK3IO.js";
import "./chunk-GMTDVJWK.js";
import "./chunk-RUSUXJEG.js";
import "./chunk-EWH7UTEU.js";
import "./chunk-VOKC22WD.js";
import "./chunk-RENLY4IV.js";
import "./chunk-OJROY4SO.js";
import "./chunk-CFFNESLE.js";
import "./chunk-NQVBH7K7.js";
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
