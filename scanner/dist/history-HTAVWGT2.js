import {
  historyCommand,
  poolThreads
} from "./chunk-H5BRYF63.js";
import "./chunk-YVD5TVKR.js";
import "./chunk-PUMUP3H6.js";
import "./chunk-YJXGOZZD.js";
import "./chunk-KQIPNFU7.js";
import "./chunk-EC4PLEA3.js";
import "./chunk-UGQ7MS3D.js";
import "./chunk-ZYIM5AMO.js";
import "./chunk-ANPL3PUN.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-LI4IEHHU.js";
import "./chunk-B2TCHNYU.js";
import "./chunk-UI4ZDJ2J.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";
export {
  historyCommand,
  poolThreads
};
