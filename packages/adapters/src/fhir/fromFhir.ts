import {
  AGE_BANDS,
  CONSENT_SCOPES,
  NEEDS,
  OUTCOME_INSTRUMENTS,
  POSTCODE_DISTRICT_PATTERN,
  REFERRAL_STATUSES,
  REFERRER_ROLES,
  ReferralSchema,
  UK_POSTCODE_PATTERN,
  type Referral,
} from '@artsrx/schema';
import type { AdapterIssue } from '../_lib/_adapterIssue.js';
import { FHIR_URLS as U } from './fhirUrls.js';

/** What {@link fromFhir} returns: the referral (or `null` when none could be made) and what it could not carry. */
export interface FromFhirResult {
  referral: Referral | null;
  report: AdapterIssue[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

const STATUS_IDS = new Set<string>(REFERRAL_STATUSES.ids);
const ROLE_IDS = new Set<string>(REFERRER_ROLES.ids);
const NEED_IDS = new Set<string>(NEEDS.ids);
const SCOPE_IDS = new Set<string>(CONSENT_SCOPES.ids);
const INSTRUMENT_IDS = new Set<string>(OUTCOME_INSTRUMENTS.ids);
const AGE_BAND_IDS = new Set<string>(AGE_BANDS);
/** The referral state to assume from a FHIR Task.status when there is no ArtsRx businessStatus. */
const FROM_TASK_STATUS: Record<string, string> = {
  draft: 'draft',
  requested: 'referred',
  received: 'received',
  accepted: 'accepted',
  rejected: 'declined',
  ready: 'matched',
  cancelled: 'withdrawn',
  'in-progress': 'contacted',
  failed: 'unable-to-contact',
  completed: 'completed',
  'entered-in-error': 'entered-in-error',
};

function identifierValue(resource: Obj, system: string): string | undefined {
  const ids = Array.isArray(resource.identifier) ? resource.identifier : isObj(resource.identifier) ? [resource.identifier] : [];
  for (const id of ids) if (isObj(id) && id.system === system && typeof id.value === 'string') return id.value;
  return undefined;
}

function ext(resource: Obj, url: string): Obj[] {
  return arr(resource.extension).filter((e): e is Obj => isObj(e) && e.url === url);
}

function sub(extension: Obj, url: string): Obj[] {
  return arr(extension.extension).filter((e): e is Obj => isObj(e) && e.url === url);
}

/**
 * Reads a referral back from a FHIR R4 Bundle written by `toFhir` (or by another system using
 * the same profile and extensions): ServiceRequest, Task, pseudonymous Patient and
 * QuestionnaireResponses. Never throws on bad data: problems and anything not carried are in
 * `report`, without repeating personal values. Refused outright: a Patient without an ArtsRx
 * pseudonym (an NHS number is never used as one). Names, NHS numbers, birth dates, contact
 * details, full postcodes and notes in the Bundle are dropped and reported.
 *
 * @param bundle - Parsed FHIR JSON (a Bundle).
 * @returns `{ referral, report }`; `referral` is `null` when no valid referral could be read.
 * @example
 * fromFhir(toFhir(referral)).referral?.status
 * //=> referral.status
 */
export function fromFhir(bundle: unknown): FromFhirResult {
  const report: AdapterIssue[] = [];
  const fail = (code: string, message: string, pointer?: string): FromFhirResult => {
    report.push({ code, severity: 'error', message, ...(pointer !== undefined ? { pointer } : {}) });
    return { referral: null, report };
  };
  if (!isObj(bundle) || bundle.resourceType !== 'Bundle') return fail('fhir_not_bundle', 'This is not a FHIR Bundle.');
  const entries = arr(bundle.entry).map((e, i) => ({ i, e: isObj(e) ? e : {} }));
  const byUrl = new Map<string, { i: number; r: Obj }>();
  for (const { i, e } of entries) if (typeof e.fullUrl === 'string' && isObj(e.resource)) byUrl.set(e.fullUrl, { i, r: e.resource });
  const ofType = (t: string) => entries.filter(({ e }) => isObj(e.resource) && (e.resource as Obj).resourceType === t).map(({ i, e }) => ({ i, r: e.resource as Obj }));
  const known = new Set(['Patient', 'ServiceRequest', 'Task', 'QuestionnaireResponse']);
  for (const { i, e } of entries) {
    const t = isObj(e.resource) ? str((e.resource as Obj).resourceType) : undefined;
    if (t === undefined || !known.has(t)) report.push({ code: 'fhir_resource_not_carried', severity: 'warning', message: `A ${t ?? 'malformed'} entry is not part of an ArtsRx referral and was left out.`, pointer: `/entry/${i}` });
  }

  const requests = ofType('ServiceRequest');
  const sr = requests[0];
  if (sr === undefined) return fail('fhir_no_service_request', 'The Bundle has no ServiceRequest, so there is no referral to read.', '/entry');
  if (requests.length > 1) report.push({ code: 'fhir_many_service_requests', severity: 'warning', message: 'The Bundle has more than one ServiceRequest; only the first was read.', pointer: `/entry/${requests[1]!.i}` });
  const srPtr = `/entry/${sr.i}/resource`;
  const id = identifierValue(sr.r, U.referralId) ?? str(sr.r.id);
  if (id === undefined) return fail('fhir_no_referral_id', 'The ServiceRequest has neither an ArtsRx referral identifier nor an id.', `${srPtr}/identifier`);

  // Patient: pseudonym only.
  const subjectRef = isObj(sr.r.subject) ? str(sr.r.subject.reference) : undefined;
  const patient = (subjectRef !== undefined ? byUrl.get(subjectRef) : undefined) ?? ofType('Patient')[0];
  if (patient === undefined) return fail('fhir_no_patient', 'The ServiceRequest subject is not a Patient in this Bundle.', `${srPtr}/subject`);
  const pPtr = `/entry/${patient.i}/resource`;
  const pseudonym = identifierValue(patient.r, U.pseudonym);
  if (pseudonym === undefined) {
    return fail('fhir_no_pseudonym', 'The Patient has no ArtsRx pseudonym. ArtsRx never uses an NHS number or name in its place.', `${pPtr}/identifier`);
  }
  for (const field of ['name', 'telecom', 'birthDate', 'photo', 'contact']) {
    if (patient.r[field] !== undefined) report.push({ code: 'fhir_personal_data_dropped', severity: 'warning', message: `Patient.${field} was dropped: an ArtsRx referral holds no personal identifiers.`, pointer: `${pPtr}/${field}` });
  }
  if (identifierValue(patient.r, U.nhsNumber) !== undefined || arr(patient.r.identifier).length > 1) {
    report.push({ code: 'fhir_personal_data_dropped', severity: 'warning', message: 'Patient identifiers other than the ArtsRx pseudonym (e.g. an NHS number) were dropped.', pointer: `${pPtr}/identifier` });
  }
  const subject: Obj = { pseudonym };
  const ageBand = str(ext(patient.r, U.extAgeBand)[0]?.valueCode);
  if (ageBand !== undefined) {
    if (AGE_BAND_IDS.has(ageBand)) subject.ageBand = ageBand;
    else report.push({ code: 'fhir_unknown_code', severity: 'warning', message: 'The age band is not an ArtsRx age band and was dropped.', pointer: `${pPtr}/extension` });
  }
  const postal = str(isObj(arr(patient.r.address)[0]) ? (arr(patient.r.address)[0] as Obj).postalCode : undefined)?.trim();
  if (postal !== undefined) {
    if (POSTCODE_DISTRICT_PATTERN.test(postal)) subject.postcodeDistrict = postal.toUpperCase();
    else if (UK_POSTCODE_PATTERN.test(postal)) {
      subject.postcodeDistrict = postal.replace(/\s+/g, '').slice(0, -3).toUpperCase();
      report.push({ code: 'fhir_postcode_reduced', severity: 'warning', message: 'A full postcode was reduced to its district (outward code): ArtsRx keeps no full postcodes.', pointer: `${pPtr}/address/0/postalCode` });
    } else report.push({ code: 'fhir_postcode_dropped', severity: 'warning', message: 'The postal code is not a UK postcode or district and was dropped.', pointer: `${pPtr}/address/0/postalCode` });
  }
  if (arr(patient.r.address).length > 0) {
    const a = arr(patient.r.address)[0] as Obj;
    if (isObj(a) && (a.line !== undefined || a.text !== undefined)) report.push({ code: 'fhir_personal_data_dropped', severity: 'warning', message: 'Address lines were dropped: ArtsRx keeps only the postcode district.', pointer: `${pPtr}/address` });
  }

  const consentExt = ext(sr.r, U.extConsent)[0];
  if (consentExt !== undefined) {
    const scopes = sub(consentExt, 'scope').map((s) => str(s.valueCode)).filter((s): s is string => s !== undefined);
    const unknown = scopes.filter((s) => !SCOPE_IDS.has(s));
    if (unknown.length > 0) report.push({ code: 'fhir_unknown_code', severity: 'warning', message: `${unknown.length} consent scope(s) are not ArtsRx scopes and were dropped.`, pointer: `${srPtr}/extension` });
    subject.consent = {
      given: sub(consentExt, 'given')[0]?.valueBoolean === true,
      recordedAt: str(sub(consentExt, 'recordedAt')[0]?.valueDateTime),
      scopes: scopes.filter((s) => SCOPE_IDS.has(s)),
    };
  } else {
    subject.consent = { given: false, recordedAt: str(sr.r.authoredOn), scopes: [] };
    report.push({ code: 'fhir_no_consent', severity: 'warning', message: 'No ArtsRx consent extension: consent is recorded as not given, with nothing to share.', pointer: `${srPtr}/extension` });
  }

  const referrer: Obj = {};
  const role = str(ext(sr.r, U.extReferrerRole)[0]?.valueCode);
  if (role !== undefined && ROLE_IDS.has(role)) referrer.role = role;
  else {
    referrer.role = 'other-professional';
    report.push({ code: 'fhir_referrer_role_assumed', severity: 'warning', message: 'No ArtsRx referrer role: assumed "other-professional".', pointer: `${srPtr}/extension` });
  }
  if (isObj(sr.r.requester) && isObj(sr.r.requester.identifier) && sr.r.requester.identifier.system === U.odsOrganisation) {
    const code = str(sr.r.requester.identifier.value);
    if (code !== undefined) referrer.organisationCode = code;
  }

  const reasons: string[] = [];
  let unknownReasons = 0;
  for (const rc of arr(sr.r.reasonCode)) {
    const coding = arr(isObj(rc) ? rc.coding : undefined).find((c): c is Obj => isObj(c) && c.system === U.need);
    const code = str(coding?.code);
    if (code !== undefined && NEED_IDS.has(code)) reasons.push(code);
    else unknownReasons++;
  }
  if (unknownReasons > 0) report.push({ code: 'fhir_reason_not_carried', severity: 'warning', message: `${unknownReasons} reason(s) for referral are not coded with the ArtsRx needs vocabulary and were dropped.`, pointer: `${srPtr}/reasonCode` });

  const target: Obj = {};
  for (const p of arr(sr.r.performer)) {
    if (!isObj(p) || !isObj(p.identifier)) continue;
    if (p.identifier.system === U.activityId && typeof p.identifier.value === 'string') target.activityId = p.identifier.value;
    if (p.identifier.system === U.assetId && typeof p.identifier.value === 'string') target.assetId = p.identifier.value;
  }
  for (const field of ['note', 'patientInstruction']) {
    if (sr.r[field] !== undefined) report.push({ code: 'fhir_free_text_not_carried', severity: 'info', message: `ServiceRequest.${field} (free text) was not carried: keep it in the case record.`, pointer: `${srPtr}/${field}` });
  }

  // Task: state, history, attendance.
  const requestUrl = entries[sr.i]?.e.fullUrl;
  const tasks = ofType('Task');
  const task =
    tasks.find(({ r }) => [...arr(r.basedOn), r.focus].some((ref) => isObj(ref) && ref.reference === requestUrl)) ?? tasks[0];
  let status: string | undefined;
  const history: Obj[] = [];
  const attendance: Obj[] = [];
  let createdAt = str(sr.r.authoredOn);
  if (task !== undefined) {
    const tPtr = `/entry/${task.i}/resource`;
    const business = arr(isObj(task.r.businessStatus) ? task.r.businessStatus.coding : undefined).find((c): c is Obj => isObj(c) && c.system === U.referralStatus);
    status = str(business?.code);
    if (status === undefined || !STATUS_IDS.has(status)) {
      status = FROM_TASK_STATUS[str(task.r.status) ?? ''];
      if (status !== undefined) report.push({ code: 'fhir_status_assumed', severity: 'warning', message: `No ArtsRx business status: the state "${status}" was assumed from Task.status.`, pointer: `${tPtr}/status` });
    }
    for (const h of ext(task.r, U.extHistory)) {
      const e: Obj = { status: str(sub(h, 'status')[0]?.valueCode), at: str(sub(h, 'at')[0]?.valueDateTime) };
      const by = str(sub(h, 'by')[0]?.valueCode);
      if (by !== undefined) e.by = by;
      history.push(e);
    }
    for (const a of ext(task.r, U.extAttendance)) attendance.push({ date: str(sub(a, 'date')[0]?.valueDate), attended: sub(a, 'attended')[0]?.valueBoolean });
    createdAt = str(task.r.authoredOn) ?? createdAt;
    if (task.r.note !== undefined) report.push({ code: 'fhir_free_text_not_carried', severity: 'info', message: 'Task.note (free text) was not carried: keep it in the case record.', pointer: `${tPtr}/note` });
  }
  if (status === undefined) {
    status = str(sr.r.status) === 'draft' ? 'draft' : 'referred';
    report.push({ code: 'fhir_status_assumed', severity: 'warning', message: `No Task with a workflow state: the state "${status}" was assumed.`, pointer: '/entry' });
  }
  if (history.length === 0) {
    history.push({ status, at: str(task?.r.lastModified) ?? createdAt });
    report.push({ code: 'fhir_history_assumed', severity: 'info', message: 'No ArtsRx history extension: the history starts with the current state.' });
  }

  // QuestionnaireResponses: measures.
  const measures: Obj[] = [];
  for (const { i, r } of ofType('QuestionnaireResponse')) {
    const q = str(r.questionnaire) ?? '';
    const instrument = q.startsWith(U.questionnaire) ? q.slice(U.questionnaire.length).split('|')[0]! : '';
    if (!INSTRUMENT_IDS.has(instrument)) {
      report.push({ code: 'fhir_questionnaire_not_carried', severity: 'warning', message: 'A QuestionnaireResponse is not for an ArtsRx outcome instrument and was left out.', pointer: `/entry/${i}/resource/questionnaire` });
      continue;
    }
    const m: Obj = { instrument, phase: str(ext(r, U.extPhase)[0]?.valueCode) ?? 'follow-up', at: str(r.authored) };
    if (ext(r, U.extPhase).length === 0) report.push({ code: 'fhir_phase_assumed', severity: 'warning', message: 'A measure has no phase: assumed follow-up.', pointer: `/entry/${i}/resource` });
    const items: unknown[] = [];
    for (const item of arr(r.item)) {
      if (!isObj(item)) continue;
      const answer = arr(item.answer)[0];
      const value = isObj(answer) ? (answer.valueInteger ?? answer.valueDecimal) : undefined;
      if (item.linkId === 'score') m.score = value;
      else if (item.linkId === 'level') m.level = value;
      else if (/^\d+$/.test(str(item.linkId) ?? '')) items[Number(item.linkId) - 1] = value;
    }
    if (items.length > 0) m.items = items;
    measures.push(m);
  }

  const candidate: Obj = { id, createdAt, referrer, subject, reasons, status, history };
  if (Object.keys(target).length > 0) candidate.target = target;
  if (attendance.length > 0) candidate.attendance = attendance;
  if (measures.length > 0) candidate.measures = measures;
  const parsed = ReferralSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      report.push({ code: 'fhir_invalid_referral', severity: 'error', message: `The referral read from FHIR is not valid at /${issue.path.join('/')}: ${issue.message}`, pointer: `/${issue.path.join('/')}` });
    }
    return { referral: null, report };
  }
  return { referral: parsed.data, report };
}
