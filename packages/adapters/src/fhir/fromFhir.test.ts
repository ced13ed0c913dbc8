import { REFERRAL_STATUSES, type Referral } from '@artsrx/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completedReferral, referralArbitrary } from '../../test/fhir/helpers.js';
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
    const referralArb = referralArbitrary();
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
