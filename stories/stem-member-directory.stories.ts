import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { NEVER_LOADS } from './loading.js';
import type { StemMemberDirectory } from '../src/member-directory/member-directory.component.js';
import { generateDocument } from '../src/sample/generate.js';

const { args, argTypes, template } = getStorybookHelpers<StemMemberDirectory>('stem-member-directory');

/** The coalition sample: a 2011 Leadership Council roster and later members, each with an "as of" date. */
const meta: Meta<StemMemberDirectory> = {
  title: 'Elements/stem-member-directory',
  component: 'stem-member-directory',
  args: { ...args, src: 'sample/coalition.json' },
  argTypes,
  render: (a) => template(a),
};
export default meta;

type Story = StoryObj<StemMemberDirectory>;

const dir = (attrs: string) => {
  const el = document.createElement('div');
  el.innerHTML = `<stem-member-directory src="sample/coalition.json" ${attrs}></stem-member-directory>`;
  return el;
};

/** Cards with logos (initials where there is none). */
export const Grid: Story = {};

/** One member per row. */
export const List: Story = { render: () => dir('layout="list"') };

/** Names and roles only, many to a row. */
export const Compact: Story = { render: () => dir('layout="compact"') };

/** Grouped by role: Chair, Co-Chairs, Leadership Council, members. */
export const ByRole: Story = { render: () => dir('group-by="role"') };

/** Grouped by sector. */
export const BySector: Story = { render: () => dir('group-by="sector" layout="list"') };

/** Grouped by region. */
export const ByRegion: Story = { render: () => dir('group-by="region" layout="compact"') };

/** A to Z, with a jump bar that skips empty letters. */
export const Alphabetical: Story = { render: () => dir('group-by="alpha" layout="compact"') };

/** A consortium's colleges, from its institutions. */
export const Colleges: Story = {
  render: () => html`<stem-member-directory src="sample/consortium.json" source="institutions" filters="region"></stem-member-directory>`,
};

/** In a 320 px sidebar: the filters fold behind a button. */
export const Narrow: Story = {
  render: () => html`<div style="width: 320px; max-width: 100%">${dir('layout="list" page-size="5"')}</div>`,
};

/** In Spanish. */
export const Spanish: Story = { render: () => dir('lang="es" group-by="role"') };

/** 5,000 generated members (not real), a page at a time. */
export const FiveThousand: Story = {
  render: () =>
    html`<stem-member-directory
      .data=${generateDocument({ programs: 10, members: 5000, seed: 1 })}
      group-by="alpha"
    ></stem-member-directory>`,
};

/** The data file is missing. */
export const LoadError: Story = { render: () => html`<stem-member-directory src="sample/missing.json"></stem-member-directory>` };

/** Loading: a skeleton holds the widget's space, so the page does not jump when the data arrives. */
export const Loading: Story = { render: () => html`<stem-member-directory src=${NEVER_LOADS}></stem-member-directory>` };

/** Dark theme, on a dark page: `theme="dark"` on any ancestor. */
export const Dark: Story = {
  render: () =>
    html`<div theme="dark" style="background: #0d1117; color: #e6edf3; padding: 16px">
      <stem-member-directory src="sample/coalition.json" group-by="role" page-size="6"></stem-member-directory>
    </div>`,
};

/** A document with no members: the empty state. */
export const EmptyData: Story = {
  render: () =>
    html`<stem-member-directory
      .data=${{ contractVersion: '1.0', publisher: { name: 'Empty (sample)' }, dateModified: '2026-11-01', members: [] }}
    ></stem-member-directory>`,
};

/** A document with a bad record and an unsafe link: both are left out (see the console), the good ones show. */
export const BadRecord: Story = {
  render: () => {
    const data = {
      contractVersion: '1.0',
      publisher: { name: 'Coalition (sample data, not real)' },
      dateModified: '2026-11-01',
      members: [
        { id: 'ok', name: 'Good Member Society', sector: 'nonprofit', memberships: [{ role: 'member', asOf: '2026' }] },
        { id: 'no-sector', name: 'No Sector Given', memberships: [{ role: 'member', asOf: '2026' }] },
        {
          id: 'bad-link',
          name: 'Bad Link Org',
          sector: 'other',
          url: 'javascript:alert(1)',
          memberships: [{ role: 'member', asOf: '2026' }],
        },
      ],
    };
    return html`<stem-member-directory .data=${data}></stem-member-directory>`;
  },
};

/** `theme="dark"` on a light page: the widget paints its own dark surface. */
export const DarkOnLightPage: Story = {
  render: () =>
    html`<div style="background: #fff; color: #1f2328; padding: 16px">
      <stem-member-directory theme="dark" src="sample/coalition.json" group-by="role" page-size="6" query="science"></stem-member-directory>
    </div>`,
};
