/** A real English town or city centre used as a cluster centre for synthetic activities. */
export interface Town {
  /** Town or city name. */
  readonly name: string;
  /** Approximate centre, [longitude, latitude] (WGS84). */
  readonly centre: readonly [number, number];
  /** ONS GSS code of the local authority district it is in (2023 boundaries). */
  readonly localAuthority: string;
  /** ONS GSS code of the region (E12). */
  readonly region: string;
  /** Postcode area letters, e.g. `L` or `LS`. */
  readonly postcodeArea: string;
  /** Rough population in thousands, used as the weight of the cluster. */
  readonly population: number;
}

const NE = 'E12000001';
const NW = 'E12000002';
const YH = 'E12000003';
const EM = 'E12000004';
const WM = 'E12000005';
const EE = 'E12000006';
const LDN = 'E12000007';
const SE = 'E12000008';
const SW = 'E12000009';

const t = (name: string, lng: number, lat: number, localAuthority: string, region: string, postcodeArea: string, population: number): Town => ({
  name,
  centre: [lng, lat],
  localAuthority,
  region,
  postcodeArea,
  population,
});

/**
 * Seventy-five real English towns and cities with approximate centre coordinates, their local
 * authority GSS codes and regions. Only the places are real: every activity, organisation and
 * venue generated around them is invented.
 */
