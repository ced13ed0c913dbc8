import { checkSchedule } from '@artsrx/schedule';
import { ActivitySchema, AssetSchema, OrganisationSchema, PlaceSchema, ScheduleSchema, UK_POSTCODE_PATTERN } from '@artsrx/schema';
import type * as z from 'zod/mini';
import type { _Collector, _Where } from './_collector.js';
import { _compile, type _Fast } from './_compile.js';
import { _inUk, _metres } from './_geo.js';
import { _nameTokens, _similarNames } from './_names.js';
import { _hash53 } from './_hash.js';
import { _HashTable, _Pool, type _NumberMap } from './_table.js';
import { _structure } from './_structure.js';
import { _pointer, _quote } from './_text.js';
import { _walk } from './_walk.js';
import { RULES } from '../rules/catalogue.js';

/** The four kinds of record in a dataset. */
export type _Kind = 'Organisation' | 'Place' | 'Asset' | 'Activity';

export const _SCHEMAS: Record<_Kind, z.ZodMiniType> = {
  Organisation: OrganisationSchema,
  Place: PlaceSchema,
  Asset: AssetSchema,
  Activity: ActivitySchema,
};

const FAST: Record<_Kind, _Fast> = {
  Organisation: _compile(OrganisationSchema),
  Place: _compile(PlaceSchema),
  Asset: _compile(AssetSchema),
  Activity: _compile(ActivitySchema),
};

/** Codes checkSchedule can report (all off: it is not called at all). */
const SCHEDULE_CODES = RULES.filter((r) => r.code.startsWith('schedule_') || r.code === 'ended_but_active').map((r) => r.code);

const KIND_CODE: Record<_Kind, number> = { Organisation: 1, Place: 2, Asset: 3, Activity: 4 };
const KIND_WORD = ['', 'an organisation', 'a place', 'an asset', 'an activity'];

/**
 * A ~100 m square holding more places than this (with a point) is crowded — usually points at a
 * postcode or town centroid — and its places are compared for the same name only, not for
 * near-identical names, so the work per place stays bounded (at most 9 × 64 comparisons).
 */
export const _CROWDED_CELL = 64;

/** Options of the checker. */
export interface _EngineOptions {
  now: Date;
  staleAfterMonths: number;
  /**
   * Streaming mode: ids and names are kept as 53-bit hashes and positions as line numbers, so
   * memory grows by a few dozen bytes per record, never by the record.
   */
  compact: boolean;
}

type Key = string | number;
type Obj = Record<string, unknown>;

interface PlaceFacts {
  geo: boolean;
  access: boolean;
}

interface PendingActivity {
  placeKey?: Key;
  ownerKeys: Key[];
  needPoint: boolean;
  needAccess: boolean;
  needContact: boolean;
  prefix: string;
  where: _Where;
}

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const hasKeys = (v: unknown) => isObj(v) && Object.keys(v).length > 0;
const hasContact = (c: unknown) => isObj(c) && ['email', 'phone', 'url'].some((k) => typeof c[k] === 'string' && (c[k] as string).trim() !== '');

/**
 * Checks the records of one dataset, one at a time and in any order: structure, unknown fields
 * and empty text per record; integrity (unique ids, references, places) and duplicates across
 * records, with what must wait for a later record kept compactly until `finish()`.
 */
export class _Engine {
  counts = { organisations: 0, places: 0, assets: 0, activities: 0 };
  private readonly ids: _NumberMap<Key>; // key → kind | contact << 3 | seq << 4
  private readonly positions: string[] = []; // seq → pointer (in-memory mode only)
  private readonly places: _NumberMap<Key>; // bit 1: has a point, bit 2: has access information
  private readonly placeCells: _NumberMap<Key>; // name+cell → 1 + index of the newest entry with that name (cellPool; sameNamePool when streaming)
  private readonly cells: _NumberMap<Key>; // cell → 1 + index of the newest entry in cellPool in that cell
  // [lng, lat, seq, 1 + previous entry with the same name in the cell, 1 + previous entry in the cell, places in the cell so far, words]
  private readonly cellPool = new _Pool(7);
  // Streaming mode: [lng, lat, seq, 1 + previous entry with the same name in the cell]
  private readonly sameNamePool = new _Pool(4);
  private readonly cellNames: string[] = []; // entry → normalised name (words joined by spaces)
  private readonly cellLabels: string[] = []; // entry → the place's name and id as quoted in messages
  private readonly activityNames: _NumberMap<Key>; // name+place → seq
  private readonly refs: { key: Key; kind: number; field: string; pointer: string; where: _Where }[] = [];
  private readonly pending: PendingActivity[] = [];
  private seq = 0;
  private readonly staleBefore: string;
  private readonly scheduleOff: boolean;
  private readonly today: string;

