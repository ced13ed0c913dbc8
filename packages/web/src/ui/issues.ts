import { formatJson, formatMarkdown, type ValidationResult } from '@artsrx/validate';
import { countByRule, groupIssues } from '../lib/group.js';
import { h, replace } from '../lib/dom.js';
import type { Checked } from '../engine.js';
import type { ValidationIssue } from '../lib/types.js';

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Note' } as const;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Where the rule catalogue lives in the docs site (the validator is served from `<site>/validator/`, the catalogue from `<site>/docs/rules.html`). */
export const RULES_PAGE = '../docs/rules.html';

/** Shows the issues of a checked input: counts, filters, and the issues grouped by record. */
export function renderIssues(checked: Checked, ruleCodes: ReadonlySet<string>): void {
  const section = document.getElementById('results')!;
  section.hidden = false;
  const { counts } = checked;
  const summary = document.getElementById('summary')!;
  summary.textContent = checked.valid
    ? `Valid: no errors${counts.warning + counts.info > 0 ? `, but ${plural(counts.warning, 'warning', 'warnings')} and ${plural(counts.info, 'note', 'notes')} worth a look` : ''}.`
    : `Not valid: ${plural(counts.error, 'error', 'errors')} to fix.`;
  summary.className = checked.valid ? 'ok' : 'bad';
  replace(
    document.getElementById('counts')!,
    (['error', 'warning', 'info'] as const).map((s) =>
      h('li', { class: `count count-${s}`, 'data-severity': s }, h('span', { class: 'n' }, counts[s]), ' ', counts[s] === 1 ? SEVERITY_LABEL[s].toLowerCase() : `${SEVERITY_LABEL[s].toLowerCase()}s`),
    ),
  );
  const select = document.getElementById('rule-filter') as HTMLSelectElement;
  replace(select, h('option', { value: '' }, `All rules (${checked.issues.length})`), countByRule(checked.issues).map(({ code, count }) => h('option', { value: code }, `${code} (${count})`)));
  (document.getElementById('download-md') as HTMLButtonElement).onclick = () => download('artsrx-report.md', 'text/markdown', formatMarkdown(asResult(checked), { title: 'ArtsRx validation' }));
  (document.getElementById('download-json') as HTMLButtonElement).onclick = () => download('artsrx-report.json', 'application/json', formatJson(asResult(checked)));
  const draw = () => drawGroups(checked, ruleCodes);
  select.onchange = draw;
  for (const s of ['error', 'warning', 'info']) (document.getElementById(`show-${s}`) as HTMLInputElement).onchange = draw;
  draw();
}

function drawGroups(checked: Checked, ruleCodes: ReadonlySet<string>): void {
  const rule = (document.getElementById('rule-filter') as HTMLSelectElement).value;
  const shown = new Set(['error', 'warning', 'info'].filter((s) => (document.getElementById(`show-${s}`) as HTMLInputElement).checked));
  const visible = checked.issues.filter((i) => (rule === '' || i.code === rule) && shown.has(i.severity));
  const container = document.getElementById('issues')!;
  if (checked.issues.length === 0) {
    replace(container, h('p', { class: 'ok' }, 'No issues at all. Well done!'));
    return;
  }
  if (visible.length === 0) {
    replace(container, h('p', {}, 'No issues match this filter.'));
    return;
  }
  const groups = groupIssues(visible, checked.raw);
  replace(
    container,
    groups.map((group) =>
      h(
        'section',
        { class: 'group', 'data-record': group.key, 'aria-label': group.label },
        h('h3', {}, group.label, ' ', h('span', { class: 'group-counts' }, summaryOf(group.counts))),
        h('ul', { class: 'issue-list' }, group.issues.map((issue) => issueItem(issue, ruleCodes))),
      ),
    ),
  );
}

function summaryOf(c: { error: number; warning: number; info: number }): string {
  const parts = [];
  if (c.error) parts.push(plural(c.error, 'error', 'errors'));
  if (c.warning) parts.push(plural(c.warning, 'warning', 'warnings'));
  if (c.info) parts.push(plural(c.info, 'note', 'notes'));
  return `(${parts.join(', ')})`;
}

function issueItem(issue: ValidationIssue, ruleCodes: ReadonlySet<string>): HTMLElement {
  const where = [
    issue.line !== undefined ? `line ${issue.line}` : undefined,
    issue.row !== undefined ? `row ${issue.row}` : undefined,
    issue.column !== undefined ? `column “${issue.column}”` : undefined,
    issue.pointer ? `at ${issue.pointer}` : undefined,
  ].filter(Boolean);
  return h(
    'li',
    { class: `issue issue-${issue.severity}`, 'data-code': issue.code },
    h('span', { class: `badge badge-${issue.severity}` }, SEVERITY_LABEL[issue.severity]),
    ' ',
    h('span', { class: 'message' }, issue.message),
    issue.hint ? h('p', { class: 'hint' }, h('span', { class: 'visually-hidden' }, 'How to fix: '), issue.hint) : null,
    h(
      'p',
      { class: 'meta' },
      ruleCodes.has(issue.code) ? h('a', { href: `${RULES_PAGE}#${issue.code}`, class: 'rule-link' }, h('code', {}, issue.code), h('span', { class: 'visually-hidden' }, ': read about this rule')) : h('code', {}, issue.code),
      where.length > 0 ? ` · ${where.join(', ')}` : '',
    ),
  );
}

function asResult(checked: Checked): ValidationResult {
  const raw = (typeof checked.raw === 'object' && checked.raw !== null ? checked.raw : {}) as Record<string, unknown>;
  const n = (list: string) => (Array.isArray(raw[list]) ? (raw[list] as unknown[]).length : 0);
  return {
    valid: checked.valid,
    counts: checked.counts,
    issues: checked.issues.map((i) => ({ ...i, pointer: i.pointer ?? '' })),
    stats: { organisations: n('organisations'), places: n('places'), assets: n('assets'), activities: n('activities') },
  };
}

/** Saves text as a file: a blob URL made and revoked in the page — nothing leaves the machine. */
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