export const TOWNS: readonly Town[] = [
  t('Liverpool', -2.9916, 53.4084, 'E08000012', NW, 'L', 490),
  t('Manchester', -2.2426, 53.4808, 'E08000003', NW, 'M', 550),
  t('Salford', -2.2901, 53.4875, 'E08000006', NW, 'M', 270),
  t('Bolton', -2.4282, 53.5769, 'E08000001', NW, 'BL', 295),
  t('Wigan', -2.6325, 53.5451, 'E08000010', NW, 'WN', 330),
  t('Stockport', -2.1575, 53.4106, 'E08000007', NW, 'SK', 295),
  t('Oldham', -2.1114, 53.5409, 'E08000004', NW, 'OL', 240),
  t('Rochdale', -2.1561, 53.6097, 'E08000005', NW, 'OL', 225),
  t('Warrington', -2.597, 53.39, 'E06000007', NW, 'WA', 210),
  t('St Helens', -2.7375, 53.4534, 'E08000013', NW, 'WA', 185),
  t('Birkenhead', -3.0148, 53.3934, 'E08000015', NW, 'CH', 320),
  t('Southport', -3.0053, 53.6475, 'E08000014', NW, 'PR', 280),
  t('Preston', -2.7031, 53.7632, 'E07000123', NW, 'PR', 150),
  t('Blackpool', -3.0357, 53.8175, 'E06000009', NW, 'FY', 140),
  t('Blackburn', -2.4875, 53.7486, 'E06000008', NW, 'BB', 155),
  t('Burnley', -2.2405, 53.7893, 'E07000117', NW, 'BB', 95),
  t('Lancaster', -2.8007, 54.0466, 'E07000121', NW, 'LA', 140),
  t('Carlisle', -2.9329, 54.8925, 'E06000063', NW, 'CA', 110),
  t('Kendal', -2.746, 54.328, 'E06000064', NW, 'LA', 30),
  t('Newcastle upon Tyne', -1.6178, 54.9783, 'E08000021', NE, 'NE', 300),
  t('Gateshead', -1.6034, 54.9527, 'E08000037', NE, 'NE', 195),
  t('Sunderland', -1.3838, 54.9069, 'E08000024', NE, 'SR', 275),
  t('Middlesbrough', -1.235, 54.5742, 'E06000002', NE, 'TS', 145),
  t('Darlington', -1.5595, 54.5236, 'E06000005', NE, 'DL', 110),
  t('Durham', -1.5733, 54.7761, 'E06000047', NE, 'DH', 50),
  t('Leeds', -1.5492, 53.7997, 'E08000035', YH, 'LS', 810),
  t('Sheffield', -1.4701, 53.3811, 'E08000019', YH, 'S', 555),
  t('Bradford', -1.7594, 53.796, 'E08000032', YH, 'BD', 545),
  t('Kingston upon Hull', -0.3274, 53.7676, 'E06000010', YH, 'HU', 270),
  t('York', -1.0873, 53.96, 'E06000014', YH, 'YO', 200),
  t('Huddersfield', -1.785, 53.6458, 'E08000034', YH, 'HD', 160),
  t('Halifax', -1.8658, 53.7248, 'E08000033', YH, 'HX', 90),
  t('Wakefield', -1.4977, 53.683, 'E08000036', YH, 'WF', 100),
  t('Doncaster', -1.1285, 53.5228, 'E08000017', YH, 'DN', 310),
  t('Barnsley', -1.4797, 53.5526, 'E08000016', YH, 'S', 245),
  t('Rotherham', -1.3635, 53.4326, 'E08000018', YH, 'S', 265),
  t('Nottingham', -1.1581, 52.9548, 'E06000018', EM, 'NG', 325),
  t('Leicester', -1.1398, 52.6369, 'E06000016', EM, 'LE', 370),
  t('Derby', -1.4746, 52.9225, 'E06000015', EM, 'DE', 260),
  t('Lincoln', -0.5406, 53.2307, 'E07000138', EM, 'LN', 105),
  t('Birmingham', -1.8904, 52.4862, 'E08000025', WM, 'B', 1140),
  t('Coventry', -1.5197, 52.4068, 'E08000026', WM, 'CV', 345),
  t('Wolverhampton', -2.1286, 52.5862, 'E08000031', WM, 'WV', 265),
  t('Stoke-on-Trent', -2.1794, 53.0027, 'E06000021', WM, 'ST', 260),
  t('Worcester', -2.2216, 52.1936, 'E07000237', WM, 'WR', 105),
  t('Shrewsbury', -2.7553, 52.7073, 'E06000051', WM, 'SY', 75),
  t('Telford', -2.4453, 52.6784, 'E06000020', WM, 'TF', 185),
  t('Norwich', 1.2974, 52.6309, 'E07000148', EE, 'NR', 145),
  t('Cambridge', 0.1218, 52.2053, 'E07000008', EE, 'CB', 145),
  t('Peterborough', -0.2405, 52.5695, 'E06000031', EE, 'PE', 215),
  t('Ipswich', 1.1482, 52.0567, 'E07000202', EE, 'IP', 140),
  t('Colchester', 0.8919, 51.8959, 'E07000071', EE, 'CO', 195),
  t('Luton', -0.42, 51.8787, 'E06000032', EE, 'LU', 225),
  t('Chelmsford', 0.4685, 51.7356, 'E07000070', EE, 'CM', 180),
  t('Westminster', -0.1357, 51.4975, 'E09000033', LDN, 'SW', 205),
  t('Hackney', -0.0553, 51.545, 'E09000012', LDN, 'E', 260),
  t('Tower Hamlets', -0.072, 51.515, 'E09000030', LDN, 'E', 310),
  t('Southwark', -0.069, 51.474, 'E09000028', LDN, 'SE', 305),
  t('Lewisham', -0.0209, 51.4452, 'E09000023', LDN, 'SE', 300),
  t('Croydon', -0.0982, 51.3762, 'E09000008', LDN, 'CR', 390),
  t('Brighton and Hove', -0.1372, 50.8225, 'E06000043', SE, 'BN', 275),
  t('Reading', -0.9781, 51.4543, 'E06000038', SE, 'RG', 175),
  t('Oxford', -1.2577, 51.752, 'E07000178', SE, 'OX', 160),
  t('Southampton', -1.4044, 50.9097, 'E06000045', SE, 'SO', 250),
  t('Portsmouth', -1.088, 50.8198, 'E06000044', SE, 'PO', 210),
  t('Milton Keynes', -0.7594, 52.0406, 'E06000042', SE, 'MK', 285),
  t('Canterbury', 1.0789, 51.2802, 'E07000106', SE, 'CT', 55),
  t('Bristol', -2.5879, 51.4545, 'E06000023', SW, 'BS', 470),
  t('Plymouth', -4.1427, 50.3755, 'E06000026', SW, 'PL', 265),
  t('Exeter', -3.5339, 50.7184, 'E07000041', SW, 'EX', 130),
  t('Bath', -2.359, 51.3811, 'E06000022', SW, 'BA', 95),
  t('Swindon', -1.7797, 51.5558, 'E06000030', SW, 'SN', 235),
  t('Gloucester', -2.2382, 51.8642, 'E07000081', SW, 'GL', 130),
  t('Bournemouth', -1.8808, 50.7192, 'E06000058', SW, 'BH', 200),
  t('Truro', -5.051, 50.2632, 'E06000052', SW, 'TR', 20),
];
