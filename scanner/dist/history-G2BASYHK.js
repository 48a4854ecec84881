
import {
  HISTORY_YOUNG_MB,
  historyCommand,
  historyOldGenerationMb,
  historyPool,
  poolThreads
} from "./chunk-6ZSRQP2G.js";
import "./chunk-RKPLNI3Z.js";
import "./chunk-2HH3RWVY.js";
import "./chunk-NA6TV6IG.js";
import "./chunk-4QZWW2IB.js";
import "./chunk-NP74E7BZ.js";
import "./chunk-PZARZYLK.js";
import "./chunk-U7D7MJPN.js";
import "./chunk-NNZ7RSNU.js";
import "./chunk-GMTDVJWK.js";
import "./chunk-VSMKHWCP.js";
import "./chunk-EWH7UTEU.js";
import "./chunk-VOKC22WD.js";
import "./chunk-IR5WW6V4.js";
import "./chunk-7IQT6S7W.js";
import "./chunk-O7CMIERG.js";
import "./chunk-S3VMPW6Q.js";
import "./chunk-RXJJMENA.js";
import "./chunk-XDM3T3X3.js";
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
