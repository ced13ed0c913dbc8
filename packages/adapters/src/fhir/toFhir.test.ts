import { REFERRAL_STATUSES, type Referral } from '@artsrx/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fhirR4Validator } from '../../test/fhir/_fhirSchema.js';
import { completedReferral, referralArbitrary } from '../../test/fhir/helpers.js';
import { toFhir } from './toFhir.js';
import type { FhirResource } from './types.js';

const resources = (b: ReturnType<typeof toFhir>) => b.entry!.map((e) => e.resource!);
const ofType = (b: ReturnType<typeof toFhir>, t: string) => resources(b).filter((r) => r.resourceType === t) as FhirResource[];

describe('toFhir', () => {
  const referral = completedReferral();
  const bundle = toFhir(referral);

  it('validates against the official FHIR R4 JSON Schema', () => {
    const validate = fhirR4Validator();
    const ok = validate(bundle);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  }, 120_000); // compiling the 3 MB FHIR schema takes seconds on a busy machine

  it('validates for arbitrary valid referrals (property)', () => {
    const validate = fhirR4Validator();
    fc.assert(
      fc.property(referralArbitrary(), (r) => {
        const ok = validate(toFhir(r));
        expect(validate.errors ?? []).toEqual([]);
        expect(ok).toBe(true);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('the schema check can fail (a Task with a status FHIR does not have, an unknown element)', () => {
    const validate = fhirR4Validator();
    const broken = structuredClone(bundle);
    (broken.entry![2]!.resource as FhirResource).status = 'attending';
    expect(validate(broken)).toBe(false);
    const extra = structuredClone(bundle);
    (extra.entry![1]!.resource as FhirResource).goals = 'x';
    expect(validate(extra)).toBe(false);
  }, 120_000);

  it('is a transaction of conditional updates: Patient, ServiceRequest, Task and one QuestionnaireResponse per measure', () => {
    expect(bundle.type).toBe('transaction');
    expect(resources(bundle).map((r) => r.resourceType)).toEqual(['Patient', 'ServiceRequest', 'Task', ...Array(5).fill('QuestionnaireResponse')]);
    expect(bundle.entry![1]!.request).toEqual({ method: 'PUT', url: 'ServiceRequest?identifier=https://w3id.org/artsrx/id/referral|ref-2026-0042' });
    for (const e of bundle.entry!) expect(e.fullUrl).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('writes a UK Core ServiceRequest coded 871731000000106', () => {
    const sr = ofType(bundle, 'ServiceRequest')[0]!;
    expect(sr.meta).toEqual({ profile: ['https://fhir.hl7.org.uk/StructureDefinition/UKCore-ServiceRequest'] });
    expect(sr).toMatchObject({
      status: 'completed',
      intent: 'order',
      priority: 'routine',
      authoredOn: '2026-01-05T09:30:00Z',
      code: { coding: [{ system: 'http://snomed.info/sct', code: '871731000000106', display: 'Referral to social prescribing service' }] },
      requester: { type: 'Organization', identifier: { system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'E86619' } },
      reasonCode: [
        { coding: [{ system: 'https://w3id.org/artsrx/vocab/need', code: 'loneliness', display: 'Loneliness' }] },
        { coding: [{ system: 'https://w3id.org/artsrx/vocab/need', code: 'low-mood', display: 'Low mood' }] },
      ],
      subject: { reference: bundle.entry![0]!.fullUrl },
    });
  });

  it('maps every state to its Task status with the ArtsRx state as business status', () => {
    for (const term of REFERRAL_STATUSES.terms) {
      const r = completedReferral({ status: term.id, history: [{ status: term.id, at: '2026-01-05T09:00:00Z' }] } as Partial<Referral>);
      const task = ofType(toFhir(r), 'Task')[0]!;
      expect(task.status).toBe(term.fhirTaskStatus);
      expect(task.businessStatus).toEqual({ coding: [{ system: 'https://w3id.org/artsrx/vocab/referral-status', code: term.id, display: term.label }] });
      expect(fhirR4Validator()(toFhir(r))).toBe(true);
    }
  }, 120_000);

  it('codes the Task 871731000000106 only once the person has accepted', () => {
    expect(ofType(bundle, 'Task')[0]!.code).toEqual({ coding: [{ system: 'http://snomed.info/sct', code: '871731000000106', display: 'Referral to social prescribing service' }] });
    const r = completedReferral({ status: 'contacted', history: [{ status: 'referred', at: '2026-01-05T09:00:00Z' }, { status: 'contacted', at: '2026-01-06T09:00:00Z' }] } as Partial<Referral>);
    expect(ofType(toFhir(r), 'Task')[0]!.code).toBeUndefined();
  });

  it('gives a declined referral the SNOMED CT code 871711000000103 as the Task status reason', () => {
    const r = completedReferral({ status: 'declined', history: [{ status: 'declined', at: '2026-01-05T09:00:00Z' }] } as Partial<Referral>);
    expect(ofType(toFhir(r), 'Task')[0]!.statusReason).toEqual({ coding: [{ system: 'http://snomed.info/sct', code: '871711000000103', display: 'Social prescribing declined' }] });
  });

  it('keeps the Patient pseudonymous', () => {
    const p = ofType(bundle, 'Patient')[0]!;
    expect(Object.keys(p).sort()).toEqual(['address', 'extension', 'identifier', 'resourceType']);
    expect(p.identifier).toEqual([{ system: 'https://w3id.org/artsrx/id/pseudonym', value: 'p-7f3a' }]);
    expect(p.address).toEqual([{ postalCode: 'CH44', country: 'GB' }]);
  });

  it('writes measures as QuestionnaireResponses; PAM as score and level only', () => {
    const qrs = ofType(bundle, 'QuestionnaireResponse');
    expect(qrs[0]).toMatchObject({ questionnaire: 'https://w3id.org/artsrx/fhir/Questionnaire/SWEMWBS', authored: '2026-01-14', status: 'completed' });
    expect((qrs[0]!.item as unknown[]).length).toBe(7);
    expect(qrs[4]!.item).toEqual([
      { linkId: 'score', answer: [{ valueDecimal: 52.1 }] },
      { linkId: 'level', answer: [{ valueInteger: 2 }] },
    ]);
  });

  it('never writes free text, is deterministic and does not mutate its input', () => {
    const withText = completedReferral({ goals: 'GOALS-TEXT', endReason: 'END-TEXT' });
    withText.history[2]!.note = 'NOTE-TEXT';
    const before = structuredClone(withText);
    const out = JSON.stringify(toFhir(withText));
    expect(out).not.toMatch(/GOALS-TEXT|END-TEXT|NOTE-TEXT/);
    expect(JSON.stringify(toFhir(withText))).toBe(out);
    expect(withText).toEqual(before);
  });
});
