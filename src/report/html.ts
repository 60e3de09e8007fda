import { dimensionName, levelName, severityName, strengthName, t, tierName, type Language } from '../i18n/messages.js';
import {
  ILO_DIMENSIONS,
  LEVELS,
  SEVERITIES,
  TIERS,
  compareLevels,
  compareSeverities,
  type Level,
  type Severity,
} from '../model/enums.js';
import { LEVEL_GUIDANCE } from '../assess/guidance.js';
import type { ChainLevel, EmployerLevel, WorkerLevel } from '../assess/levels.js';
import type { Screening } from '../screen/screen.js';
import {
  inLanguage,
  formatEvidence,
  formatPeriod,
  levelsPresent,
  rulesById,
  workersWithIndicators,
  type ReportOptions,
} from './shared.js';
import { escapeXml as h } from './xml.js';
import { littleJudgedHeading, screenedText } from './screened.js';
import { distinctEvidence, type Finding } from '../rules/finding.js';
import { groupBy } from '../collections/group-by.js';
import { compareText } from '../collections/compare-text.js';
import { indicatorLabel } from '../i18n/code-names.js';

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
th{background:#f9fafb}td.n{text-align:right}code{font-size:.85em;overflow-wrap:anywhere}
.sev{display:inline-block;padding:0 .4rem;border-radius:.3rem;color:#fff;font-size:.85em}
.sev-critical{background:#7f1d1d}.sev-high{background:#dc2626}.sev-medium{background:#ea580c}.sev-low{background:#ca8a04}.sev-info{background:#6b7280}
.filters{margin:.5rem 0}.filters label{margin-right:1rem}
ul.ev{margin:.2rem 0;padding-left:1.1rem}svg text{font:12px system-ui,sans-serif}
.lvl{display:inline-block;padding:0 .4rem;border-radius:.3rem;font-size:.85em;color:#fff;white-space:nowrap}
.lvl-none{background:#9ca3af}.lvl-social-dumping{background:#b45309}.lvl-work-crime{background:#c2410c}.lvl-forced-labour{background:#dc2626}.lvl-trafficking{background:#7f1d1d}
td.pos{font-weight:600;color:#991b1b}section.worker{border:1px solid #e5e7eb;border-radius:.4rem;padding:.2rem .8rem;margin:.8rem 0;break-inside:avoid}
section.overview{border:2px solid #374151;border-radius:.5rem;padding:.2rem 1rem 1rem;margin:1rem 0}
section.card{border:1px solid #d1d5db;border-radius:.4rem;padding:.2rem .8rem .6rem;margin:.8rem 0}
details{margin:.3rem 0;border-top:1px solid #f3f4f6;padding-top:.3rem}summary{cursor:pointer}summary .lead{color:#374151;font-size:.92em}
ul.findings{margin:.3rem 0 .5rem;padding-left:1.1rem}ul.findings li{margin:.35rem 0}ul.tight{margin:0;padding-left:1rem}
div.ev{margin-top:.15rem;line-height:1.7}div.ev code{display:inline-block;background:#f3f4f6;border-radius:.2rem;padding:0 .3rem;margin:0 .3rem .15rem 0}
p.levels .lvl{margin-left:.4rem}
@media print{.filters{display:none}body{margin:0;max-width:none}tr,section.card,details{break-inside:avoid}}
`;

const FILTER_SCRIPT = `
(function(){var order=${JSON.stringify(SEVERITIES)};
function apply(){var min=order.indexOf(document.getElementById('f-sev').value);var tier=document.getElementById('f-tier').value;
document.querySelectorAll('[data-severity]').forEach(function(r){var ok=order.indexOf(r.getAttribute('data-severity'))>=min&&(!tier||r.getAttribute('data-tier')===tier);r.hidden=!ok;});}
document.getElementById('f-sev').addEventListener('change',apply);document.getElementById('f-tier').addEventListener('change',apply);
window.addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true;});});})();
`;

/**
 * SHA-256 of FILTER_SCRIPT, so the Content-Security-Policy allows that script and no other, even
 * if data ever got past the escaping. A test recomputes it from the rendered page.
 */
const FILTER_SCRIPT_SHA256 = 'ZRbFQNn2kv8Ql+MIuXBwWXWhJyREjosqd19swLBzn54=';

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
      const rect = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="18" fill="${LEVEL_COLOUR[level]}"><title>${h(`${employer.name ?? employer.id}: ${levelName(level, lang)} ${count}`)}</title></rect>`;
      x += w;
      return rect;
    });
    return `<text x="${label - 6}" y="${y + 13}" text-anchor="end">${h((employer.name ?? employer.id).slice(0, 28))}</text>${segments.join('')}<text x="${(x + 4).toFixed(1)}" y="${y + 13}">${LEVELS.reduce((s, l) => s + employer.workersAffected[l], 0)}</text>`;
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
  const names = new Map(employers.map((e) => [e.id, e.name ?? e.id]));
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
      `<rect x="${p.x}" y="${p.y}" width="160" height="28" rx="4" fill="${LEVEL_COLOUR[level.get(org) ?? 'none']}" stroke="#374151"/><text x="${p.x + 6}" y="${p.y + 18}"${DARK_LEVELS.has(level.get(org) ?? 'none') ? ' fill="#fff"' : ''}>${h((names.get(org) ?? org).slice(0, 24))}<title>${h(org)}</title></text>`,
  );
  const width = 20 + rowsAtDepth.length * 190;
  const height = 20 + Math.max(...rowsAtDepth) * 44;
  return `<svg role="img" aria-label="chains" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px">${lines.join('')}${nodes.join('')}</svg>`;
}

const lvl = (level: Level, lang: Language) => `<span class="lvl lvl-${level}">${h(levelName(level, lang))}</span>`;

/** One worker's ILO dimensions, indicators and ICLS signals, with why the level. */
function iloSection(worker: WorkerLevel, orgs: ReadonlyMap<string, EmployerLevel>, lang: Language): string {
  const { ilo } = worker;
  const signals = (list: typeof ilo.coercion) => h(list.map((s) => indicatorLabel(s.indicator, lang)).join(', ') || '–');
  const rows = ILO_DIMENSIONS.map((dimension) => {
    const state = ilo.dimensions[dimension];
    const indicators = state.indicators
      .map((hit) => `${h(indicatorLabel(hit.indicator, lang))} <small>(${h(strengthName(hit.strength, lang))})</small>`)
      .join(', ');
    return `<tr><td>${h(dimensionName(dimension, lang))}</td><td${state.positive ? ' class="pos"' : ''}>${h(t(state.positive ? 'yes' : 'no', lang))}</td><td>${indicators || '–'}</td></tr>`;
  });
  return [
    `<section class="worker"><h3><code>${h(worker.id)}</code> <small>(${orgLabel(worker.employerId, orgs, lang)})</small> ${lvl(worker.level, lang)}${ilo.child ? ` <b>${h(t('child', lang))}</b>` : ''}</h3>`,
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

const WORDS = {
  overview: { en: 'Case overview', nb: 'Saksoversikt' },
  workersByLevel: { en: 'Workers by level', nb: 'Arbeidstakere etter nivå' },
  attention: { en: 'Who needs attention first', nb: 'Hvem som trenger oppmerksomhet først' },
  whoActs: { en: 'Who acts', nb: 'Hvem handler' },
  decisive: { en: 'Decisive findings', nb: 'Avgjørende funn' },
  workersOf: {
    en: (n: number, employer: string) => `${n} worker(s) of ${employer}`,
    nb: (n: number, employer: string) => `${n} arbeidstaker(e) hos ${employer}`,
  },
  employerCards: { en: 'Employers and their findings', nb: 'Arbeidsgivere og funnene deres' },
  workerCards: { en: 'Workers', nb: 'Arbeidstakere' },
  rulesCited: {
    en: 'Rules cited: legal basis and what to verify',
    nb: 'Regler i rapporten: rettslig grunnlag og hva som kontrolleres',
  },
  nothingAbove: {
    en: 'No worker or employer above none.',
    nb: 'Ingen arbeidstaker eller arbeidsgiver over ingen.',
  },
  orgNumber: { en: 'org. no.', nb: 'org.nr.' },
} as const;

/** Findings shown per group before the rest are left to the group's count. */
const GROUP_FINDINGS = 50;

/** An organisation by name and number where the data has them, and always by its id in the data. */
function orgLabel(id: string, byId: ReadonlyMap<string, EmployerLevel>, lang: Language): string {
  const employer = byId.get(id);
  const number = employer?.orgNumber ? ` <small>${h(WORDS.orgNumber[lang])} ${h(employer.orgNumber)}</small>` : '';
  return employer?.name ? `${h(employer.name)}${number} <small><code>${h(id)}</code></small>` : `<code>${h(id)}</code>${number}`;
}

/** The gravest levels held by workers, at most two, highest first (none excluded). */
function gravestLevels(workers: readonly WorkerLevel[]): Level[] {
  const held = new Set(workers.map((w) => w.level));
  return [...LEVELS]
    .reverse()
    .filter((level) => level !== 'none' && held.has(level))
    .slice(0, 2);
}

/**
 * The first screen: workers by level (people, adding up to the total), then the gravest levels
 * with who acts, and per employer the workers at them with why, in the decisive findings' words.
 */
function overviewSection(
  screening: Screening,
  findingById: ReadonlyMap<string, Finding>,
  rules: ReturnType<typeof rulesById>,
  orgs: ReadonlyMap<string, EmployerLevel>,
  lang: Language,
): string {
  const counts = [...LEVELS]
    .reverse()
    .map((level) => [level, screening.workers.filter((w) => w.level === level).length] as const)
    .filter(([, n]) => n > 0);
  const parts = [
    `<section class="overview"><h2>${h(WORDS.overview[lang])}</h2>`,
    `<p class="levels">${h(WORDS.workersByLevel[lang])}: ${counts.map(([level, n]) => `${lvl(level, lang)} <b>${n}</b>`).join(' ')}</p>`,
  ];
  const levels = gravestLevels(screening.workers);
  if (levels.length === 0) parts.push(`<p>${h(WORDS.nothingAbove[lang])}</p>`);
  for (const level of levels) {
    const atLevel = screening.workers.filter((w) => w.level === level);
    const byEmployer = groupBy(atLevel, (w) => w.employerId);
    const rows = [...byEmployer.entries()]
      .sort(([a], [b]) => compareText(a, b))
      .map(([employerId, workers]) => {
        const lead = workers[0]!;
        // The findings that count most: the gravest, one per rule, in report order.
        const gravest = workers
          .flatMap((w) => w.findings.flatMap((id) => findingById.get(id) ?? []))
          .sort((a, b) => compareSeverities(b.severity, a.severity));
        const seen = new Set<string>();
        const decisive = gravest.filter((f) => !seen.has(f.ruleId) && seen.add(f.ruleId)).slice(0, 3);
        return `<tr><td>${h(WORDS.workersOf[lang](workers.length, ''))}${orgLabel(employerId, orgs, lang)}<br><small>${workers
          .slice(0, 12)
          .map((w) => `<code>${h(w.id)}</code>`)
          .join(' ')}${workers.length > 12 ? ' …' : ''}</small></td><td>${lead.reasons
          .slice(0, 2)
          .map((r) => h(r))
          .join('<br>')}</td><td><ul class="tight">${decisive
          .map(
            (f) =>
              `<li>${sevBadge(f.severity, lang)} <b>${h(rules.get(f.ruleId)?.meta.title[lang] ?? f.ruleId)}</b>: ${h(f.message)}</li>`,
          )
          .join('')}</ul></td></tr>`;
      });
    parts.push(
      `<h3>${lvl(level, lang)} ${atLevel.length}</h3>`,
      `<p><b>${h(WORDS.whoActs[lang])}:</b> ${h(LEVEL_GUIDANCE[level].nextSteps[lang])}</p>`,
      `<table class="attention"><tr><th>${h(WORDS.attention[lang])}</th><th>${h(t('why', lang))}</th><th>${h(WORDS.decisive[lang])}</th></tr>${rows.join('')}</table>`,
    );
  }
  parts.push('</section>');
  return parts.join('');
}

const sevBadge = (s: Severity, lang: Language) => `<span class="sev sev-${s}">${h(severityName(s, lang))}</span>`;

/** One rule's findings about one employer's people, folded: the count and subjects, the rows on demand. */
function groupDetails(group: readonly Finding[], rules: ReturnType<typeof rulesById>, lang: Language): string {
  const lead = group[0]!;
  const meta = rules.get(lead.ruleId)?.meta;
  const subjects = [...new Set(group.map((f) => f.subject.id))];
  const alike = groupBy(
    group,
    (f) => `${f.severity}\0${f.message.split(f.subject.id).join('\u0001')}\0${formatPeriod(f.period)}`,
  );
  const items = [...alike.values()].slice(0, GROUP_FINDINGS).map((same) => {
    const first = same[0]!;
    const who = same.map((f) => `<code>${h(f.subject.id)}</code>`).join(' ');
    const evidence = distinctEvidence(same.flatMap((f) => f.evidence));
    return `<li>${sevBadge(first.severity, lang)} ${h(first.subject.kind)} ${who}${first.period ? ` · ${h(formatPeriod(first.period))}` : ''}: ${h(same.length > 1 ? first.message.split(first.subject.id).join('…') : first.message)}<div class="ev">${evidence
      .map((e) => `<code>${h(formatEvidence(e))}</code>`)
      .join(' ')}</div></li>`;
  });
  const hidden = [...alike.values()].slice(GROUP_FINDINGS).flat().length;
  return `<details data-severity="${lead.severity}" data-tier="${lead.tier}"><summary>${sevBadge(lead.severity, lang)} <b>${h(meta?.title[lang] ?? lead.ruleId)}</b> <code>${h(lead.ruleId)}</code> · ${group.length} · ${subjects
    .slice(0, 8)
    .map((id) => `<code>${h(id)}</code>`)
    .join(
      ' ',
    )}${subjects.length > 8 ? ' …' : ''}<br><span class="lead">${h(lead.message)}</span></summary><ul class="findings">${items.join('')}${hidden > 0 ? `<li>… ${hidden}</li>` : ''}</ul></details>`;
}

/** An employer's case card: who it is, its people by level, notes, its chain, its findings by rule. */
function employerCard(
  employer: EmployerLevel,
  findings: readonly Finding[],
  rules: ReturnType<typeof rulesById>,
  orgs: ReadonlyMap<string, EmployerLevel>,
  lang: Language,
): string {
  const staff = LEVELS.filter((level) => employer.workersAffected[level] > 0)
    .map((level) => `${lvl(level, lang)} ${employer.workersAffected[level]}`)
    .join(' ');
  const groups = [...groupBy(findings, (f) => f.ruleId).values()];
  return [
    `<section class="card" id="employer-${h(employer.id)}"><h3>${orgLabel(employer.id, orgs, lang)} ${lvl(employer.level, lang)}</h3>`,
    staff ? `<p>${h(t('workers', lang))}: ${staff} · ${h(t('share', lang))}: ${Math.round(employer.share * 100)} %</p>` : '',
    ...employer.notes.map((note) => `<p class="note">${h(note)}</p>`),
    employer.inChain.length > 0
      ? `<p><small>${h(t('inChain', lang))}: ${employer.inChain.map((c) => `${c.path.map((org) => orgLabel(org, orgs, lang)).join(' → ')} ${lvl(c.level, lang)}`).join('; ')}</small></p>`
      : '',
    groups.length > 0 ? groups.map((group) => groupDetails(group, rules, lang)).join('') : `<p>${h(t('noFindings', lang))}</p>`,
    '</section>',
  ].join('');
}

/**
 * @summary The screening as one self-contained, printable HTML page, laid out as a case: first
 * the overview (workers by level, the gravest cases with why and who acts), what was screened,
 * then a card per employer with its findings folded by rule (rows on demand), the workers and
 * their ILO assessment, the chains, and the legal basis and next steps once per rule. Organisations
 * by name and number throughout; a severity/tier filter; printing opens every fold.
 */
export function toHtml(given: Screening, options: ReportOptions = {}): string {
  const lang = options.lang ?? given.lang;
  const rules = rulesById(options.rules);
  const screening = inLanguage(given, lang, rules);
  const orgs = new Map(screening.employers.map((e) => [e.id, e]));
  const findingById = new Map(screening.findings.map((f) => [f.id, f]));
  const parts: string[] = [];
  parts.push(
    `<h1>${h(t('title', lang))}</h1>`,
    `<p>${h(t('jurisdiction', lang))}: <b>${h(screening.jurisdiction)}</b> · ${h(t('referenceDate', lang))}: <b>${h(screening.referenceDate)}</b> · ${h(t('workers', lang))}: ${screening.summary.workers} · ${h(t('employers', lang))}: ${screening.summary.employers} · ${h(t('findings', lang))}: ${screening.summary.findings} · labour-screen ${h(screening.tool.version)}</p>`,
    `<p class="note">${h(t('disclaimer', lang))}</p>`,
    overviewSection(screening, findingById, rules, orgs, lang),
    screenedSection(screening, lang),
  );

  const present = levelsPresent(screening);
  if (present.length > 0)
    parts.push(
      `<details class="guide"><summary><b>${h(t('levelGuide', lang))}</b></summary><table><tr><th>${h(t('level', lang))}</th><th>${h(t('meaning', lang))}</th><th>${h(t('nextSteps', lang))}</th></tr>${present
        .map(
          (level) =>
            `<tr><td>${lvl(level, lang)}</td><td>${h(LEVEL_GUIDANCE[level].meaning[lang])}</td><td>${h(LEVEL_GUIDANCE[level].nextSteps[lang])}</td></tr>`,
        )
        .join('')}</table></details>`,
    );

  // Employers gravest first, each with its own findings and its workers' (by the worker's employer).
  const workerEmployer = new Map(screening.workers.map((w) => [w.id, w.employerId]));
  const filed = groupBy(
    screening.findings.filter((f) => f.subject.kind !== 'chain'),
    (f) => (f.subject.kind === 'worker' ? (workerEmployer.get(f.subject.id) ?? f.subject.id) : f.subject.id),
  );
  const employers = [...screening.employers]
    .filter((e) => (filed.get(e.id)?.length ?? 0) > 0 || e.level !== 'none' || e.inChain.length > 0)
    .sort((a, b) => compareLevels(b.level, a.level) || compareText(a.id, b.id));
  parts.push(
    `<h2>${h(WORDS.employerCards[lang])}</h2>`,
    `<div class="filters"><label>${h(t('filter', lang))} <select id="f-sev">${SEVERITIES.map((s) => `<option value="${s}">${h(severityName(s, lang))}</option>`).join('')}</select></label><label>${h(t('tier', lang))} <select id="f-tier"><option value="">${h(t('all', lang))}</option>${TIERS.map((tier) => `<option value="${tier}">${h(tierName(tier, lang))}</option>`).join('')}</select></label></div>`,
  );
  if (screening.findings.length === 0) parts.push(`<p>${h(t('noFindingsScreened', lang))}</p>`);
  for (const employer of employers) parts.push(employerCard(employer, filed.get(employer.id) ?? [], rules, orgs, lang));
  const chainFindings = screening.findings.filter((f) => f.subject.kind === 'chain');
  if (chainFindings.length > 0)
    parts.push(
      `<section class="card"><h3>${h(t('chains', lang))}</h3>${[...groupBy(chainFindings, (f) => f.ruleId).values()]
        .map((group) => groupDetails(group, rules, lang))
        .join('')}</section>`,
    );

  parts.push(
    `<h3>${h(t('levelsPerEmployer', lang))}</h3>`,
    levelsChart(screening.employers, lang),
    `<h3>${h(t('findingsByTier', lang))}</h3>`,
    tierChart(screening, lang),
  );

  if (screening.chains.length > 0)
    parts.push(
      `<h2>${h(t('chains', lang))}</h2>`,
      chainGraph(screening.chains, screening.employers),
      `<table><tr><th>${h(t('chains', lang))}</th><th>${h(t('level', lang))}</th><th>${h(t('via', lang))}</th></tr>${screening.chains
        .map(
          (c) =>
            `<tr><td>${c.path.map((org) => orgLabel(org, orgs, lang)).join(' → ')}</td><td>${lvl(c.level, lang)}</td><td>${c.via ? orgLabel(c.via, orgs, lang) : ''}</td></tr>`,
        )
        .join('')}</table>`,
    );

  const withFindings = screening.workers
    .filter((w) => w.findings.length > 0)
    .sort((a, b) => compareLevels(b.level, a.level) || compareText(a.id, b.id));
  if (withFindings.length > 0) {
    const gravest = new Set(gravestLevels(screening.workers).slice(0, 1));
    const withIndicators = new Set(workersWithIndicators(screening.workers));
    parts.push(
      `<h2>${h(WORDS.workerCards[lang])}</h2>`,
      `<table><tr><th>${h(t('workers', lang))}</th><th>${h(t('employers', lang))}</th><th>${h(t('level', lang))}</th><th>${h(t('findings', lang))}</th></tr>${withFindings
        .map((w) => {
          const ruleIds = [...new Set(w.findings.flatMap((id) => findingById.get(id)?.ruleId ?? []))].sort(compareText);
          return `<tr><td><code>${h(w.id)}</code></td><td>${orgLabel(w.employerId, orgs, lang)}</td><td>${lvl(w.level, lang)}</td><td>${ruleIds.map((r) => `<code>${h(r)}</code>`).join(' ')}</td></tr>`;
        })
        .join('')}</table>`,
    );
    const assessed = withFindings.filter((w) => withIndicators.has(w));
    if (assessed.length > 0)
      parts.push(
        `<h3>${h(t('iloAssessment', lang))}</h3>`,
        `<p class="note">${h(t('iloNote', lang))}</p>`,
        ...assessed.map((w) =>
          gravest.has(w.level)
            ? iloSection(w, orgs, lang)
            : `<details><summary><code>${h(w.id)}</code> ${lvl(w.level, lang)}</summary>${iloSection(w, orgs, lang)}</details>`,
        ),
      );
  }

  const cited = [...new Set(screening.findings.map((f) => f.ruleId))].sort(compareText);
  if (cited.length > 0)
    parts.push(
      `<h2>${h(WORDS.rulesCited[lang])}</h2>`,
      `<table><tr><th>${h(t('rule', lang))}</th><th>${h(t('legalRefs', lang))}</th><th>${h(t('nextSteps', lang))}</th></tr>${cited
        .map((id) => {
          const meta = rules.get(id)?.meta;
          const finding = meta ? undefined : screening.findings.find((f) => f.ruleId === id);
          return `<tr><td><code>${h(id)}</code><br>${h(meta?.title[lang] ?? '')}</td><td>${h((meta?.legalRefs ?? finding?.legalRefs ?? []).join('; '))}</td><td>${h(meta?.nextSteps[lang] ?? finding?.nextSteps.join(' ') ?? '')}</td></tr>`;
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
