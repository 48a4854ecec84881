
import {
  HISTORY_YOUNG_MB,
  historyCommand,
  historyOldGenerationMb,
  historyPool,
  poolThreads
} from "./chunk-NCDS4P4K.js";
import "./chunk-YJK7U22P.js";
import "./chunk-EEQ7OQAG.js";
import "./chunk-NA6TV6IG.js";
import "./chunk-4QZWW2IB.js";
import "./chunk-NP74E7BZ.js";
import "./chunk-PZARZYLK.js";
import "./chunk-U7D7MJPN.js";
import "./chunk-NNZ7RSNU.js";
import "./chunk-GMTDVJWK.js";
import "./chunk-LSFDFXDP.js";
import "./chunk-EWH7UTEU.js";
import "./chunk-VOKC22WD.js";
import "./chunk-HOVNFE2D.js";
import "./chunk-GQ2ZQSK3.js";
import "./chunk-6LZDPEPI.js";
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
