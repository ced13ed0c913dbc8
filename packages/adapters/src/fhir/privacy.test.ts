import { describe, expect, it } from 'vitest';
import { completedReferral } from '../../test/fhir/helpers.js';
import { fromFhir } from './fromFhir.js';
import { toFhir } from './toFhir.js';
import type { FhirResource } from './types.js';

const PLANTED = 'NHS 943 476 5919, ring 07700 900123 or jo.bloggs@example.org, lives at CH44 5XY';
const NEEDLES = [/943\s*476\s*5919/, /9434765919/, /07700\s*900123/, /jo\.bloggs/i, /example\.org/i, /CH44\s*5XY/i, /5XY/];

function assertClean(label: string, output: unknown): void {
  const text = JSON.stringify(output);
  for (const needle of NEEDLES) expect(text, `${label} leaks ${needle}`).not.toMatch(needle);
}

describe('privacy: the FHIR mapping never carries planted identifiers', () => {
  it('toFhir leaves out every free-text field of a referral', () => {
    const r = completedReferral({ goals: PLANTED, endReason: PLANTED });
    const withNotes = { ...r, history: r.history.map((e) => ({ ...e, note: PLANTED })) };
    expect(JSON.stringify(withNotes)).toMatch(NEEDLES[0]!);
    assertClean('toFhir', toFhir(withNotes));
    assertClean('fromFhir(toFhir)', fromFhir(toFhir(withNotes)));
  });

  it('fromFhir drops identifiers planted in a foreign Bundle and its report does not repeat them', () => {
    const bundle = toFhir(completedReferral());
    const patient = bundle.entry![0]!.resource as FhirResource;
    patient.telecom = [{ system: 'email', value: 'jo.bloggs@example.org' }, { system: 'phone', value: '07700 900123' }];
    (patient.identifier as unknown[]).push({ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9434765919' });
    patient.address = [{ text: PLANTED, postalCode: 'CH44 5XY' }];
    const sr = bundle.entry![1]!.resource as FhirResource;
    sr.note = [{ text: PLANTED }];
    sr.patientInstruction = PLANTED;
    sr.reasonCode = [...(sr.reasonCode as unknown[]), { text: PLANTED }];
    (bundle.entry![2]!.resource as FhirResource).note = [{ text: PLANTED }];
    const result = fromFhir(bundle);
    expect(result.referral).not.toBeNull();
    assertClean('fromFhir', result);
    // The errors path too: a bundle that cannot become a referral.
    sr.identifier = [{ system: 'https://w3id.org/artsrx/id/referral', value: 'ref-1' }];
    (patient.identifier as unknown[]).splice(0, 1);
    assertClean('fromFhir error', fromFhir(bundle));
  });
});
