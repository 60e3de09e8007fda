/**
 * Draws bench/time-vs-rows.svg from bench/results.json (the last-line JSON of `npm run bench` at
 * several sizes): seconds against rows for parse-only and the full screening, on linear axes,
 * with the 1.5 × parse-only target as a dashed line.  `npx tsx bench/plot.ts`
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface Point {
  readonly rows: number;
  readonly parseSeconds: number;
  readonly screenSeconds: number;
}
const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));
const points = (JSON.parse(readFileSync(here('results.json'), 'utf8')) as { points: Point[] }).points.sort(
  (a, b) => a.rows - b.rows,
);

const width = 640;
const height = 400;
const left = 70;
const bottom = 50;
const maxRows = Math.max(...points.map((p) => p.rows));
const ticks = 5;
// Rounded up to whole seconds per tick, so each tick's label is its exact value.
const maxSeconds =
  Math.ceil((Math.max(...points.map((p) => Math.max(p.screenSeconds, p.parseSeconds * 1.5))) * 1.05) / ticks) * ticks;
const x = (rows: number) => left + (rows / maxRows) * (width - left - 20);
const y = (seconds: number) => height - bottom - (seconds / maxSeconds) * (height - bottom - 20);
const line = (value: (p: Point) => number, colour: string, dash = '') =>
  `<polyline fill="none" stroke="${colour}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''} points="${points.map((p) => `${x(p.rows).toFixed(1)},${y(value(p)).toFixed(1)}`).join(' ')}"/>` +
  (dash
    ? ''
    : points.map((p) => `<circle cx="${x(p.rows).toFixed(1)}" cy="${y(value(p)).toFixed(1)}" r="4" fill="${colour}"/>`).join(''));
const axis = [
  `<line x1="${left}" y1="${height - bottom}" x2="${width - 20}" y2="${height - bottom}" stroke="#374151"/>`,
  `<line x1="${left}" y1="20" x2="${left}" y2="${height - bottom}" stroke="#374151"/>`,
  ...Array.from({ length: ticks + 1 }, (_, i) => {
    const rows = (maxRows * i) / ticks;
    const seconds = (maxSeconds * i) / ticks;
    return (
      `<text x="${x(rows).toFixed(1)}" y="${height - bottom + 18}" text-anchor="middle">${(rows / 1e6).toFixed(1)}M</text>` +
      `<text x="${left - 8}" y="${(y(seconds) + 4).toFixed(1)}" text-anchor="end">${seconds.toFixed(0)} s</text>` +
      `<line x1="${left}" y1="${y(seconds).toFixed(1)}" x2="${width - 20}" y2="${y(seconds).toFixed(1)}" stroke="#e5e7eb"/>`
    );
  }),
  `<text x="${(left + width) / 2}" y="${height - 10}" text-anchor="middle">rows (all tables)</text>`,
];
const legend = [
  ['full screening', '#dc2626', ''],
  ['parse-only (csv-parse)', '#2563eb', ''],
  ['target: 1.5 × parse-only', '#6b7280', '6 4'],
].map(
  ([label, colour, dash], i) =>
    `<line x1="${left + 16}" y1="${34 + i * 18}" x2="${left + 40}" y2="${34 + i * 18}" stroke="${colour}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/><text x="${left + 46}" y="${38 + i * 18}">${label}</text>`,
);
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="system-ui,sans-serif" font-size="12">
<rect width="100%" height="100%" fill="#fff"/>
${axis.join('\n')}
${line((p) => p.parseSeconds * 1.5, '#6b7280', '6 4')}
${line((p) => p.parseSeconds, '#2563eb')}
${line((p) => p.screenSeconds, '#dc2626')}
${legend.join('\n')}
</svg>
`;
writeFileSync(here('time-vs-rows.svg'), svg);
console.log(`wrote bench/time-vs-rows.svg (${points.length} points)`);
