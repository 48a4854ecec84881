// RFC 4180: CRLF after every record, a field quoted when it holds a comma, quote, CR or LF,
// quotes inside doubled. Header row = the finding contract's field names; tags space-joined.
import type { Finding } from '../finding.js';
import { FINDING_FIELDS } from './json.js';
import { prepareFindings } from './order.js';
import type { Reporter } from './reporter.js';

const CRLF = '\r\n';

export const csv: Reporter = (input, options) => {
  const rows = prepareFindings(input.findings, options.redact).map((f) =>
    FINDING_FIELDS.map((field) => value(f, field)),
  );
  return [[...FINDING_FIELDS], ...rows].map((row) => row.map(cell).join(',') + CRLF).join('');
};

function value(f: Finding, field: (typeof FINDING_FIELDS)[number]): string {
  const v = f[field];
  return Array.isArray(v) ? v.join(' ') : String(v);
}

/**
 * Spreadsheets (Excel, LibreOffice, Google Sheets) execute a cell that starts with = + - @,
 * and a leading tab or CR can hide such a start, so a committed `=HYPERLINK(...)` would run
 * when someone opens the report. A leading `'` makes the cell plain text (OWASP's advice).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function cell(raw: string): string {
  const safe = FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
