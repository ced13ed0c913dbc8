import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySuggestions } from './applySuggestions.js';

const AT = '2026-05-01T10:00:00Z';

function dataset() {
  return {
    standard: 'artsrx',
    assets: [
      { id: 'a1', name: 'Harbour Street Community Choir', description: 'Volunteer-run choir.', status: 'nominated', provenance: { source: 'asset-mapping', recordedAt: '2026-04-01' } },
      { id: 'a2', name: 'Westfield Library', abcdCategory: 'physical', artForms: ['literature'], status: 'active', provenance: { source: 'directory', recordedAt: '2026-04-01', inferred: [{ field: 'x', by: 'someone', confidence: 1, at: '2026-01-01' }] } },
      { id: 'a3', name: 'Xyzzy', status: 'nominated' },
    ],
    activities: [
      { id: 'act1', name: 'Tuesday print club', description: 'Lino printing for beginners.', status: 'active', provenance: { source: 'directory', recordedAt: '2026-04-01' } },
      { id: 'act2', name: 'Seated dance', artForms: ['music'], status: 'active', provenance: { source: 'directory', recordedAt: '2026-04-01' } },
    ],
  };
}

describe('applySuggestions', () => {
  it('fills silent fields with confident suggestions and records provenance', () => {
    const { dataset: out, applied } = applySuggestions(dataset(), { at: AT });
    const a1 = out.assets[0] as Record<string, unknown> & { provenance: { inferred: unknown[] } };
    expect(a1.abcdCategory).toBe('association');
    expect(a1.artForms).toEqual(['music']);
    expect(a1.provenance.inferred).toContainEqual({ field: 'abcdCategory', by: '@artsrx/classify', confidence: expect.any(Number), at: AT });
    expect(applied).toContainEqual(expect.objectContaining({ collection: 'assets', recordId: 'a1', field: 'abcdCategory', value: 'association' }));
    const act1 = out.activities[0] as Record<string, unknown>;
    expect(act1.artForms).toEqual(['visual-arts']);
    expect(act1.activityTypes).toEqual(['printmaking']);
  });

  it('never overwrites what the publisher stated', () => {
    const { dataset: out } = applySuggestions(dataset(), { at: AT });
    const a2 = out.assets[1] as Record<string, unknown> & { provenance: { inferred: { field: string }[] } };
    expect(a2.abcdCategory).toBe('physical');
    expect(a2.artForms).toEqual(['literature']);
    expect(a2.provenance.inferred.map((i) => i.field)).not.toContain('abcdCategory');
    expect(a2.provenance.inferred[0]).toEqual({ field: 'x', by: 'someone', confidence: 1, at: '2026-01-01' });
  });

  it('keeps only activity types that agree with the stated art forms', () => {
    const { dataset: out } = applySuggestions(dataset(), { at: AT });
    const act2 = out.activities[1] as Record<string, unknown>;
    expect(act2.artForms).toEqual(['music']);
    expect(act2.activityTypes).toBeUndefined();
  });

  it('fills a single-valued field with one value and each confidence is at or above the bar', () => {
    const { applied } = applySuggestions(dataset(), { at: AT, minConfidence: 0.7 });
    for (const a of applied) {
      expect(a.confidence).toBeGreaterThanOrEqual(0.7);
      if (a.field === 'abcdCategory' || a.field === 'assetKind') expect(typeof a.value).toBe('string');
    }
  });

  it('leaves a record it cannot classify alone', () => {
    const { dataset: out } = applySuggestions(dataset(), { at: AT });
    expect(out.assets[2]).toEqual({ id: 'a3', name: 'Xyzzy', status: 'nominated' });
  });

  it('does not change its input', () => {
    const input = dataset();
    const copy = structuredClone(input);
    applySuggestions(input, { at: AT });
    expect(input).toEqual(copy);
  });

  it('gives a record without provenance one that holds only inferred', () => {
    const { dataset: out } = applySuggestions({ assets: [{ name: 'Harbour Street Community Choir' }] }, { at: AT });
    const a = out.assets[0] as unknown as { provenance: { inferred: { field: string }[] } };
    expect(Object.keys(a.provenance)).toEqual(['inferred']);
  });

  it('names records without an id by position', () => {
    const { applied } = applySuggestions({ assets: [{ name: 'Community Choir' }] }, { at: AT });
    expect(applied[0]?.recordId).toBe('assets[0]');
  });

  it('returns non-datasets unchanged and rejects bad options', () => {
    expect(applySuggestions(null).dataset).toBeNull();
    expect(() => applySuggestions({}, { minConfidence: -1 })).toThrow(RangeError);
    expect(() => applySuggestions({}, { at: 'yesterday' })).toThrow(TypeError);
  });

  it('never throws on loose datasets', () => {
    fc.assert(fc.property(fc.record({ assets: fc.array(fc.anything()), activities: fc.anything() }, { requiredKeys: [] }), (d) => void applySuggestions(d, { at: AT })));
  });

  it('never changes a stated value, whatever the record says (property)', () => {
    const words = fc.constantFrom('choir', 'museum', 'park', 'woods', 'print club', 'retired potter', 'festival', 'cafe', 'not', 'dance', 'library', 'volunteers');
    const stated = fc.record(
      { abcdCategory: fc.constantFrom('individual', 'natural', 'economic'), artForms: fc.constantFrom(['design'], ['libraries']), fiveWays: fc.constantFrom(['give']) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 8 }), stated, (ws, fields) => {
        const asset = { id: 'a', name: ws.join(' '), ...fields };
        const out = applySuggestions({ assets: [asset] }, { at: AT }).dataset.assets[0] as Record<string, unknown>;
        for (const [k, v] of Object.entries(fields)) expect(out[k]).toEqual(v);
      }),
    );
  });

  it('never lowers a threshold: a higher minConfidence fills no more fields', () => {
    const low = applySuggestions(dataset(), { at: AT, minConfidence: 0.5 }).applied.length;
    const high = applySuggestions(dataset(), { at: AT, minConfidence: 0.9 }).applied.length;
    expect(high).toBeLessThanOrEqual(low);
  });
});
