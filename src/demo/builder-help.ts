// The builder's words for each widget, attribute and theming token, in the page's language. The
// English is the manifest's (the JSDoc on the classes, whitespace aside): msg() needs the text
// written here, and tests/dist/spanish-surfaces.test.mjs checks that the two still say the same.
// An attribute or token that is not here shows the manifest's English, and that test fails.
import { html, type TemplateResult } from 'lit';
import { msg, str } from '../i18n/msg.js';

type Words = Record<string, () => string>;

const HTML_LANG = '`<html lang>`';
const STEM_DATA = '`<stem-data>`';

const SHARED: Words = {
  timeout: () => msg('How long to wait for `src`, in milliseconds.'),
  'heading-level': () =>
    msg(
      "The heading level of the widget's headings (an entry's name, the card's title), to fit the page's outline. Default: one below the heading before the widget on the page, 2 where there is none.",
    ),
  // The tags are values, not text: lit-localize 0.8 would write their < and > as &lt; and &gt; into the Spanish (lit/lit#5012).
  lang: () =>
    msg(
      str`The language: \`en\` or \`es\`; a region (\`es-MX\`) also sets number and date formats, and bare \`es\` formats as US Spanish does. Without it the widget takes the \`lang\` of its nearest ancestor (the page's ${HTML_LANG}), else English, and follows changes of either; each widget keeps its own, so an English finder and a Spanish directory can share a page. Where the page says another language, or none, a widget sets \`lang\` itself to the one it renders, so screen readers pick the voice (${STEM_DATA} does not: what it wraps is the page's own markup).`,
    ),
  theme: () =>
    msg(
      "`light`, `dark`, or `auto` (follows the visitor's system setting). Without it the widget takes the `theme` of its nearest ancestor that has one, so one attribute themes a page.",
    ),
};

const BY_WIDGET: Record<string, Words> = {
  'stem-member-directory': {
    source: () => msg("`members` (the document's members) or `institutions` (a consortium's colleges)."),
    sectors: () =>
      msg(
        'Sectors to preselect, comma-separated: `college`, `industry`, `nonprofit`, `professional-society`, `government`, `foundation`, `other`.',
      ),
    roles: () => msg('Roles to preselect, comma-separated: `chair`, `co-chair`, `leadership-council`, `member`.'),
    regions: () => msg('Regions to preselect, comma-separated, as the data writes them (e.g. `VA`, `National`).'),
    'group-by': () => msg('Headings by `none`, `role`, `sector`, `region` or `alpha` (with an A to Z jump bar).'),
    layout: () => msg('`grid` (cards with logos), `list` (one per row) or `compact` (names and roles only).'),
    sort: () => msg("The order: `name` (as a reader of the page's language expects) or `since` (longest-standing first)."),
    'page-size': () => msg('Members per page; "Show more" adds a page.'),
    filters: () => msg('Which filter groups show, in order: any of `sector`, `role`, `region`; empty for none.'),
    'link-target': () => msg("Where members' sites open: `_blank` (a new tab) or `_self`."),
    query: () => msg('The search text to start with.'),
    'sync-url': () =>
      msg(
        "Keep the search in the page's address under this prefix (empty attribute: the widget's default), so it can be shared and survives Back.",
      ),
  },
  'stem-outcome-card': {
    program: () => msg('The program whose outcomes to show (its id).'),
    institution: () => msg('The college whose outcomes to show (its id).'),
    field: () => msg('The field of study whose outcomes to show (its id).'),
    consortium: () => msg("Show the whole consortium's figures. Also the default when no subject is set."),
    metrics: () => msg('Which metrics to show, in order (comma-separated); default: every one published for the subject.'),
    'min-cohort': () => msg('Figures about fewer people than this are not shown.'),
    variant: () => msg('`full` (a card with every detail) or `compact` (one or two headline figures).'),
  },
  'stem-program-finder': {
    fields: () => msg('Fields of study to preselect: comma-separated field ids.'),
    states: () => msg('States to preselect: comma-separated two-letter codes.'),
    institutions: () => msg('Colleges to preselect: comma-separated institution ids.'),
    modes: () => msg('Formats to preselect: comma-separated `in-person`, `online`, `hybrid`.'),
    sort: () =>
      msg('The order: `relevance` (with a query), `name`, `shortest`, `cost` or `nearest`. Empty: best match when searching, else name.'),
    'page-size': () => msg('Programs per page; "Show more" adds a page.'),
    layout: () => msg('`grid` (cards) or `list` (one per row).'),
    filters: () => msg('Which filter groups show, in order: any of `field`, `state`, `institution`, `mode`, `length`, `credential`.'),
    'min-cohort': () => msg('Outcome figures about fewer people than this are not shown.'),
    query: () => msg('The search text to start with.'),
    'sync-url': () =>
      msg(
        "Keep the search in the page's address under this prefix (empty attribute: the widget's default), so it can be shared and survives Back.",
      ),
  },
};

const TOKENS: Words = {
  '--stem-directory-card-min-width': () => msg('The narrowest an entry gets in the grid layout.'),
  '--stem-directory-logo-size': () => msg('The logo box.'),
  '--stem-search-sidebar-width': () => msg('The width of the filter column in wide containers.'),
  '--stem-outcome-bar-color': () => msg('The bars and the figure rule.'),
  '--stem-outcome-track-color': () => msg("The bars' track."),
  '--stem-outcome-benchmark-color': () => msg('Benchmark and median ticks.'),
  '--stem-outcome-card-height': () => msg("The card's height: 100% fills a stretched grid or flex cell, so cards side by side line up."),
  '--stem-finder-card-min-width': () => msg('The narrowest a card gets in the grid layout.'),
};

const SUMMARIES: Words = {
  'stem-member-directory': () => msg('The members of a coalition or consortium.'),
  'stem-outcome-card': () => msg('Outcome figures with cohort, period, population and source.'),
  'stem-program-finder': () => msg('Search and filter certificate programs.'),
};

const own = (words: Words, key: string) => (Object.prototype.hasOwnProperty.call(words, key) ? words[key] : undefined);

/** An attribute's description, in the language in scope; undefined where the builder has none. */
export function attributeHelp(tag: string, name: string): string | undefined {
  return (own(BY_WIDGET[tag] ?? {}, name) ?? own(SHARED, name))?.();
}

/** A theming token's description, in the language in scope. */
export function tokenHelp(name: string): string | undefined {
  return own(TOKENS, name)?.();
}

/** A widget's one-line summary, in the language in scope. */
export function widgetSummary(tag: string): string | undefined {
  return own(SUMMARIES, tag)?.();
}

/** Text with `code` in backticks, as the JSDoc writes it, with the code set as code. */
export function withCode(text: string): (TemplateResult | string)[] {
  return text.split('`').map((part, i) => (i % 2 === 1 ? html`<code>${part}</code>` : part));
}
