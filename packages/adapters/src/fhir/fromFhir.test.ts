import { REFERRAL_STATUSES, ReferralSchema, type Referral, type ReferralStatus } from '@artsrx/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completedReferral } from '../../test/fhir/helpers.js';
import { fromFhir } from './fromFhir.js';
import { toFhir } from './toFhir.js';
import type { FhirResource } from './types.js';

/** What FHIR deliberately does not carry: free text. */
function withoutFreeText(r: Referral): Referral {
  const { goals: _g, endReason: _e, ...rest } = r;
  return { ...rest, history: r.history.map(({ note: _n, ...e }) => e) } as Referral;
}

describe('fromFhir', () => {
  it('round-trips a referral with everything the mapping carries', () => {
    const r = completedReferral();
    const { referral, report } = fromFhir(toFhir(r));
    expect(report).toEqual([]);
    expect(referral).toEqual(r);
  });

  it('round-trips every state, dropping only free text', () => {
    for (const status of REFERRAL_STATUSES.ids) {
      const r = completedReferral({ status, history: [{ status, at: '2026-01-05T09:00:00Z', note: 'n' }], goals: 'g', endReason: 'e' } as Partial<Referral>);
      expect(fromFhir(toFhir(r)).referral).toEqual(withoutFreeText(r));
    }
  });

  it('round-trips arbitrary valid referrals (property)', () => {
    const statusArb = fc.constantFrom(...(REFERRAL_STATUSES.ids as readonly ReferralStatus[]));
    const referralArb = fc
      .record({
        status: statusArb,
        history: fc.array(fc.record({ status: statusArb, by: fc.option(fc.constantFrom('gp', 'link-worker', 'self' as const), { nil: undefined }) }), { minLength: 1, maxLength: 6 }),
        scopes: fc.subarray(['share-with-provider', 'message-back', 'attendance', 'outcome-measures', 'anonymised-reporting'] as const),
        given: fc.boolean(),
        org: fc.option(fc.constantFrom('E86619', 'U12345'), { nil: undefined }),
        role: fc.constantFrom('gp', 'link-worker', 'nurse', 'other-professional', 'self', 'community' as const),
        attended: fc.array(fc.boolean(), { maxLength: 5 }),
        ucla: fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })), { maxLength: 3 }),
        pam: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
      })
      .map(
        (x) =>
          ReferralSchema.parse({
            id: 'ref-prop',
            createdAt: '2026-01-05T09:00:00Z',
            referrer: x.org === undefined ? { role: x.role } : { role: x.role, organisationCode: x.org },
            subject: { pseudonym: 'p-prop', consent: { given: x.given, recordedAt: '2026-01-05T09:00:00Z', scopes: [...x.scopes] } },
            reasons: ['stress'],
            status: x.status,
            history: x.history.map((h, i) => ({ status: h.status, at: `2026-01-${String(5 + i).padStart(2, '0')}T09:00:00Z`, ...(h.by ? { by: h.by } : {}) })),
            ...(x.attended.length ? { attendance: x.attended.map((a, i) => ({ date: `2026-02-${String(1 + i).padStart(2, '0')}`, attended: a })) } : {}),
            ...(x.ucla.length || x.pam !== undefined
              ? {
                  measures: [
                    ...x.ucla.map((items, i) => ({ instrument: 'UCLA3', phase: i === 0 ? 'baseline' : 'follow-up', at: `2026-03-0${i + 1}`, items })),
                    ...(x.pam !== undefined ? [{ instrument: 'PAM', phase: 'exit', at: '2026-04-01', score: x.pam }] : []),
                  ],
                }
              : {}),
          }) as Referral,
      );
    fc.assert(
      fc.property(referralArb, (r) => {
        expect(fromFhir(toFhir(r)).referral).toEqual(r);
      }),
    );
  });

  it('drops and reports personal data from another system without repeating it', () => {
    const bundle = toFhir(completedReferral());
    const patient = bundle.entry![0]!.resource as FhirResource;
    patient.name = [{ family: 'Smithson', given: ['Alexandra'] }];
    patient.birthDate = '1958-04-03';
    patient.telecom = [{ system: 'phone', value: '07700 900123' }];
    (patient.identifier as unknown[]).push({ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9434765919' });
    patient.address = [{ line: ['1 Acacia Avenue'], postalCode: 'CH44 5XY' }];
    (bundle.entry![1]!.resource as FhirResource).note = [{ text: 'call her on 07700 900123' }];
    const { referral, report } = fromFhir(bundle);
    expect(referral?.subject).toMatchObject({ pseudonym: 'p-7f3a', postcodeDistrict: 'CH44' });
    expect(report.map((i) => i.code)).toEqual(
      expect.arrayContaining(['fhir_personal_data_dropped', 'fhir_postcode_reduced', 'fhir_free_text_not_carried']),
    );
    const out = JSON.stringify({ referral, report });
    for (const secret of ['Smithson', 'Alexandra', '1958', '07700', '9434765919', 'Acacia', '5XY']) expect(out).not.toContain(secret);
  });

  it('refuses a Patient known only by NHS number', () => {
    const bundle = toFhir(completedReferral());
    (bundle.entry![0]!.resource as FhirResource).identifier = [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9434765919' }];
    const { referral, report } = fromFhir(bundle);
    expect(referral).toBeNull();
    expect(report[0]).toMatchObject({ code: 'fhir_no_pseudonym', severity: 'error' });
    expect(JSON.stringify(report)).not.toContain('9434765919');
  });

  it('assumes, and says so, what a plain FHIR referral lacks', () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        { fullUrl: 'urn:uuid:p', resource: { resourceType: 'Patient', identifier: [{ system: 'https://w3id.org/artsrx/id/pseudonym', value: 'p-1' }] } },
        {
          fullUrl: 'urn:uuid:s',
          resource: {
            resourceType: 'ServiceRequest',
            id: 'sr-9',
            status: 'active',
            intent: 'order',
            subject: { reference: 'urn:uuid:p' },
            authoredOn: '2026-01-05T09:00:00Z',
            reasonCode: [{ coding: [{ system: 'https://w3id.org/artsrx/vocab/need', code: 'anxiety' }] }, { text: 'panic' }],
          },
        },
        { fullUrl: 'urn:uuid:t', resource: { resourceType: 'Task', status: 'in-progress', intent: 'order', basedOn: [{ reference: 'urn:uuid:s' }] } },
        { fullUrl: 'urn:uuid:o', resource: { resourceType: 'Observation', status: 'final' } },
      ],
    };
    const { referral, report } = fromFhir(bundle);
    expect(referral).toMatchObject({ id: 'sr-9', status: 'contacted', reasons: ['anxiety'], referrer: { role: 'other-professional' }, subject: { consent: { given: false, scopes: [] } } });
    expect(report.map((i) => i.code).sort()).toEqual(
      ['fhir_history_assumed', 'fhir_no_consent', 'fhir_reason_not_carried', 'fhir_referrer_role_assumed', 'fhir_resource_not_carried', 'fhir_status_assumed'].sort(),
    );
  });

  it('never throws on bad data', () => {
    for (const bad of [null, 42, 'Bundle', {}, { resourceType: 'Bundle' }, { resourceType: 'Bundle', entry: [null, 1, { resource: 'x' }] }]) {
      const { referral, report } = fromFhir(bad);
      expect(referral).toBeNull();
      expect(report.some((i) => i.severity === 'error')).toBe(true);
    }
    const bundle = toFhir(completedReferral());
    (bundle.entry![3]!.resource as FhirResource).item = [{ linkId: '1', answer: [{ valueInteger: 'high' }] }];
    const result = fromFhir(bundle);
    expect(result.referral).toBeNull();
    expect(result.report.at(-1)).toMatchObject({ code: 'fhir_invalid_referral' });
  });
});
