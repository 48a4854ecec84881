import { defaultRules } from '../../rules/index.js';
import { Detector } from './detector.js';

/**
 * What a worker thread needs to rebuild the main thread's detector: the config text (not
 * compiled rules — functions and compiled state do not cross threads).
 */
export interface DetectorSpec {
  configText: string | null;
  configFile: string | null;
}

export function detectorFromSpec(spec: DetectorSpec): Detector {
  void spec;
  return new Detector({ rules: defaultRules });
}
