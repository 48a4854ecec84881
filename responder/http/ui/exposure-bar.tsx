// The exposure bar as inline SVG (no script, no external image): the six moments evenly
// spaced, the time between them on each segment, red while the credential was usable and
// green after containment. The same facts follow as a definition list, for screen readers
// and for copying.
import { exposureMoments, exposureSummary, gap, type Moment } from './exposure.js';
import { humanTime } from './format.js';
import type { Incident } from '../../ledger/types.js';
import { Time } from './layout.js';

const W = 960;
const X0 = 70;
const STEP = (W - 2 * X0) / 5;
const LINE_Y = 62;
const EXPOSED = '#a3001b';
const SAFE = '#1d6b2f';
const UNKNOWN = '#6b6b6b';

export function ExposureBar({ incident, now }: { incident: Incident & { pushedAt?: string }; now: Date }) {
  const moments = exposureMoments(incident);
  const containedIdx = moments.findIndex((m) => m.id === 'contained');
  const contained = moments[containedIdx]?.at !== undefined;
  const summary = exposureSummary(incident, now);
  const known = moments.flatMap((m, k) => (m.at ? [k] : []));
  return (
    <figure>
      <svg
        class="exposure"
        viewBox={`0 0 ${W} 130`}
        role="img"
        aria-labelledby="exposure-title exposure-desc"
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id="exposure-title">Exposure bar</title>
        <desc id="exposure-desc">
          {moments.map((m, k) => `${m.label}: ${m.at ? humanTime(m.at) : missingWord(moments, k, known)}`).join('; ')}
        </desc>
        <line x1={X0} y1={LINE_Y} x2={W - X0} y2={LINE_Y} stroke={UNKNOWN} stroke-width={3} stroke-dasharray="6 6" />
        {spans(known, containedIdx, contained).map(({ from, to, colour, dashed }) => {
          const x1 = X0 + from * STEP;
          const x2 = X0 + to * STEP;
          const label = dashed ? 'still exposed' : gap(moments[from]!, moments[to]!);
          return (
            <g>
              <line
                x1={x1}
                y1={LINE_Y}
                x2={x2}
                y2={LINE_Y}
                stroke={colour}
                stroke-width={8}
                stroke-dasharray={dashed ? '14 6' : undefined}
              />
              {label && (
                <text x={(x1 + x2) / 2} y={LINE_Y - 12} text-anchor="middle" font-size="14" fill="#1a1a1a">
                  {label}
                </text>
              )}
            </g>
          );
        })}
        {moments.map((m, k) => {
          const x = X0 + k * STEP;
          return (
            <g>
              <circle
                cx={x}
                cy={LINE_Y}
                r={10}
                fill={m.at ? (k <= containedIdx || !contained ? EXPOSED : SAFE) : '#ffffff'}
                stroke={m.at ? '#1a1a1a' : UNKNOWN}
                stroke-width={2}
              />
              <text x={x} y={22} text-anchor="middle" font-size="16" font-weight="bold" fill="#1a1a1a">
                {m.label}
              </text>
              <text x={x} y={LINE_Y + 32} text-anchor="middle" font-size="13" fill="#4a4a4a">
                {m.at ? m.at.slice(0, 10) : missingWord(moments, k, known)}
              </text>
              {m.at && (
                <text x={x} y={LINE_Y + 50} text-anchor="middle" font-size="13" fill="#4a4a4a">
                  {`${m.at.slice(11, 16)} UTC`}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>{summary}</figcaption>
      <dl class="facts">
        {moments.map((m) => (
          <>
            <dt>{m.label}</dt>
            <dd>
              <Time iso={m.at} empty={missingWord(moments, moments.indexOf(m), known)} />
            </dd>
          </>
        ))}
      </dl>
    </figure>
  );
}

/**
 * Solid spans between consecutive known moments (a moment leakhound does not know is passed
 * over, not drawn as a gap in the exposure), red up to containment and green after it; while
 * not contained, a dashed red span from the last known moment to where containment will be.
 */
function spans(
  known: number[],
  containedIdx: number,
  contained: boolean,
): { from: number; to: number; colour: string; dashed: boolean }[] {
  const out = known.slice(1).map((to, k) => ({
    from: known[k]!,
    to,
    colour: !contained || to <= containedIdx ? EXPOSED : SAFE,
    dashed: false,
  }));
  const last = known[known.length - 1];
  if (!contained && last !== undefined && last < containedIdx)
    out.push({ from: last, to: containedIdx, colour: EXPOSED, dashed: true });
  return out;
}

/**
 * Why a moment has no time: eradication is a step a person may not have done; a moment before
 * a known later one happened but was not recorded; anything after is still to come.
 */
function missingWord(moments: Moment[], k: number, known: number[]): string {
  if (moments[k]?.id === 'eradicated') return 'not done';
  return k < (known[known.length - 1] ?? -1) ? 'unknown' : 'not yet';
}
