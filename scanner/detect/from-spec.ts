import { defaultScanConfig } from '../config/defaults.js';
import { parseConfig } from '../config/parse.js';
import type { ExtendedTexts } from '../config/types.js';
import { Detector } from './detector.js';

/**
 * What a worker thread needs to rebuild the main thread's detector: the config texts (not
 * compiled rules — functions and compiled state do not cross threads).
 */
export interface DetectorSpec {
  configText: string | null;
  configFile: string | null;
  extended?: ExtendedTexts;
}

export function detectorFromSpec(spec: DetectorSpec): Detector {
  const config =
    spec.configText === null
      ? defaultScanConfig()
      : parseConfig(spec.configText, spec.configFile ?? 'config', spec.extended ?? {});
  return new Detector({ rules: config.rules, allowlists: config.allowlists });
}
