import 'leaflet/dist/leaflet.css';
import './style.css';
import { CSV_COLUMNS, type CsvMapping } from '@artsrx/adapters/csv';
import { RULES } from '@artsrx/validate';
import { checkCsv, checkText, detectFormat, type Checked } from './engine.js';
import { h, replace } from './lib/dom.js';
import { usableDataset } from './lib/usable.js';
import { renderIssues } from './ui/issues.js';
import { renderMap } from './ui/map.js';
import { renderMatchPanel, setLocation } from './ui/match.js';

const ruleCodes = new Set(RULES.map((r) => r.code));
// `?now=2026-12-01` pins "today" (freshness checks, the match date) so a page can be checked reproducibly.
const nowParam = new URLSearchParams(location.search).get('now');
const now = nowParam && !Number.isNaN(Date.parse(nowParam)) ? new Date(nowParam) : undefined;
const status = document.getElementById('load-status')!;
let pendingCsv: string | undefined;

function show(checked: Checked, source: string): void {
  document.getElementById('mapping')!.hidden = true;
  status.textContent = `Checked ${source} (${checked.format.toUpperCase()}).`;
  renderIssues(checked, ruleCodes);
  const { dataset, dropped } = usableDataset(checked.raw);
  const places = renderMap(dataset, setLocation);
  renderMatchPanel(dataset, now ?? new Date());
  const note = dropped > 0 ? ` ${dropped} record${dropped === 1 ? '' : 's'} with structure errors are left off the map and out of matching.` : '';
  status.textContent = `Checked ${source} (${checked.format.toUpperCase()}): ${places} place${places === 1 ? '' : 's'} on the map, ${dataset.activities.length} activit${dataset.activities.length === 1 ? 'y' : 'ies'} to match.${note}`;
  document.getElementById('results-title')!.focus({ preventScroll: false });
}

function handle(text: string, source: string, fileName = ''): void {
  const format = detectFormat(text, fileName);
  if (format === 'csv') {
    pendingCsv = text;
    showMapping(text, source);
    return;
  }
  show(checkText(text, format, now), source);
}

const normalise = (s: string) => s.trim().toLowerCase().replace(/[\s-]+/g, '_');

function showMapping(text: string, source: string): void {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 2);
  const delimiter = [',', ';', '\t'].map((d) => [d, (firstLine[0] ?? '').split(d).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
  // Header cells only, for the mapping table; the adapter does the real (quote-aware) parsing.
  const headers = (firstLine[0] ?? '').split(delimiter).map((c) => c.replace(/^"|"$/g, '').trim());
  const sample = (firstLine[1] ?? '').split(delimiter).map((c) => c.replace(/^"|"$/g, '').trim());
  const known = new Map(CSV_COLUMNS.map((c) => [normalise(c.name), c.name]));
  const rows = headers.map((header, i) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, header || `(column ${i + 1})`),
      h('td', {}, sample[i] ?? ''),
      h(
        'td',
        {},
        h(
          'select',
          { 'aria-label': `ArtsRx column for “${header}”`, 'data-header': header },
          h('option', { value: '' }, '(ignore this column)'),
          CSV_COLUMNS.map((c) => h('option', { value: c.name, ...(known.get(normalise(header)) === c.name ? { selected: true } : {}) }, `${c.name} — ${c.entity}`)),
        ),
      ),
    ),
  );
  replace(document.querySelector('#mapping-table tbody')!, rows);
  const section = document.getElementById('mapping')!;
  section.hidden = false;
  status.textContent = `${source} looks like a spreadsheet (CSV): match its columns below, then choose “Convert and check”.`;
  document.getElementById('mapping-title')!.setAttribute('tabindex', '-1');
  document.getElementById('mapping-title')!.focus();
}

document.getElementById('convert-csv')!.addEventListener('click', () => {
  if (pendingCsv === undefined) return;
  const columns: Record<string, string> = {};
  for (const select of Array.from(document.querySelectorAll<HTMLSelectElement>('#mapping-table select'))) {
    if (select.value) columns[select.value] = select.dataset.header ?? '';
  }
  const mapping: CsvMapping = { columns };
  show(checkCsv(pendingCsv, mapping, now), 'the spreadsheet');
});

// Bigger files are better checked with the command line, which streams them with flat memory.
const MAX_BYTES = 100 * 1024 * 1024;

async function readFile(file: File): Promise<void> {
  if (file.size > MAX_BYTES) {
    status.textContent = `“${file.name}” is ${Math.round(file.size / 1024 / 1024)} MB: too big to check in a browser tab. Use the command line instead, which streams big files: artsrx validate "${file.name}"`;
    return;
  }
  status.textContent = `Reading ${file.name}…`;
  handle(await file.text(), `“${file.name}”`, file.name);
}

const fileInput = document.getElementById('file') as HTMLInputElement;
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void readFile(file);
  fileInput.value = '';
});

const drop = document.getElementById('drop')!;
drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  const file = e.dataTransfer?.files[0];
  if (file) void readFile(file);
});

document.getElementById('check-paste')!.addEventListener('click', () => {
  const text = (document.getElementById('paste') as HTMLTextAreaElement).value;
  if (text.trim() === '') {
    status.textContent = 'Paste some JSON, NDJSON or CSV first.';
    return;
  }
  handle(text, 'the pasted text');
});

document.getElementById('load-example')!.addEventListener('click', async () => {
  status.textContent = 'Loading the North West example…';
  // Served beside the page (same origin); the example ships with the site.
  const response = await fetch(new URL('examples/north-west.json', document.baseURI));
  handle(await response.text(), 'the North West example', 'north-west.json');
});

document.getElementById('results-title')!.setAttribute('tabindex', '-1');
