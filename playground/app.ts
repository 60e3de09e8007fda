/**
 * The playground page: pick or drop files (or a bundled case), screen them in a worker, show the
 * HTML report and offer the JSON, SARIF and CSV reports for download. Nothing leaves the page.
 */
import type { ScreenRequest, WorkerMessage } from './protocol.js';

/** Injected by scripts/build-playground.ts: the worker's bundled source and the bundled cases. */
declare const WORKER_SOURCE: string;
declare const BUNDLED_CASES: Record<string, readonly { readonly name: string; readonly text: string }[]>;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const worker = new Worker(URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' })));
const links: string[] = [];

function setStatus(text: string, state: 'idle' | 'busy' | 'done' | 'error'): void {
  $('status').textContent = text;
  document.body.dataset['state'] = state;
}

function download(id: string, text: string, type: string): void {
  const link = $<HTMLAnchorElement>(id);
  const url = URL.createObjectURL(new Blob([text], { type }));
  links.push(url);
  link.href = url;
  link.hidden = false;
}

function screenFiles(files: ScreenRequest['files']): void {
  for (const url of links.splice(0)) URL.revokeObjectURL(url);
  for (const id of ['dl-json', 'dl-sarif', 'dl-csv']) $(id).hidden = true;
  $('issues').replaceChildren();
  $('summary').textContent = '';
  $<HTMLProgressElement>('progress').removeAttribute('value');
  setStatus(`Reading ${files.length} file(s)…`, 'busy');
  const request: ScreenRequest = {
    type: 'screen',
    files,
    jurisdiction: $<HTMLSelectElement>('jurisdiction').value as ScreenRequest['jurisdiction'],
    lang: $<HTMLSelectElement>('lang').value as ScreenRequest['lang'],
  };
  worker.postMessage(
    request,
    files.map((file) => file.bytes),
  );
}

function showIssues(issues: readonly string[]): void {
  $('issues').replaceChildren(
    ...issues.map((issue) => {
      const item = document.createElement('li');
      item.textContent = issue;
      item.className = / error: /.test(issue) ? 'error' : / warning: /.test(issue) ? 'warning' : 'info';
      return item;
    }),
  );
}

worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
  const progress = $<HTMLProgressElement>('progress');
  if (data.type === 'progress') {
    progress.max = data.total;
    progress.value = data.done;
    setStatus(`${data.stage[0]!.toUpperCase()}${data.stage.slice(1)}…`, 'busy');
    return;
  }
  progress.max = 1;
  progress.value = 1;
  showIssues(data.issues);
  if (data.type === 'error') {
    setStatus(`Could not screen these files: ${data.message}`, 'error');
    return;
  }
  $('summary').textContent = data.summary;
  $<HTMLIFrameElement>('report').srcdoc = data.html;
  download('dl-json', data.downloads.json, 'application/json');
  download('dl-sarif', data.downloads.sarif, 'application/sarif+json');
  download('dl-csv', data.downloads.csv, 'text/csv');
  setStatus('Done. The report below was made in this browser; nothing was uploaded.', 'done');
};
worker.onerror = (event) => setStatus(`The screening stopped: ${event.message}`, 'error');

async function readFiles(list: FileList | readonly File[]): Promise<ScreenRequest['files']> {
  return Promise.all(
    Array.from(list).map(async (file) => ({ name: file.webkitRelativePath || file.name, bytes: await file.arrayBuffer() })),
  );
}

$<HTMLInputElement>('files').addEventListener('change', async (event) => {
  const input = event.target as HTMLInputElement;
  if (input.files && input.files.length > 0) screenFiles(await readFiles(input.files));
});

const drop = $('drop');
drop.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', async (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  if (event.dataTransfer?.files.length) screenFiles(await readFiles(event.dataTransfer.files));
});

const cases = $<HTMLSelectElement>('case');
for (const name of Object.keys(BUNDLED_CASES)) cases.add(new Option(name, name));
cases.addEventListener('change', () => {
  const files = BUNDLED_CASES[cases.value];
  if (!files) return;
  const encoder = new TextEncoder();
  screenFiles(files.map((file) => ({ name: file.name, bytes: encoder.encode(file.text).buffer as ArrayBuffer })));
});
