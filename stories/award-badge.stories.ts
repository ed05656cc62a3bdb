// Every state a visitor can meet on a partner's page, each from a small register with fixed dates and a fixed
// "today", so the stories look the same whenever they are opened. A badge never reads data given by its page, so
// the register is fetched, from a data: address made of the records below.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/award-badge/define.js';
import type { Award } from '../src/feed/index.js';

const TODAY = new Date(2026, 10, 26, 12);

const record = (id: string, over: Partial<Award> = {}): Award => ({
  id,
  holder: { name: 'Chesterton Primary School', place: 'Cambridge' },
  stream: 'school',
  status: 'awarded',
  awarded: '2023-12-04',
  expires: '2026-12-04',
  verifyUrl: `https://awards.cityofsanctuary.org/verify/${id}`,
  ...over,
});

const register = {
  version: 1,
  publisher: { name: 'City of Sanctuary UK awards register', url: 'https://awards.cityofsanctuary.org/' },
  awards: [
    record('SOS-2023-0142'),
    record('LOS-2021-0006', { holder: { name: 'Milton Road Library' }, stream: 'library', status: 'expired', awarded: '2021-04-20', expires: '2024-04-20' }),
    record('SOS-2022-0090', { holder: { name: 'Northfield Academy' }, status: 'revoked', awarded: '2022-06-06', expires: '2025-06-06' }),
    record('TOS-2024-0009', { holder: { name: 'Old Granary Playhouse', place: 'Ely' }, stream: 'theatre', status: 'suspended', awarded: '2024-02-19', expires: '2027-02-19' }),
    record('MAT-2027-0002', { holder: { name: 'The Rosie Hospital maternity services' }, stream: 'maternity', awarded: '2027-01-15', expires: '2030-01-15' }),
    record('UOS-2024-0007', { holder: { name: 'Anglia Ruskin University' }, stream: 'university', status: 'renewed', awarded: '2024-06-14', expires: '2027-06-14' }),
  ],
};

/** The award id that shows each state in the register above. */
const ID_FOR = {
  verified: 'SOS-2023-0142',
  expired: 'LOS-2021-0006',
  revoked: 'SOS-2022-0090',
  suspended: 'TOS-2024-0009',
  'not-yet-valid': 'MAT-2027-0002',
  'not-found': 'SOS-2099-0000',
} as const;

interface Args {
  award: string;
  size: 'small' | 'medium' | 'large';
  variant: 'full' | 'compact' | 'seal-only';
  theme?: 'light' | 'dark' | 'auto';
  lang: string;
}

const REGISTER_URL = `data:application/json,${encodeURIComponent(JSON.stringify(register))}`;

const meta: Meta<Args> = {
  title: 'Widgets/Award badge',
  component: 'sanctuary-award-badge',
  args: { award: ID_FOR.verified, size: 'medium', variant: 'full', theme: undefined, lang: 'en-GB' },
  argTypes: {
    award: {
      control: 'select',
      options: [...Object.values(ID_FOR), 'sos-2023-0142'],
      description: 'The award id (exact match). In these stories the register is fixed and today is 26 November 2026.',
    },
    size: { control: 'inline-radio', options: ['small', 'medium', 'large'] },
    variant: { control: 'inline-radio', options: ['full', 'compact', 'seal-only'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['en-GB', 'ar'] },
  },
  render: (args) => html`<div lang=${args.lang} style="padding: 1rem; ${args.theme === 'dark' ? 'background:#121416' : ''}">
    <sanctuary-award-badge
      award=${args.award}
      size=${args.size}
      variant=${args.variant}
      theme=${ifDefined(args.theme)}
      .now=${TODAY}
      register=${REGISTER_URL}
    ></sanctuary-award-badge>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Verified: Story = {};
export const Expired: Story = { args: { award: ID_FOR.expired } };
export const Revoked: Story = { args: { award: ID_FOR.revoked } };
export const Suspended: Story = { args: { award: ID_FOR.suspended } };
export const NotYetValid: Story = { args: { award: ID_FOR['not-yet-valid'] } };
export const NotFound: Story = { args: { award: ID_FOR['not-found'] } };
/** A look-alike id (lower case) is a different award: not found. */
export const LookAlikeId: Story = { args: { award: 'sos-2023-0142' } };
export const CannotVerify: Story = {
  render: (args) => html`<div lang=${args.lang} style="padding: 1rem">
    <sanctuary-award-badge award=${args.award} register="/no-such-register.json" size=${args.size} variant=${args.variant}></sanctuary-award-badge>
  </div>`,
};
export const Small: Story = { args: { size: 'small' } };
export const Large: Story = { args: { size: 'large' } };
export const Compact: Story = { args: { variant: 'compact' } };
export const CompactExpired: Story = { args: { variant: 'compact', award: ID_FOR.expired } };
export const SealOnly: Story = { args: { variant: 'seal-only' } };
export const SealOnlyRevoked: Story = { args: { variant: 'seal-only', award: ID_FOR.revoked } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkSuspended: Story = { args: { theme: 'dark', award: ID_FOR.suspended } };
export const Arabic: Story = { args: { lang: 'ar' } };
/** The sample register served with Storybook, fetched as a partner's page would. */
export const FromSampleRegister: Story = {
  render: () => html`<sanctuary-award-badge award="COL-2025-0011" register="/demo/feed.json"></sanctuary-award-badge>`,
};
