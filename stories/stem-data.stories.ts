import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import type { StemData } from '../src/stem-data/stem-data.component.js';

const { args, argTypes, template } = getStorybookHelpers<StemData>('stem-data');

/**
 * `<stem-data>` loads one document and shares it with the widgets inside it. It shows nothing
 * itself unless `show-errors` is set and the document cannot be used.
 */
const meta: Meta<StemData> = {
  title: 'Elements/stem-data',
  component: 'stem-data',
  args: { ...args, src: 'sample/consortium.json' },
  argTypes,
  render: (a) => template(a),
};
export default meta;

type Story = StoryObj<StemData>;

/** A small listener shows what the element reports: the events are its whole visible output. */
const report = (src: string, showErrors = false) => html`
  <stem-data
    src=${src}
    ?show-errors=${showErrors}
    @stem-data-load=${(e: CustomEvent) => {
      const out = (e.currentTarget as HTMLElement).querySelector('output')!;
      const d = e.detail.data;
      out.textContent = `stem-data-load: ${d.programs?.length ?? 0} programs, ${d.institutions?.length ?? 0} institutions, ${d.outcomes?.length ?? 0} outcomes, ${d.members?.length ?? 0} members; ${e.detail.issues.length} issues.`;
    }}
    @stem-data-error=${(e: CustomEvent) => {
      const out = (e.currentTarget as HTMLElement).querySelector('output')!;
      out.textContent = `stem-data-error: ${e.detail.error.kind}: ${e.detail.error.message}`;
    }}
  >
    <output>Loading…</output>
  </stem-data>
`;

/** The consortium sample: programs, colleges, fields, sources and outcomes. */
export const Consortium: Story = { render: () => report('sample/consortium.json') };

/** The coalition sample: member organisations. */
export const Coalition: Story = { render: () => report('sample/coalition.json') };

/** A URL that does not exist, with `show-errors`: the panel a webmaster sees, with a retry button. */
export const HttpError: Story = { render: () => report('sample/missing.json', true) };

/** A document of another major version is refused, with the reason and its path. */
export const UnsupportedVersion: Story = {
  render: () => html`<stem-data show-errors .data=${{ contractVersion: '2.0', programs: [] }}></stem-data>`,
};

/**
 * One page, three languages: an English finder (`lang="en"`), a Spanish directory (`lang="es"`),
 * and an outcome card that follows its Spanish container. Each keeps its own language; the
 * consortium sample's Spanish translations show in the Spanish widgets, and what has none (college
 * names) is marked English for screen readers.
 */
export const BilingualPage: Story = {
  render: () => html`
    <stem-data src="sample/consortium.json">
      <stem-program-finder lang="en" page-size="2"></stem-program-finder>
      <section lang="es">
        <h2>En español</h2>
        <stem-member-directory source="institutions" layout="compact"></stem-member-directory>
        <stem-outcome-card program="aacc-cyber-technology"></stem-outcome-card>
      </section>
    </stem-data>
  `,
};
