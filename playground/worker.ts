/**
 * The screening, off the page's thread: read the files (the same reader as the CLI), screen,
 * render. Nothing here touches the network or the DOM.
 */
import {
  fileKind,
  formatIngestIssue,
  IngestError,
  parseDatasetFiles,
  checkProject,
  TimeoutError,
  type IngestIssue,
} from '../src/index.js';
import { ConfigFileError, parseConfigText, type ConfigFile } from '../src/screen/config-file.js';
import { renderReport } from '../src/report/index.js';
import type { ScreenRequest, WorkerMessage } from './protocol.js';
import { resultSummary } from './summary.js';

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
    if (read.dataset.workers.length === 0) {
      post({
        type: 'error',
        message: 'No workers could be read: a dataset needs workers.csv (or arbeidstakere.csv).',
        issues: issues.map(formatIngestIssue),
      });
      return;
    }
    post({ type: 'progress', stage: 'screening', done: data.files.length, total });
    // The configuration and the verdict exactly as `labour-screen check` has them.
    const result = checkProject(read, config, { jurisdiction, lang: data.lang, timeoutMs: 120_000 });
    const { screening } = result;
    post({ type: 'progress', stage: 'writing the report', done: data.files.length + 1, total });
    post({
      type: 'result',
      html: renderReport(screening, 'html', { lang: data.lang }),
      downloads: {
        json: renderReport(screening, 'json', { lang: data.lang }),
        sarif: renderReport(screening, 'sarif', { lang: data.lang }),
        csv: renderReport(screening, 'csv', { lang: data.lang }),
      },
      summary: resultSummary(result),
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
