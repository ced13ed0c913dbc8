import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/runCli.js';

const place = (id: string, lon: number, la: string) => ({ id, name: id, geo: { type: 'Point', coordinates: [lon, 53.5] }, areaCodes: { localAuthority: la, region: 'E12000002' } });
const dataset = JSON.stringify({
  standard: 'artsrx',
  places: [place('p-a', -2.0, 'E08000001'), place('p-b', -2.45, 'E08000002')],
  assets: [
    { id: 'as-a', name: 'A Choir', abcdCategory: 'association', artForms: ['music'], placeIds: ['p-a'] },
    { id: 'as-b', name: 'B Museum', abcdCategory: 'institution', placeIds: ['p-b'] },
  ],
  activities: [
    { id: 'act-a', name: 'Choir', assetId: 'as-a', artForms: ['music'], placeId: 'p-a', status: 'active', socialPrescribing: { acceptsReferrals: true, routes: ['self'] } },
    { id: 'act-b', name: 'Handling', assetId: 'as-b', artForms: ['museums-heritage'], placeId: 'p-b', status: 'active' },
  ],
});

describe('artsrx summary', () => {
  it('prints a Markdown table by local authority with a total row', async () => {
    const run = await runCli(['summary', '-'], { stdin: dataset });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('## Assets by localAuthority');
    expect(run.stdout).toContain('| Bolton (E08000001) | 1 | 1 | 1 | 1 | 1 | 100% | 100% | 0% |');
    expect(run.stdout).toContain('| Bury (E08000002) | 1 | 1 | 1 | 0 | 1 | 100% | 0% | 0% |');
    expect(run.stdout).toContain('| Total | 2 | 2 | 2 | 1 | 2 | 100% | 50% | 0% |');
  });

  it('prints JSON by ABCD category with gaps', async () => {
    const run = await runCli(['summary', '-', '--by', 'abcdCategory', '--format', 'json', '--gaps-km', '10'], { stdin: dataset });
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { by: string; rows: { key: string }[]; gaps: { gaps: { centreId: string; artForm: string | null }[] } };
    expect(out.by).toBe('abcdCategory');
    expect(out.rows.map((r) => r.key)).toEqual(['association', 'institution']);
    // B's museum activity does not take referrals: B has nothing referral-ready within 10 km, and A lacks heritage
    expect(out.gaps.gaps.map((g) => `${g.centreId} ${g.artForm}`)).toEqual(['E08000001 museums-heritage', 'E08000002 null', 'E08000002 music', 'E08000002 museums-heritage']);
  });

  it('exits 2 for an unknown --by', async () => {
    const run = await runCli(['summary', '-', '--by', 'town'], { stdin: dataset });
    expect(run.code).toBe(2);
  });
});
