import { createMatcher, type MatchResponse, type Matcher } from '@artsrx/match';
import { ART_FORMS, type Dataset } from '@artsrx/schema';
import { h, replace } from '../lib/dom.js';
import { profileFromForm } from '../lib/profile.js';
import { showPerson } from './map.js';

const DAYS = [
  ['MO', 'Monday'],
  ['TU', 'Tuesday'],
  ['WE', 'Wednesday'],
  ['TH', 'Thursday'],
  ['FR', 'Friday'],
  ['SA', 'Saturday'],
  ['SU', 'Sunday'],
] as const;
const OUTCOME = { match: 'Yes', partial: 'Partly', unknown: 'Not known', fail: 'No' } as const;

let matcher: Matcher | undefined;
let current: Dataset | undefined;
let wired = false;

const input = (id: string) => document.getElementById(id) as HTMLInputElement;

/** Sets the person's location (from a click on the map). */
export function setLocation(lat: number, lng: number): void {
  input('m-lat').value = String(lat);
  input('m-lng').value = String(lng);
  showPerson(lat, lng);
}

function addTime(day = 'MO', from = '09:00', to = '17:00'): void {
  const list = document.getElementById('m-times')!;
  const n = list.children.length + 1;
  const row: HTMLLIElement = h(
    'li',
    { class: 'time-row' },
    h('label', { for: `m-day-${n}` }, 'Day'),
    h('select', { id: `m-day-${n}`, class: 'm-day' }, DAYS.map(([code, name]) => h('option', { value: code, ...(code === day ? { selected: true } : {}) }, name))),
    h('label', { for: `m-from-${n}` }, 'From'),
    h('input', { id: `m-from-${n}`, class: 'm-from', type: 'time', value: from }),
    h('label', { for: `m-to-${n}` }, 'To'),
    h('input', { id: `m-to-${n}`, class: 'm-to', type: 'time', value: to }),
    h('button', { type: 'button', class: 'secondary', onclick: () => row.remove() }, 'Remove', h('span', { class: 'visually-hidden' }, ` free time ${n}`)),
  );
  list.appendChild(row);
}

function wire(now: Date): void {
  if (wired) return;
  wired = true;
  replace(
    document.getElementById('m-interests')!,
    h('legend', {}, 'Interests'),
    h('div', { class: 'checks' }, ART_FORMS.terms.map((t) => h('label', {}, h('input', { type: 'checkbox', name: 'artForm', value: t.id }), ` ${t.label}`))),
  );
  input('m-date').value = now.toISOString().slice(0, 10);
  document.getElementById('m-add-time')!.addEventListener('click', () => addTime());
  for (const id of ['m-lat', 'm-lng']) input(id).addEventListener('change', () => {
    const lat = Number(input('m-lat').value);
    const lng = Number(input('m-lng').value);
    if (input('m-lat').value && input('m-lng').value && Number.isFinite(lat) && Number.isFinite(lng)) showPerson(lat, lng);
  });
  document.getElementById('match-form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
}

/** Builds the matcher for a dataset and shows the panel. */
export function renderMatchPanel(dataset: Dataset, now: Date): void {
  document.getElementById('match-section')!.hidden = false;
  wire(now);
  current = dataset;
  matcher = createMatcher(dataset);
  replace(document.getElementById('match-results')!);
}

function run(): void {
  const error = document.getElementById('match-error')!;
  error.textContent = '';
  if (!matcher || !current) return;
  const form = {
    lat: input('m-lat').value,
    lng: input('m-lng').value,
    distanceKm: input('m-distance').value,
    attendance: (document.getElementById('m-attendance') as HTMLSelectElement).value,
    artForms: Array.from(document.querySelectorAll<HTMLInputElement>('#m-interests input:checked')).map((i) => i.value),
    freeTimes: Array.from(document.querySelectorAll('#m-times li')).map((li) => ({
      day: (li.querySelector('.m-day') as HTMLSelectElement).value,
      from: (li.querySelector('.m-from') as HTMLInputElement).value,
      to: (li.querySelector('.m-to') as HTMLInputElement).value,
    })),
  };
  const built = profileFromForm(form);
  if ('error' in built) {
    error.textContent = built.error;
    return;
  }
  const date = input('m-date').value;
  const now = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00Z`) : new Date();
  renderResults(matcher.match(built.profile, { now, limit: 10 }));
}

function renderResults(response: MatchResponse): void {
  const names = new Map(current!.activities.map((a) => [a.id, a]));
  const orgs = new Map((current!.organisations ?? []).map((o) => [o.id, o.name]));
  const when = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
  const container = document.getElementById('match-results')!;
  if (response.results.length === 0) {
    replace(container, h('p', { id: 'match-summary' }, `None of the ${response.considered} activities fits. Try a longer distance, more free times or fewer interests.`));
    return;
  }
  replace(
    container,
    h('p', { id: 'match-summary' }, `The ${response.results.length} best of ${response.considered} activities, best first.`),
    h(
      'ol',
      { class: 'match-list' },
      response.results.map((r) => {
        const activity = names.get(r.activityId);
        const org = activity?.organisationId ? orgs.get(activity.organisationId) : undefined;
        return h(
          'li',
          { class: 'match', 'data-activity-id': r.activityId },
          h('h3', {}, activity?.name ?? r.activityId),
          h(
            'p',
            { class: 'match-meta' },
            `Score ${Math.round(r.score * 100)}%`,
            r.distanceKm !== undefined ? ` · ${r.distanceKm.toFixed(1)} km${r.distanceApproximate ? ' (approximate)' : ''}` : '',
            org ? ` · ${org}` : '',
          ),
          r.nextSessions.length > 0 ? h('p', {}, 'Next sessions that fit: ', r.nextSessions.map((s) => when.format(new Date(s))).join('; ')) : null,
          h(
            'details',
            {},
            h('summary', {}, 'Why'),
            h(
              'table',
              { class: 'criteria' },
              h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Criterion'), h('th', { scope: 'col' }, 'Fits?'), h('th', { scope: 'col' }, 'Reason'))),
              h('tbody', {}, r.criteria.map((c) => h('tr', { class: `outcome-${c.outcome}` }, h('th', { scope: 'row' }, c.criterion), h('td', {}, OUTCOME[c.outcome]), h('td', {}, c.reason)))),
            ),
          ),
        );
      }),
    ),
  );
}

export { addTime };
