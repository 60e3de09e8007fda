import { dimensionName, levelName, severityName, strengthName, t, tierName, type Language } from '../i18n/messages.js';
import { ILO_DIMENSIONS, LEVELS, SEVERITIES, TIERS, type Level } from '../model/enums.js';
import { LEVEL_GUIDANCE } from '../assess/guidance.js';
import type { ChainLevel, EmployerLevel, WorkerLevel } from '../assess/levels.js';
import type { Screening } from '../screen/screen.js';
import { formatEvidence, formatPeriod, levelsPresent, rulesById, workersWithIndicators, type ReportOptions } from './shared.js';
import { escapeXml as h } from './xml.js';
import { littleJudgedHeading, screenedText } from './screened.js';

/**
 * One self-contained HTML file: no network requests (a Content-Security-Policy forbids them), the
 * charts are inline SVG drawn here, the only script is the inline severity/tier filter, and every
 * value from the data is escaped.
 * @module
 */

const LEVEL_COLOUR: Record<Level, string> = {
  none: '#d1d5db',
  'social-dumping': '#f59e0b',
  'work-crime': '#ea580c',
  'forced-labour': '#dc2626',
  trafficking: '#7f1d1d',
};

/** Levels whose colour needs white text. */
const DARK_LEVELS: ReadonlySet<Level> = new Set(['forced-labour', 'trafficking']);

