/**
 * The screening, off the page's thread: read the files (the same reader as the CLI), screen,
 * render. Nothing here touches the network or the DOM.
 */
import {
  fileKind,
  formatIngestIssue,
  IngestError,
  LEVELS,
  parseDatasetFiles,
  screen,
  TimeoutError,
  type IngestIssue,
} from '../src/index.js';
import { ConfigFileError, parseConfigText, type ConfigFile } from '../src/screen/config-file.js';
import { renderReport } from '../src/report/index.js';
import type { ScreenRequest, WorkerMessage } from './protocol.js';

const scope = globalThis as unknown as {
  postMessage(message: WorkerMessage): void;
  onmessage: ((event: { data: ScreenRequest }) => void) | null;
};
const post = (message: WorkerMessage) => scope.postMessage(message);

/** The dropped labour-screen.config.json, read as the CLI reads it (a bad one is an error, not ignored). */
function configOf(files: ScreenRequest['files']): ConfigFile {
  const config = files.find((file) => fileKind(file.name).kind === 'config');
  return config ? parseConfigText(new TextDecoder().decode(config.bytes), config.name) : {};
}

scope.onmessage = ({ data }) => {
  let issues: readonly IngestIssue[] = [];
  try {
    const config = configOf(data.files);
    const jurisdiction = data.jurisdiction === 'auto' ? (config.jurisdiction ?? 'NO') : data.jurisdiction;
    const total = data.files.length + 2;
    post({ type: 'progress', stage: `reading ${data.files.length} file(s)`, done: 0, total });
    const files = data.files.map((file) => ({ name: file.name, bytes: new Uint8Array(file.bytes) }));
    const read = parseDatasetFiles(files, { jurisdiction, timeoutMs: 120_000 });
    issues = read.issues;
    const errors = issues.filter((issue) => issue.severity === 'error').length;
    if (read.dataset.workers.length === 0) {
      post({
        type: 'error',
        message: 'No workers could be read: a dataset needs workers.csv (or arbeidstakere.csv).',
        issues: issues.map(formatIngestIssue),
      });
      return;
    }
    post({ type: 'progress', stage: 'screening', done: data.files.length, total });
    // The configuration's reference date and rule settings apply as in `check`.
    const screening = screen(read.dataset, {
      jurisdiction,
      ingestIssues: issues,
      timeoutMs: 120_000,
      ...(config.on !== undefined ? { on: config.on } : {}),
      ...(config.rules !== undefined ? { rules: config.rules } : {}),
      ...(config.arrangements !== undefined ? { arrangements: config.arrangements } : {}),
    });
    post({ type: 'progress', stage: 'writing the report', done: data.files.length + 1, total });
    const levels = LEVELS.map((level) => [level, screening.workers.filter((w) => w.level === level).length] as const).filter(
      ([, n]) => n > 0,
    );
    post({
      type: 'result',
      html: renderReport(screening, 'html', { lang: data.lang }),
      downloads: {
        json: renderReport(screening, 'json', { lang: data.lang }),
        sarif: renderReport(screening, 'sarif', { lang: data.lang }),
        csv: renderReport(screening, 'csv', { lang: data.lang }),
      },
      summary:
        `${screening.summary.workers} workers, ${screening.summary.findings} findings` +
        (errors ? `, ${errors} reading error(s)` : '') +
        `; worker levels: ${levels.map(([level, n]) => `${level} ${n}`).join(', ')}`,
      issues: issues.map(formatIngestIssue),
    });
  } catch (error) {
    const message =
      error instanceof IngestError
        ? formatIngestIssue(error.issue)
        : error instanceof TimeoutError || error instanceof TypeError || error instanceof ConfigFileError
          ? error.message
          : `unexpected error: ${(error as Error).message}`;
    post({ type: 'error', message, issues: issues.map(formatIngestIssue) });
  }
};
