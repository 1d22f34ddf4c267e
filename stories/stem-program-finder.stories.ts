import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { NEVER_LOADS } from './loading.js';
import type { StemProgramFinder } from '../src/program-finder/program-finder.component.js';
import consortium from '../src/sample/consortium.json';
import { generateDocument } from '../src/sample/generate.js';

const { args, argTypes, template } = getStorybookHelpers<StemProgramFinder>('stem-program-finder');

/**
 * The consortium's main widget: a prospective student finds the certificate that fits them.
 * Every story uses the consortium sample, whose program-level figures are illustrative.
 */
const meta: Meta<StemProgramFinder> = {
  title: 'Elements/stem-program-finder',
  component: 'stem-program-finder',
  args: { ...args, src: 'sample/consortium.json' },
  argTypes,
  render: (a) => template(a),
};
export default meta;

type Story = StoryObj<StemProgramFinder>;

const width = (px: number, content: unknown) => html`<div style="width: ${px}px; max-width: 100%">${content}</div>`;

/** Cards in a grid, filters beside them: a partner's main column. */
export const Grid: Story = {};

/** One program per row. */
export const List: Story = { args: { layout: 'list' } };

/** A 320 px sidebar: the filters fold behind a button. */
export const Narrow: Story = {
  render: () => width(320, html`<stem-program-finder src="sample/consortium.json" layout="list" page-size="4"></stem-program-finder>`),
};

/** Preselected by attributes: a college's page showing only its own state's online and hybrid programs. */
export const Preselected: Story = {
  render: () => html`<stem-program-finder src="sample/consortium.json" states="WA" modes="online,hybrid"></stem-program-finder>`,
};

/** A search with a typo: "cyber securty" still finds Cybersecurity, and the matched words are marked. */
export const Searching: Story = {
  render: () => html`<stem-program-finder src="sample/consortium.json" query="cyber securty"></stem-program-finder>`,
};

/** Filters that leave nothing: the empty state offers to remove each one, with what it would give. */
export const NoResults: Story = {
  render: () =>
    html`<stem-program-finder src="sample/consortium.json" fields="electric-vehicle-technology" states="MD"></stem-program-finder>`,
};

/** A document with no programs at all. */
export const EmptyData: Story = {
  render: () => html`<stem-program-finder .data=${{ ...consortium, programs: [] }}></stem-program-finder>`,
};

/** The data file is missing: the error, the detail for the site owner, and a retry button. */
export const LoadError: Story = {
  render: () => html`<stem-program-finder src="sample/missing.json"></stem-program-finder>`,
};

/** A document with a bad record: it is left out (see the console), the good ones show. */
export const BadRecord: Story = {
  render: () =>
    html`<stem-program-finder
      .data=${{ ...consortium, programs: [...consortium.programs, { id: 'broken', name: 'No college, no field' }] }}
    ></stem-program-finder>`,
};

/**
 * Small mistakes in real files: a start date written 01/12/2027 and a length in words are dropped
 * (the programs still show, see the console for the fixes), and a college without its address is
 * left out, so its programs say the college information is not available.
 */
export const SmallMistakes: Story = {
  render: () => {
    const data = structuredClone(consortium);
    const [first, second, third] = data.programs;
    const college = data.institutions.find((i) => i.id === third?.institution);
    if (!first || !second || !college) throw new Error('the consortium sample has three programs, the third at a listed college');
    first.startDates = ['01/12/2027'];
    second.timeToComplete = '10 months';
    delete (college as Partial<typeof college>).address;
    return html`<stem-program-finder .data=${data}></stem-program-finder>`;
  },
};

/**
 * In Spanish, on the consortium sample's Spanish translation (contract 1.1): names, descriptions,
 * credentials and outcome texts in Spanish; US Spanish formats; college names marked English.
 */
export const Spanish: Story = {
  render: () => html`<stem-program-finder src="sample/consortium.json" lang="es"></stem-program-finder>`,
};

/** A national catalogue: 10,000 generated programs (not real). */
export const LargeCatalogue: Story = {
  render: () => html`<stem-program-finder .data=${generateDocument({ programs: 10000, seed: 1 })}></stem-program-finder>`,
};

/** Loading: a skeleton holds the widget's space, so the page does not jump when the data arrives. */
export const Loading: Story = { render: () => html`<stem-program-finder src=${NEVER_LOADS}></stem-program-finder>` };

/** Dark theme, on a dark page: `theme="dark"` on any ancestor. */
export const Dark: Story = {
  render: () =>
    html`<div theme="dark" style="background: #0d1117; color: #e6edf3; padding: 16px">
      <stem-program-finder src="sample/consortium.json" page-size="4"></stem-program-finder>
    </div>`,
};

/** `theme="dark"` on a light page: the widget paints its own dark surface. */
export const DarkOnLightPage: Story = {
  render: () =>
    html`<div style="background: #fff; color: #1f2328; padding: 16px">
      <stem-program-finder theme="dark" src="sample/consortium.json" page-size="4" query="cyber"></stem-program-finder>
    </div>`,
};

/** Under a page's `<h1>`: cards are level-2 headings (one below the heading before the widget). */
export const UnderPageHeading: Story = {
  render: () =>
    html`<h1 style="font: 600 28px/1.2 system-ui">Find a certificate</h1>
      <stem-program-finder src="sample/consortium.json" page-size="4"></stem-program-finder>`,
};

/**
 * Long descriptions start short with "Read more" (no line clamp, so text spacing never hides part
 * of one), and a long filter group shows eight options with "Show all" (generated data, not real).
 */
export const LongTexts: Story = {
  render: () => {
    const doc = generateDocument({ programs: 400, seed: 3 });
    for (const p of doc.programs ?? [])
      p.description = `${p.description ?? ''} ${'Students learn in labs and on an internship with a local employer, and finish ready for the certification exam. '.repeat(3)}`;
    return html`<stem-program-finder .data=${doc} page-size="4"></stem-program-finder>`;
  },
};

/** Spanish with Mexico's formats (`lang="es-MX"`): bare `es` formats as US Spanish does ("$4,890"). */
export const SpanishMexico: Story = {
  render: () => html`<stem-program-finder src="sample/consortium.json" lang="es-MX" page-size="3"></stem-program-finder>`,
};
