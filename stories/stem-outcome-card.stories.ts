import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import consortium from '../src/sample/consortium.json';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { NEVER_LOADS } from './loading.js';
import type { StemOutcomeCard } from '../src/outcome-card/outcome-card.component.js';

const { args, argTypes, template } = getStorybookHelpers<StemOutcomeCard>('stem-outcome-card');

/**
 * Honest outcome statistics. The consortium-level figures come from the sample's evaluation
 * source; every program-level figure in the sample is illustrative, and its source says so.
 */
const meta: Meta<StemOutcomeCard> = {
  title: 'Elements/stem-outcome-card',
  component: 'stem-outcome-card',
  args: { ...args, src: 'sample/consortium.json', program: 'aacc-cyber-technology' },
  argTypes,
  render: (a) => template(a),
};
export default meta;

type Story = StoryObj<StemOutcomeCard>;

const card = (attrs: Record<string, string>) =>
  html`<stem-outcome-card
    src="sample/consortium.json"
    program=${attrs.program ?? ''}
    institution=${attrs.institution ?? ''}
    field=${attrs.field ?? ''}
    variant=${attrs.variant ?? 'full'}
    lang=${attrs.lang ?? ''}
    ?consortium=${attrs.consortium === 'true'}
  ></stem-outcome-card>`;

/** A program with a rate and an earnings distribution with its benchmark. */
export const Program: Story = {};

/** The whole consortium: the evaluation's figures, with "more than" and "about" as published. */
export const Consortium: Story = { render: () => card({ consortium: 'true' }) };

/** A college's figures. */
export const Institution: Story = { render: () => card({ institution: 'macomb' }) };

/** A field of study's figures. */
export const Field: Story = { render: () => card({ field: 'cybersecurity' }) };

/** A figure from 7 students: not shown, because it is below the minimum cohort of 10. */
export const SmallCohort: Story = { render: () => card({ program: 'clc-mechatronics' }) };

/** Suppressed by the publisher, beside a reported figure. */
export const Suppressed: Story = { render: () => card({ program: 'ivytech-ev-service' }) };

/** Not available. */
export const NotAvailable: Story = { render: () => card({ program: 'ssc-water-quality' }) };

/** Not applicable. */
export const NotApplicable: Story = { render: () => card({ program: 'roane-hazwoper-40' }) };

/** Nothing published for the subject: said plainly. */
export const NothingPublished: Story = { render: () => card({ program: 'cptc-mechatronics' }) };

/** An id that is not in the data: a clear message for the webmaster. */
export const UnknownSubject: Story = { render: () => card({ program: 'no-such-program' }) };

/** Compact: one or two headline figures, for a sidebar or a program page. */
export const Compact: Story = { render: () => card({ program: 'aacc-cyber-technology', variant: 'compact' }) };

/** Compact cards side by side stay aligned. */
export const SideBySide: Story = {
  render: () =>
    html`<div
      style="display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 16px; --stem-outcome-card-height: 100%"
    >
      ${['aacc-cyber-technology', 'aacc-mechatronics', 'tric-cybersecurity', 'clc-mechatronics'].map((p) => card({ program: p, variant: 'compact' }))}
    </div>`,
};

/** In Spanish: labels, numbers, money and dates. */
export const Spanish: Story = { render: () => card({ program: 'aacc-cyber-technology', lang: 'es' }) };

/** The data file is missing. */
export const LoadError: Story = { render: () => html`<stem-outcome-card src="sample/missing.json"></stem-outcome-card>` };

/** Loading: a skeleton holds the widget's space, so the page does not jump when the data arrives. */
export const Loading: Story = { render: () => html`<stem-outcome-card src=${NEVER_LOADS}></stem-outcome-card>` };

/** Dark theme, on a dark page: `theme="dark"` on any ancestor. */
export const Dark: Story = {
  render: () =>
    html`<div theme="dark" style="background: #0d1117; color: #e6edf3; padding: 16px">
      <stem-outcome-card src="sample/consortium.json" program="aacc-cyber-technology"></stem-outcome-card>
    </div>`,
};

/** A document with a bad figure (a reported rate without its cohort size): it is left out and reported, the good one shows. */
export const BadRecord: Story = {
  render: () => {
    const base = { subject: { type: 'consortium' }, period: { start: '2024', end: '2025' }, population: 'Participants', source: 's' };
    const data = {
      contractVersion: '1.0',
      publisher: { name: 'Consortium (sample data, not real)' },
      dateModified: '2026-11-01',
      sources: [{ id: 's', name: 'Illustrative sample figures (not real data)' }],
      outcomes: [
        { ...base, id: 'good', metric: 'completion-rate', status: 'reported', value: 61, unit: 'percent', cohort: { size: 120 } },
        { ...base, id: 'bad', metric: 'employment-rate-q2', status: 'reported', value: 70, unit: 'percent' },
      ],
    };
    return html`<stem-outcome-card consortium .data=${data}></stem-outcome-card>`;
  },
};

/**
 * The program exists in the data, but a mistake in its record (an empty name) left it out: the
 * visitor reads that the figures are not available; the site owner finds the cause under Details.
 */
export const SubjectLeftOut: Story = {
  render: () => {
    const data = structuredClone(consortium);
    const program = data.programs.find((p) => p.id === 'aacc-cyber-technology')!;
    program.name = '';
    return html`<stem-outcome-card program="aacc-cyber-technology" .data=${data}></stem-outcome-card>`;
  },
};

/** `theme="dark"` on a light page: the card paints its own dark surface. */
export const DarkOnLightPage: Story = {
  render: () =>
    html`<div style="background: #fff; color: #1f2328; padding: 16px">
      <stem-outcome-card theme="dark" src="sample/consortium.json" program="aacc-cyber-technology"></stem-outcome-card>
    </div>`,
};

/** In a theme's grid, beside a tall sidebar: the card is as tall as its content, not the row. */
export const BesideTallSidebar: Story = {
  render: () =>
    html`<div style="display: grid; grid-template-columns: 1fr 200px; gap: 16px">
      <stem-outcome-card src="sample/consortium.json" program="aacc-cyber-technology" variant="compact"></stem-outcome-card>
      <aside style="height: 900px; background: #f3f4f6; padding: 8px">Sidebar</aside>
    </div>`,
};