const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#111827}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #e5e7eb;padding-bottom:.2rem}
.note{background:#fef3c7;border-left:4px solid #f59e0b;padding:.5rem .8rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #e5e7eb;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f9fafb}td.n{text-align:right}code{font-size:.85em;word-break:break-all}
.sev{display:inline-block;padding:0 .4rem;border-radius:.3rem;color:#fff;font-size:.85em}
.sev-critical{background:#7f1d1d}.sev-high{background:#dc2626}.sev-medium{background:#ea580c}.sev-low{background:#ca8a04}.sev-info{background:#6b7280}
.filters{margin:.5rem 0}.filters label{margin-right:1rem}
ul.ev{margin:.2rem 0;padding-left:1.1rem}svg text{font:12px system-ui,sans-serif}
.lvl{display:inline-block;padding:0 .4rem;border-radius:.3rem;font-size:.85em;color:#fff;white-space:nowrap}
.lvl-none{background:#9ca3af}.lvl-social-dumping{background:#b45309}.lvl-work-crime{background:#c2410c}.lvl-forced-labour{background:#dc2626}.lvl-trafficking{background:#7f1d1d}
td.pos{font-weight:600;color:#991b1b}section.worker{border:1px solid #e5e7eb;border-radius:.4rem;padding:.2rem .8rem;margin:.8rem 0;break-inside:avoid}
@media print{.filters{display:none}body{margin:0;max-width:none}tr{break-inside:avoid}}
`;

const FILTER_SCRIPT = `
(function(){var order=${JSON.stringify(SEVERITIES)};
function apply(){var min=order.indexOf(document.getElementById('f-sev').value);var tier=document.getElementById('f-tier').value;
document.querySelectorAll('tr[data-severity]').forEach(function(r){var ok=order.indexOf(r.getAttribute('data-severity'))>=min&&(!tier||r.getAttribute('data-tier')===tier);r.hidden=!ok;});}
document.getElementById('f-sev').addEventListener('change',apply);document.getElementById('f-tier').addEventListener('change',apply);})();
`;

/**
 * SHA-256 of FILTER_SCRIPT, so the Content-Security-Policy allows that script and no other, even
 * if data ever got past the escaping. A test recomputes it from the rendered page.
 */
const FILTER_SCRIPT_SHA256 = 'oyIHrknMmYLtZ9UzUmCMyvzKC6M+yyjQJx7TcGto654=';

/** Stacked bars: each employer's workers by level. */
function levelsChart(employers: readonly EmployerLevel[], lang: Language): string {
  const rows = employers.filter((e) => LEVELS.some((l) => e.workersAffected[l] > 0));
  if (rows.length === 0) return '';
  const widest = Math.max(...rows.map((e) => LEVELS.reduce((sum, l) => sum + e.workersAffected[l], 0)));
  const label = 170;
  const width = 520;
  const bars = rows.map((employer, i) => {
    let x = label;
    const y = 24 + i * 26;
    const segments = LEVELS.filter((l) => employer.workersAffected[l] > 0).map((level) => {
      const count = employer.workersAffected[level];
      const w = (count / widest) * (width - label - 40);
      const rect = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="18" fill="${LEVEL_COLOUR[level]}"><title>${h(`${employer.id}: ${levelName(level, lang)} ${count}`)}</title></rect>`;
      x += w;
      return rect;
    });
    return `<text x="${label - 6}" y="${y + 13}" text-anchor="end">${h(employer.id.slice(0, 28))}</text>${segments.join('')}<text x="${(x + 4).toFixed(1)}" y="${y + 13}">${LEVELS.reduce((s, l) => s + employer.workersAffected[l], 0)}</text>`;
  });
  // Legend entries placed by the length of their names (about 7 px a character at 12 px).
  let legendX = label;
  const legend = LEVELS.map((level) => {
    const name = levelName(level, lang);
    const entry = `<rect x="${legendX}" y="4" width="10" height="10" fill="${LEVEL_COLOUR[level]}"/><text x="${legendX + 14}" y="13">${h(name)}</text>`;
    legendX += 14 + name.length * 7 + 16;
    return entry;
  }).join('');
  const height = 30 + rows.length * 26;
  const full = Math.max(width, legendX - label) + label;
  return `<svg role="img" aria-label="${h(t('levelsPerEmployer', lang))}" viewBox="0 0 ${full} ${height}" width="100%" style="max-width:${full}px">${legend}${bars.join('')}</svg>`;
}

/** Bars: findings per tier. */
function tierChart(screening: Screening, lang: Language): string {
  const counts = TIERS.map((tier) => screening.summary.byTier[tier]);
  const most = Math.max(1, ...counts);
  const bars = TIERS.map((tier, i) => {
    const w = (counts[i]! / most) * 300;
    const y = 6 + i * 26;
    return `<text x="150" y="${y + 13}" text-anchor="end">${h(tierName(tier, lang))}</text><rect x="156" y="${y}" width="${w.toFixed(1)}" height="18" fill="${LEVEL_COLOUR[tier]}"/><text x="${(160 + w).toFixed(1)}" y="${y + 13}">${counts[i]}</text>`;
  });
  return `<svg role="img" aria-label="${h(t('findingsByTier', lang))}" viewBox="0 0 500 ${12 + TIERS.length * 26}" width="100%" style="max-width:500px">${bars.join('')}</svg>`;
}

/** The contracting chains as a layered graph: root on the left, suppliers to the right, coloured by level. */
function chainGraph(chains: readonly ChainLevel[], employers: readonly EmployerLevel[]): string {
  if (chains.length === 0) return '';
  const level = new Map(employers.map((e) => [e.id, e.level]));
  const position = new Map<string, { x: number; y: number }>();
  const rowsAtDepth: number[] = [];
  const edges = new Set<string>();
  for (const chain of chains) {
    chain.path.forEach((org, depth) => {
      if (!position.has(org)) {
        const row = rowsAtDepth[depth] ?? 0;
        rowsAtDepth[depth] = row + 1;
        position.set(org, { x: 10 + depth * 190, y: 10 + row * 44 });
      }
      if (depth > 0) edges.add(`${chain.path[depth - 1]}\u0000${org}`);
    });
  }
  const lines = [...edges].map((edge) => {
    const [from, to] = edge.split('\u0000') as [string, string];
    const a = position.get(from)!;
    const b = position.get(to)!;
    return `<line x1="${a.x + 160}" y1="${a.y + 14}" x2="${b.x}" y2="${b.y + 14}" stroke="#6b7280"/>`;
  });
  const nodes = [...position.entries()].map(
    ([org, p]) =>
      `<rect x="${p.x}" y="${p.y}" width="160" height="28" rx="4" fill="${LEVEL_COLOUR[level.get(org) ?? 'none']}" stroke="#374151"/><text x="${p.x + 6}" y="${p.y + 18}"${DARK_LEVELS.has(level.get(org) ?? 'none') ? ' fill="#fff"' : ''}>${h(org.slice(0, 24))}</text>`,
  );
  const width = 20 + rowsAtDepth.length * 190;
  const height = 20 + Math.max(...rowsAtDepth) * 44;
  return `<svg role="img" aria-label="chains" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px">${lines.join('')}${nodes.join('')}</svg>`;
}

const lvl = (level: Level, lang: Language) => `<span class="lvl lvl-${level}">${h(levelName(level, lang))}</span>`;

/** One worker's ILO dimensions, indicators and ICLS signals, with why the level. */
function iloSection(worker: WorkerLevel, lang: Language): string {
  const { ilo } = worker;
  const signals = (list: typeof ilo.coercion) => h(list.map((s) => s.indicator.replace(/-/g, ' ')).join(', ') || '–');
  const rows = ILO_DIMENSIONS.map((dimension) => {
    const state = ilo.dimensions[dimension];
    const indicators = state.indicators
      .map((hit) => `${h(hit.indicator.replace(/-/g, ' '))} <small>(${h(strengthName(hit.strength, lang))})</small>`)
      .join(', ');
    return `<tr><td>${h(dimensionName(dimension, lang))}</td><td${state.positive ? ' class="pos"' : ''}>${h(t(state.positive ? 'yes' : 'no', lang))}</td><td>${indicators || '–'}</td></tr>`;
  });
  return [
    `<section class="worker"><h3><code>${h(worker.id)}</code> <small>(<code>${h(worker.employerId)}</code>)</small> ${lvl(worker.level, lang)}${ilo.child ? ` <b>${h(t('child', lang))}</b>` : ''}</h3>`,
    worker.reasons.length > 0 ? `<ul>${worker.reasons.map((r) => `<li>${h(r)}</li>`).join('')}</ul>` : '',
    `<table><tr><th>${h(t('dimension', lang))}</th><th>${h(t('positive', lang))}</th><th>${h(t('indicators', lang))}</th></tr>${rows.join('')}</table>`,
    `<p>${h(t('involuntariness', lang))}: ${signals(ilo.involuntariness)} · ${h(t('coercion', lang))}: ${signals(ilo.coercion)}</p></section>`,
  ].join('');
}

/** "What was screened": a clean screening says what it covered and what the rules could not judge. */
function screenedSection(screening: Screening, lang: Language): string {
  const block = screenedText(screening, lang);
  return [
    `<h2>${h(block.heading)}</h2>`,
    ...block.warnings.map((warning) => `<p class="note">${h(warning)}</p>`),
    `<ul>${block.lines.map((line) => `<li>${h(line)}</li>`).join('')}</ul>`,
    block.littleJudged.length > 0
      ? `<p>${h(littleJudgedHeading(lang))}:</p><ul>${block.littleJudged.map((line) => `<li>${h(line)}</li>`).join('')}</ul>`
      : '',
  ].join('');
}

/**
 * @summary The screening as one self-contained, printable HTML page: summary, charts of levels per
 * employer and findings per tier, the contracting chains, workers by level, and the findings with
 * their evidence and a severity/tier filter.
 */
export function toHtml(screening: Screening, options: ReportOptions = {}): string {
  const lang = options.lang ?? 'en';
  const rules = rulesById(options.rules);
  const sev = (s: (typeof SEVERITIES)[number]) => `<span class="sev sev-${s}">${h(severityName(s, lang))}</span>`;
  const parts: string[] = [];
  parts.push(
    `<h1>${h(t('title', lang))}</h1>`,
    `<p>${h(t('jurisdiction', lang))}: <b>${h(screening.jurisdiction)}</b> · ${h(t('referenceDate', lang))}: <b>${h(screening.referenceDate)}</b> · ${h(t('workers', lang))}: ${screening.summary.workers} · ${h(t('employers', lang))}: ${screening.summary.employers} · ${h(t('findings', lang))}: ${screening.summary.findings} · labour-screen ${h(screening.tool.version)}</p>`,
    `<p class="note">${h(t('disclaimer', lang))}</p>`,
    `<h2>${h(t('summary', lang))}</h2>`,
    `<table><tr><th>${h(t('tier', lang))}</th>${[...SEVERITIES]
      .reverse()
      .map((s) => `<th>${sev(s)}</th>`)
      .join('')}<th>${h(t('total', lang))}</th></tr>${TIERS.map((tier) => {
      const inTier = screening.findings.filter((f) => f.tier === tier);
      return `<tr><td>${h(tierName(tier, lang))}</td>${[...SEVERITIES]
        .reverse()
        .map((s) => `<td class="n">${inTier.filter((f) => f.severity === s).length}</td>`)
        .join('')}<td class="n">${inTier.length}</td></tr>`;
    }).join('')}</table>`,
    `<h3>${h(t('findingsByTier', lang))}</h3>`,
    tierChart(screening, lang),
    `<h3>${h(t('levelsPerEmployer', lang))}</h3>`,
    levelsChart(screening.employers, lang),
  );

  parts.push(screenedSection(screening, lang));

  const present = levelsPresent(screening);
  if (present.length > 0)
    parts.push(
      `<h2>${h(t('levelGuide', lang))}</h2>`,
      `<table><tr><th>${h(t('level', lang))}</th><th>${h(t('meaning', lang))}</th><th>${h(t('nextSteps', lang))}</th></tr>${present
        .map(
          (level) =>
            `<tr><td>${lvl(level, lang)}</td><td>${h(LEVEL_GUIDANCE[level].meaning[lang])}</td><td>${h(LEVEL_GUIDANCE[level].nextSteps[lang])}</td></tr>`,
        )
        .join('')}</table>`,
    );

  parts.push(
    `<h2>${h(t('employers', lang))}</h2>`,
    `<table><tr><th>${h(t('employers', lang))}</th><th>${h(t('level', lang))}</th>${LEVELS.map((l) => `<th>${h(levelName(l, lang))}</th>`).join('')}<th>${h(t('share', lang))}</th></tr>${screening.employers
      .map(
        (e) =>
          `<tr><td><code>${h(e.id)}</code>${e.notes.map((n) => `<br><small>${h(n)}</small>`).join('')}${e.inChain.length > 0 ? `<br><small>${h(t('inChain', lang))}: ${e.inChain.map((c) => `${h(c.path.join(' → '))} (${h(levelName(c.level, lang))})`).join('; ')}</small>` : ''}</td><td>${lvl(e.level, lang)}</td>${LEVELS.map((l) => `<td class="n">${e.workersAffected[l]}</td>`).join('')}<td class="n">${Math.round(e.share * 100)} %</td></tr>`,
      )
      .join('')}</table>`,
  );

  if (screening.chains.length > 0) {
    parts.push(
      `<h2>${h(t('chains', lang))}</h2>`,
      chainGraph(screening.chains, screening.employers),
      `<table><tr><th>${h(t('chains', lang))}</th><th>${h(t('level', lang))}</th><th>${h(t('via', lang))}</th></tr>${screening.chains
        .map(
          (c) =>
            `<tr><td>${c.path.map((org) => `<code>${h(org)}</code>`).join(' → ')}</td><td>${h(levelName(c.level, lang))}</td><td>${c.via ? `<code>${h(c.via)}</code>` : ''}</td></tr>`,
        )
        .join('')}</table>`,
    );
  }

  const findingAt = new Map(screening.findings.map((f, index) => [f.id, index]));
  parts.push(
    `<h2>${h(t('workers', lang))}</h2>`,
    `<table><tr><th>${h(t('workers', lang))}</th><th>${h(t('employers', lang))}</th><th>${h(t('level', lang))}</th><th>${h(t('findings', lang))}</th></tr>${screening.workers
      .filter((w) => w.findings.length > 0)
      .map((w) => {
        // The worker's findings in report order: a lookup each, not a scan of all findings per worker.
        const positions = w.findings.flatMap((id) => findingAt.get(id) ?? []).sort((a, b) => a - b);
        const ruleIds = [...new Set(positions.map((index) => screening.findings[index]!.ruleId))];
        return `<tr><td><code>${h(w.id)}</code></td><td><code>${h(w.employerId)}</code></td><td>${lvl(w.level, lang)}</td><td>${ruleIds.map((r) => `<code>${h(r)}</code>`).join(' ')}</td></tr>`;
      })
      .join('')}</table>`,
  );

  const withIndicators = workersWithIndicators(screening.workers);
  if (withIndicators.length > 0)
    parts.push(
      `<h2>${h(t('iloAssessment', lang))}</h2>`,
      `<p class="note">${h(t('iloNote', lang))}</p>`,
      ...withIndicators.map((w) => iloSection(w, lang)),
    );

  parts.push(
    `<h2>${h(t('findings', lang))}</h2>`,
    `<div class="filters"><label>${h(t('filter', lang))} <select id="f-sev">${SEVERITIES.map((s) => `<option value="${s}">${h(severityName(s, lang))}</option>`).join('')}</select></label><label>${h(t('tier', lang))} <select id="f-tier"><option value="">${h(t('all', lang))}</option>${TIERS.map((tier) => `<option value="${tier}">${h(tierName(tier, lang))}</option>`).join('')}</select></label></div>`,
  );
  if (screening.findings.length === 0) parts.push(`<p>${h(t('noFindingsScreened', lang))}</p>`);
  else
    parts.push(
      `<table><tr><th>${h(t('severity', lang))}</th><th>${h(t('rule', lang))}</th><th>${h(t('subject', lang))}</th><th>${h(t('message', lang))}</th><th>${h(t('evidence', lang))}</th></tr>${screening.findings
        .map((f) => {
          const meta = rules.get(f.ruleId)?.meta;
          return `<tr data-severity="${f.severity}" data-tier="${f.tier}"><td>${sev(f.severity)}</td><td><code>${h(f.ruleId)}</code><br>${h(meta?.title[lang] ?? '')}</td><td>${h(f.subject.kind)} <code>${h(f.subject.id)}</code><br>${h(formatPeriod(f.period))}</td><td>${h(f.message)}<br><small>${h(t('legalRefs', lang))}: ${h(f.legalRefs.join('; '))}<br>${h(t('nextSteps', lang))}: ${h(meta?.nextSteps[lang] ?? f.nextSteps.join(' '))}</small></td><td><ul class="ev">${f.evidence.map((e) => `<li><code>${h(formatEvidence(e))}</code></li>`).join('')}</ul></td></tr>`;
        })
        .join('')}</table>`,
    );

  if (screening.skipped.length > 0)
    parts.push(
      `<h2>${h(t('skipped', lang))}</h2><table><tr><th>${h(t('rule', lang))}</th><th>${h(t('reason', lang))}</th></tr>${screening.skipped.map((s) => `<tr><td><code>${h(s.ruleId)}</code></td><td>${h(s.reason)}</td></tr>`).join('')}</table>`,
    );
  if (screening.ingestIssues.length > 0)
    parts.push(
      `<h2>${h(t('ingestIssues', lang))}</h2><ul>${screening.ingestIssues.map((i) => `<li><code>${h(`${i.source}:${i.line}`)}</code> ${h(i.severity)}: ${h(i.message)}</li>`).join('')}</ul>`,
    );

  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${FILTER_SCRIPT_SHA256}'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(t('title', lang))} · ${h(screening.referenceDate)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...parts,
    `<script>${FILTER_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
