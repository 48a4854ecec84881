import { readFileSync } from 'node:fs';
import { toText } from '../detect/content.js';
import type { Detector } from '../detect/detector.js';
import type { ScanTask, TaskResult } from './messages.js';

/** Runs one task; shared by worker threads and the in-process path so both behave alike. */
export function runTask(detector: Detector, task: ScanTask): TaskResult {
  if (task.nameOnly) return { findings: detector.detectFileName(task), bytes: 0 };
  let text: string | null;
  let size: number;
  if (task.text !== undefined) {
    text = task.text;
    size = Buffer.byteLength(text);
  } else {
    let bytes: Uint8Array;
    if (task.bytes) bytes = task.bytes;
    else {
      try {
        bytes = readFileSync(task.file!);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code ?? 'error';
        return { findings: [], skipped: { file: task.path, reason: 'unreadable', detail: code }, bytes: 0 };
      }
    }
    size = bytes.length;
    text = toText(bytes);
  }
  if (text === null)
    return { findings: detector.detectFileName(task), skipped: { file: task.path, reason: 'binary' }, bytes: 0 };
  const findings = detector.detect({ text, path: task.path, ...(task.commit ? { commit: task.commit } : {}) });
  return { findings, bytes: size };
}
