// Small awards registers with fixed dates, for the badge tests (the day they are checked is fixed too).
import type { Award } from '../../src/feed/index.js';

export const TODAY = '2026-11-26';

export const record = (id: string, over: Partial<Award> = {}): Award => ({
  id,
  holder: { name: 'Parkside Community Primary School', place: 'Cambridge' },
  stream: 'school',
  status: 'awarded',
  awarded: '2024-03-14',
  expires: '2027-03-13',
  verifyUrl: `https://awards.example.org/awards/${id}`,
  ...over,
});

/** One award in every state, plus a renewal family. */
export const awards: Award[] = [
  record('sos-parkside-2024'),
  record('uos-anglia-2021', {
    holder: { name: 'Anglia Ruskin University' },
    stream: 'university',
    awarded: '2021-06-01',
    expires: '2024-05-31',
  }),
  record('los-central-2022', {
    holder: { name: 'Cambridge Central Library' },
    stream: 'library',
    status: 'revoked',
    awarded: '2022-01-10',
    expires: '2025-01-09',
  }),
  record('tos-junction-2025', {
    holder: { name: 'Cambridge Junction' },
    stream: 'theatre',
    status: 'suspended',
    awarded: '2025-02-01',
    expires: '2028-01-31',
  }),
  record('cos-chesterton-2027', {
    holder: { name: 'Chesterton Community College' },
    stream: 'college',
    awarded: '2027-01-15',
    expires: '2030-01-14',
  }),
  record('sos-mayfield-2019', {
    holder: { name: 'Mayfield Primary School' },
    status: 'expired',
    awarded: '2019-09-01',
    expires: '2022-08-31',
  }),
  record('sos-mayfield-2022', {
    holder: { name: 'Mayfield Primary School' },
    status: 'renewed',
    awarded: '2022-09-01',
    expires: '2025-08-31',
  }),
  record('sos-mayfield-2025', {
    holder: { name: 'Mayfield Primary School' },
    status: 'renewed',
    awarded: '2025-09-01',
    expires: '2028-08-31',
  }),
];

export const register = (list: Award[] = awards) => ({
  version: 1,
  publisher: { name: 'City of Sanctuary UK awards register', url: 'https://awards.example.org/' },
  awards: list,
});