  constructor(
    private readonly out: _Collector,
    private readonly options: _EngineOptions,
  ) {
    // Streaming keeps hashes in flat typed-array tables; in memory, exact strings in Maps.
    const table = (): _NumberMap<Key> => (options.compact ? (new _HashTable() as _NumberMap<Key>) : new Map<Key, number>());
    this.ids = table();
    this.places = table();
    this.placeCells = table();
    this.cells = table();
    this.activityNames = table();
    const now = options.now;
    this.today = now.toISOString().slice(0, 10);
    const stale = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - options.staleAfterMonths, now.getUTCDate()));
    this.staleBefore = stale.toISOString().slice(0, 10);
    this.scheduleOff = SCHEDULE_CODES.every((c) => out.isOff(c));
  }

  private key(s: string): Key {
    return this.options.compact ? _hash53(s) : s;
  }

  private describe(seq: number): string {
    return this.options.compact ? `on line ${seq}` : `at ${this.positions[seq]}`;
  }

  /** Checks one record; `prefix` is its pointer path, `line` its NDJSON line. */
  record(kind: _Kind, raw: unknown, prefix: readonly PropertyKey[], line?: number): void {
    const out = this.out;
    const base = _pointer(prefix);
    const id = isObj(raw) ? str(raw.id) : undefined;
    const where: _Where = { recordId: id, line };
    this.counts[kind === 'Activity' ? 'activities' : kind === 'Place' ? 'places' : kind === 'Asset' ? 'assets' : 'organisations']++;
    if (!isObj(raw)) {
      out.add('not_an_object', base, `This ${kind.toLowerCase()} record is ${raw === null ? 'null' : Array.isArray(raw) ? 'a list' : `a ${typeof raw}`}, not an object`, where, 'Each record is a JSON object { "id": …, "name": …, … }');
      return;
    }
    // Fast path: a compiled predicate accepts the clean record (valid, no unknown field, no blank
    // text); only a record it refuses goes through zod and the walker for detailed issues.
    const clean = FAST[kind](raw);
    if (!clean) {
      const before = out.issues.length;
      const parsed = _structure(_SCHEMAS[kind], raw, out, { prefix, where, personal: false });
      const skip = parsed === undefined ? new Set(out.issues.slice(before).map((i) => i.pointer)) : undefined;
      _walk(_SCHEMAS[kind], raw, out, prefix, where, skip);
    }

    // A record's position: its line (streaming) or its index into `positions` (pointers).
    let seq: number;
    if (this.options.compact) {
      seq = line ?? ++this.seq;
    } else {
      seq = this.seq++;
      this.positions[seq] = base;
    }

    // Ids unique across the dataset.
    let contact = false;
    if (kind === 'Organisation') contact = hasContact(raw) || typeof raw.url === 'string';
    if (kind === 'Asset') contact = hasContact(raw.contact) || typeof raw.url === 'string';
    if (id !== undefined) {
      const k = this.key(id);
      const prior = this.ids.get(k);
      if (prior !== undefined) {
        out.add('duplicate_id', `${base}/id`, `The id ${_quote(id)} is also used by ${KIND_WORD[prior & 7]} ${this.describe(Math.floor(prior / 16))}`, where, 'Give each record its own id');
      } else {
        this.ids.set(k, KIND_CODE[kind] | (contact ? 8 : 0) | (seq * 16));
      }
    }

    this.freshness(raw, base, where);
    if (kind === 'Place') this.place(raw, base, where, id, seq);
    else if (kind === 'Asset') this.asset(raw, base, where);
    else if (kind === 'Activity') this.activity(raw, base, where, seq, clean);
  }

  private ref(value: unknown, kind: number, field: string, pointer: string, where: _Where): Key | undefined {
    if (typeof value !== 'string') return undefined;
    const key = this.key(value);
    // Resolve now when the target is known; keep only forward references for finish().
    if (this.ids.has(key)) this.checkRef({ key, kind, field, pointer, where });
    else this.refs.push({ key, kind, field, pointer, where });
    return key;
  }

  private checkRef(r: { key: Key; kind: number; field: string; pointer: string; where: _Where }): void {
    const v = this.ids.get(r.key);
    if (v === undefined) {
      this.out.add('unresolved_reference', r.pointer, `${r.field} refers to a record that is not in the dataset`, r.where, `Add the missing ${KIND_WORD[r.kind]!.replace(/^an? /, '')}, or correct the id`);
    } else if ((v & 7) !== r.kind) {
      this.out.add('unresolved_reference', r.pointer, `${r.field} should refer to ${KIND_WORD[r.kind]}, but refers to ${KIND_WORD[v & 7]} ${this.describe(Math.floor(v / 16))}`, r.where, 'Correct the id');
    }
  }

  private freshness(raw: Obj, base: string, where: _Where): void {
    const lv = raw.lastVerified;
    if (lv === undefined) {
      this.out.add('never_verified', `${base}/lastVerified`, 'There is no date last checked (lastVerified)', where, 'Add lastVerified with the date someone last checked this record');
      return;
    }
    if (typeof lv !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(lv)) return;
    if (lv > this.today) {
      this.out.add('verified_in_future', `${base}/lastVerified`, `The date last checked, ${lv}, is in the future`, where, 'Check the year, and that day and month are not swapped');
    } else if (lv < this.staleBefore) {
      this.out.add(
        'stale_record',
        `${base}/lastVerified`,
        `This record was last checked on ${lv}, more than ${this.options.staleAfterMonths} months ago`,
        where,
        'Check it with the organisation and update lastVerified',
      );
    }
  }

  private place(raw: Obj, base: string, where: _Where, id: string | undefined, seq: number): void {
    const out = this.out;
    const geo = raw.geo;
    let point: [number, number] | undefined;
    if (isObj(geo) && Array.isArray(geo.coordinates) && geo.coordinates.length === 2) {
      const [lng, lat] = geo.coordinates as unknown[];
      if (typeof lng === 'number' && typeof lat === 'number' && Math.abs(lng) <= 180 && Math.abs(lat) <= 90) {
        const at = `${base}/geo/coordinates`;
        if (lng === 0 && lat === 0) {
          out.add('coordinates_zero', at, 'The map point is [0, 0], in the sea off West Africa: the location was probably left blank', where, 'Remove geo if the location is unknown, or give the right point');
        } else if (_inUk(lng, lat)) {
          point = [lng, lat];
        } else if (_inUk(lat, lng)) {
          out.add('coordinates_swapped', at, `The map point [${lng}, ${lat}] is outside the UK \u2014 are latitude and longitude swapped?`, where, `GeoJSON writes longitude first: [${lat}, ${lng}]`);
        } else {
          out.add('coordinates_outside_uk', at, `The map point [${lng}, ${lat}] (longitude, latitude) is outside the UK`, where, 'Check the point on a map; a lost minus sign is common (UK longitudes west of Greenwich are negative)');
        }
      }
    }
    const address = raw.address;
    if (isObj(address) && typeof address.postcode === 'string' && UK_POSTCODE_PATTERN.test(address.postcode)) {
      const pc = address.postcode;
      const compact = pc.replace(/\s+/g, '').toUpperCase();
      const standard = `${compact.slice(0, -3)} ${compact.slice(-3)}`;
      if (pc !== standard) {
        out.add('postcode_format', `${base}/address/postcode`, `The postcode ${_quote(pc)} is better written ${_quote(standard)}`, where, 'Capitals, with one space before the last three characters');
      }
    }
    const access = hasKeys(raw.venueFeatures) || (typeof raw.accessibilityNotes === 'string' && raw.accessibilityNotes.trim() !== '');
    // A place with a geo that is wrong is reported above; "no point" means no geo at all.
    if (id !== undefined && !this.places.has(this.key(id))) this.places.set(this.key(id), (isObj(geo) ? 1 : 0) | (access ? 2 : 0));
    // Likely duplicates: the same or a near-identical normalised name in this or a neighbouring
    // ~100 m cell, then measured. A cell's places are walked newest first; in a crowded cell the
    // same name is found through a hash of name and cell instead, and near-identical names are
    // not looked for (see _CROWDED_CELL).
    if (point !== undefined && typeof raw.name === 'string' && !out.isOff('likely_duplicate')) {
      if (this.options.compact) {
        this.sameNamedPlace(raw.name, point, seq, base, where);
        return;
      }
      const words = _nameTokens(raw.name);
      if (words.length === 0) return;
      const name = words.join(' ');
      const [lng, lat] = point;
      const cx = Math.floor(lng / 0.0015);
      const cy = Math.floor(lat / 0.0009);
      const pool = this.cellPool;
      const cellKey = (cx + 0x200000) * 0x400000 + (cy + 0x200000);
      const newest = this.cells.get(cellKey) ?? 0;
      const inCell = 1 + (newest > 0 ? pool.at(newest - 1, 5) : 0);
      const compareNear = inCell <= _CROWDED_CELL;
      let found = -1;
      let foundM = 0;
      for (let dx = -1; dx <= 1 && found < 0; dx++) {
        for (let dy = -1; dy <= 1 && found < 0; dy++) {
          const head = dx === 0 && dy === 0 ? newest : (this.cells.get(cellKey + dx * 0x400000 + dy) ?? 0);
          if (head === 0) continue;
          if (pool.at(head - 1, 5) > _CROWDED_CELL) {
            found = this.sameNameNearby(pool, name, cx + dx, cy + dy, lng, lat);
            if (found >= 0) foundM = _metres(lng, lat, pool.at(found, 0), pool.at(found, 1));
            continue;
          }
          for (let entry = head; entry > 0; entry = pool.at(entry - 1, 4)) {
            const e = entry - 1;
            // Cheap tests first: near-identical names differ by at most one word.
            if (Math.abs(pool.at(e, 6) - words.length) > 1) continue;
            const m = _metres(lng, lat, pool.at(e, 0), pool.at(e, 1));
            if (m > 100) continue;
            const other = this.cellNames[e]!;
            if (other !== name && !(compareNear && _similarNames(words, other.split(' ')))) continue;
            found = e;
            foundM = m;
            break;
          }
        }
      }
      if (found >= 0) {
        const label = this.cellLabels[found]!;
        const other = `${label}, ${this.describe(pool.at(found, 2))})`;
        const same = label.startsWith(`${_quote(raw.name)} (`);
        out.add(
          'likely_duplicate',
          `${base}/name`,
          `The place ${other}, ${Math.round(foundM)} m away, has ${same ? 'the same name' : 'a very similar name'} \u2014 the same place twice?`,
          where,
          'If it is the same place, merge the records and keep one id',
        );
      }
      const k = this.key(`${name}\u0000${cx}\u0000${cy}`);
      const e = pool.push(lng, lat, seq, this.placeCells.get(k) ?? 0, newest, inCell, words.length);
      this.cellNames[e] = name;
      this.cellLabels[e] = `${_quote(raw.name)} (id ${id === undefined ? 'none' : _quote(id)}`;
      this.placeCells.set(k, 1 + e);
      this.cells.set(cellKey, 1 + e);
    }
  }

  /**
   * Streaming form of the likely-duplicate check: the same normalised name within 100 m, found
   * through a hash of name and ~100 m cell, so memory stays a few numbers per place (a 1 GiB
   * NDJSON file validates in under 250 MB). Near-identical names need every name kept, so they
   * are looked for only when the dataset is in memory (`validateDataset`).
   */
  private sameNamedPlace(rawName: string, point: readonly [number, number], seq: number, base: string, where: _Where): void {
    const name = _nameTokens(rawName).join(' ');
    if (name === '') return;
    const [lng, lat] = point;
    const cx = Math.floor(lng / 0.0015);
    const cy = Math.floor(lat / 0.0009);
    const pool = this.sameNamePool;
    let found = -1;
    for (let dx = -1; dx <= 1 && found < 0; dx++) {
      for (let dy = -1; dy <= 1 && found < 0; dy++) found = this.sameNameNearby(pool, name, cx + dx, cy + dy, lng, lat);
    }
    if (found >= 0) {
      const m = _metres(lng, lat, pool.at(found, 0), pool.at(found, 1));
      this.out.add('likely_duplicate', `${base}/name`, `The place ${this.describe(pool.at(found, 2))}, ${Math.round(m)} m away, has the same name \u2014 the same place twice?`, where, 'If it is the same place, merge the records and keep one id');
    }
    const k = this.key(`${name}\u0000${cx}\u0000${cy}`);
    this.placeCells.set(k, 1 + pool.push(lng, lat, seq, this.placeCells.get(k) ?? 0));
  }

  /**
   * The newest earlier place within 100 m of (lng, lat) with the normalised `name` in cell
   * (cx, cy), found through the name+cell hash and the same-name chain (field 3) of `pool`; -1
   * when there is none.
   */
  private sameNameNearby(pool: _Pool, name: string, cx: number, cy: number, lng: number, lat: number): number {
    for (let entry = this.placeCells.get(this.key(`${name}\u0000${cx}\u0000${cy}`)); entry !== undefined && entry > 0; entry = pool.at(entry - 1, 3)) {
      if (_metres(lng, lat, pool.at(entry - 1, 0), pool.at(entry - 1, 1)) <= 100) return entry - 1;
    }
    return -1;
  }

  private asset(raw: Obj, base: string, where: _Where): void {
    this.ref(raw.organisationId, 1, 'organisationId', `${base}/organisationId`, where);
    if (Array.isArray(raw.placeIds)) raw.placeIds.forEach((p, i) => this.ref(p, 2, 'placeIds', `${base}/placeIds/${i}`, where));
    if (raw.abcdCategory === 'individual' && isObj(raw.contact)) {
      for (const field of ['email', 'phone'] as const) {
        if (typeof raw.contact[field] === 'string' && raw.contact[field] !== '') {
          this.out.add(
            'personal_contact_on_individual',
            `${base}/contact/${field}`,
            `This asset is a person\u2019s skill (ABCD category \u201cindividual\u201d) but gives ${field === 'email' ? 'an email address' : 'a phone number'}: individuals are never published with personal contact details`,
            where,
            'Remove it and give contact through an organisation instead',
          );
        }
      }
    }
  }

  private activity(raw: Obj, base: string, where: _Where, seq: number, clean: boolean): void {
    const out = this.out;
    const mode = raw.attendanceMode;
    const ownerKeys: Key[] = [];
    const org = this.ref(raw.organisationId, 1, 'organisationId', `${base}/organisationId`, where);
    const asset = this.ref(raw.assetId, 3, 'assetId', `${base}/assetId`, where);
    if (org !== undefined) ownerKeys.push(org);
    if (asset !== undefined) ownerKeys.push(asset);
    const placeKey = this.ref(raw.placeId, 2, 'placeId', `${base}/placeId`, where);
    const inPerson = mode === 'in-person' || mode === 'mixed';
    if (inPerson && raw.placeId === undefined) {
      out.add('in_person_without_place', `${base}/placeId`, `This activity is ${mode} but has no place (placeId), so nobody can tell where to go`, where, 'Add a place and its id, or set attendanceMode to online');
    }
    if (mode === 'online' && raw.placeId !== undefined) {
      out.add('online_with_place', `${base}/placeId`, 'This activity is online but has a place (placeId)', where, 'If people can also come in person, set attendanceMode to mixed');
    }
    const sp = raw.socialPrescribing;
    let needContact = false;
    if (isObj(sp) && sp.acceptsReferrals === true) {
      if (Array.isArray(sp.routes) && sp.routes.length === 0) {
        out.add('referrals_without_route', `${base}/socialPrescribing/routes`, 'This activity accepts referrals but lists no route (socialPrescribing.routes is empty)', where, 'List who can refer: link-worker, gp, self, other-professional');
      }
      needContact = !hasContact(sp.contact) && !hasContact(raw.contact) && typeof raw.url !== 'string';
    }
    this.schedule(raw, base, where, clean);
    const needAccess = !hasKeys(raw.accessSupport);
    const pending: PendingActivity = { ownerKeys, needPoint: inPerson, needAccess, needContact, prefix: base, where };
    if (placeKey !== undefined && inPerson) pending.placeKey = placeKey;
    if (needAccess || needContact || pending.placeKey !== undefined) {
      if (!this.resolveActivity(pending, false)) this.pending.push(pending);
    }
    // Likely duplicates: the same normalised name at the same place.
    if (inPerson && typeof raw.name === 'string' && typeof raw.placeId === 'string' && !out.isOff('likely_duplicate')) {
      const name = _nameTokens(raw.name).join(' ');
      if (name !== '') {
        const k = this.key(`${name}\u0000${raw.placeId}`);
        const prior = this.activityNames.get(k);
        if (prior !== undefined) {
          out.add('likely_duplicate', `${base}/name`, `This activity looks like a duplicate of the activity ${this.describe(prior)}: the same name at the same place`, where, 'If it is the same activity, merge the records and keep one id');
        } else {
          this.activityNames.set(k, seq);
        }
      }
    }
  }

  /** Checks an activity against its place and owners; false when one of them is not seen yet. */
  private resolveActivity(p: PendingActivity, final: boolean): boolean {
    let facts: number | undefined;
    if (p.placeKey !== undefined) {
      facts = this.places.get(p.placeKey);
      if (facts === undefined && !final) return false;
    }
    const place: PlaceFacts | undefined = facts === undefined ? undefined : { geo: (facts & 1) !== 0, access: (facts & 2) !== 0 };
    if (p.needContact && !final) {
      for (const k of p.ownerKeys) if (!this.ids.has(k)) return false;
    }
    if (p.placeKey !== undefined && place !== undefined && p.needPoint && !place.geo) {
      this.out.add('in_person_without_point', `${p.prefix}/placeId`, 'This activity is in person, but its place has no map point (geo), so it cannot be found by distance', p.where, 'Add geo to the place: { "type": "Point", "coordinates": [longitude, latitude] }');
    }
    if (p.needAccess && (p.placeKey === undefined ? !p.needPoint : place !== undefined && !place.access)) {
      this.out.add(
        'missing_accessibility',
        `${p.prefix}/accessSupport`,
        p.placeKey === undefined ? 'There is no accessibility information: this activity has no accessSupport' : 'There is no accessibility information: neither this activity (accessSupport) nor its place (venueFeatures, accessibilityNotes) says anything about access',
        p.where,
        'Record what is known, e.g. step-free access, hearing loop, dementia-friendly; false for what is known to be missing',
      );
    }
    if (p.needContact && !p.ownerKeys.some((k) => ((this.ids.get(k) ?? 0) & 8) !== 0)) {
      this.out.add('referrals_without_contact', `${p.prefix}/socialPrescribing`, 'This activity accepts referrals but gives no contact for them', p.where, 'Add socialPrescribing.contact with an email, phone or web form for referrals');
    }
    return true;
  }

  /**
   * Schedule rules come from @artsrx/schedule's checkSchedule, run only on a well-formed
   * schedule (a malformed one is already reported by the structure level). Its `schedule_ended`
   * becomes `ended_but_active` for an active activity and is dropped for one marked ended.
   */
  private schedule(raw: Obj, base: string, where: _Where, clean: boolean): void {
    const s = raw.schedule;
    if (!isObj(s) || this.scheduleOff) return;
    if (!clean && !ScheduleSchema.safeParse(s).success) return;
    for (const c of checkSchedule(s as never, { now: this.options.now })) {
      if (c.code === 'schedule_ended') {
        if (raw.status === 'ended') continue;
        if (raw.status === 'active') {
          const last = /^The last session was on (.+?), so/.exec(c.message)?.[1];
          this.out.add('ended_but_active', `${base}/status`, `${last ? `The last session was on ${last}` : 'The schedule has no sessions left'}, but the status is still active`, where, 'Set status to ended, or add the new dates if it carries on');
          continue;
        }
      }
      this.out.add(c.code, `${base}/schedule${_pointer(c.path)}`, c.message, where, c.hint, c.severity);
    }
  }

  /** Resolves what waited for later records and reports references that never resolved. */
  finish(): void {
    for (const r of this.refs) this.checkRef(r);
    for (const p of this.pending) this.resolveActivity(p, true);
    this.refs.length = 0;
    this.pending.length = 0;
  }
}
