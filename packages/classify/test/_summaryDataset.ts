/** A small hand-built dataset for the summary tests: two towns 30 km apart and a village with nothing. */
export function summaryDataset() {
  const prov = { source: 'directory', recordedAt: '2026-01-01' };
  return {
    standard: 'artsrx',
    places: [
      { id: 'p-town-a', name: 'Hall A', geo: { type: 'Point', coordinates: [-2.0, 53.5] }, areaCodes: { localAuthority: 'E08000001', region: 'E12000002' }, address: { lines: ['1 High St'], town: 'Aton', country: 'GB' }, provenance: prov },
      { id: 'p-town-b', name: 'Hall B', geo: { type: 'Point', coordinates: [-2.45, 53.5] }, areaCodes: { localAuthority: 'E08000002', region: 'E12000002' }, provenance: prov },
      { id: 'p-village', name: 'Village C', geo: { type: 'Point', coordinates: [-2.0, 53.8] }, areaCodes: { localAuthority: 'E07000003', region: 'E12000002' }, provenance: prov },
    ],
    assets: [
      { id: 'as-choir', name: 'Aton Choir', abcdCategory: 'association', assetKind: 'group', artForms: ['music'], fiveWays: ['connect'], placeIds: ['p-town-a'], status: 'active', provenance: prov },
      { id: 'as-museum', name: 'Bton Museum', abcdCategory: 'institution', assetKind: 'venue', placeIds: ['p-town-b'], status: 'active', provenance: prov },
      { id: 'as-village-hall', name: 'Village Hall', abcdCategory: 'physical', assetKind: 'venue', placeIds: ['p-village'], status: 'active', provenance: prov },
      { id: 'as-nominated', name: 'Jean the potter', status: 'nominated', provenance: prov },
    ],
    activities: [
      { id: 'act-sing', name: 'Aton Choir rehearsal', assetId: 'as-choir', artForms: ['music'], activityTypes: ['singing'], placeId: 'p-town-a', status: 'active', socialPrescribing: { acceptsReferrals: true, routes: ['self'] }, provenance: prov },
      { id: 'act-handling', name: 'Object handling', assetId: 'as-museum', artForms: ['museums-heritage'], placeId: 'p-town-b', status: 'active', socialPrescribing: { acceptsReferrals: true, routes: ['link-worker'] }, provenance: prov },
      { id: 'act-ended', name: 'Old dance class', assetId: 'as-village-hall', artForms: ['dance'], placeId: 'p-village', status: 'ended', socialPrescribing: { acceptsReferrals: true, routes: ['self'] }, provenance: prov },
      { id: 'act-no-referrals', name: 'Museum talk', assetId: 'as-museum', artForms: ['museums-heritage'], fiveWays: ['keep-learning'], status: 'active', provenance: prov },
    ],
  };
}
