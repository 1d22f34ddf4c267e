// The data checker page: a person drops, chooses or pastes a JSON file; the widgets' own
// validator lists every issue (as text: data is never HTML) and the widgets preview the data.
// Everything happens in the page: nothing is sent anywhere. Its words, and the validator's, are
// in the page's language (the switch beside the navigation); the preview's widgets follow it too.
import '../define.js';
import { html, nothing, render } from 'lit';
import { checkJsonText, issueCountWords, keptCountWords, recordCountWords, summarize, type LocatedIssue } from '../tools/check-text.js';
import { applyFixes } from '../tools/apply-fixes.js';
import type { ContractDocument } from '../contract/types.js';
import { formatLocale } from '../core/localization.js';
import { toolTranslatorFor } from '../tools/tool-locale.js';
import { formatNumber } from '../core/format.js';
import { msg, str } from '../i18n/msg.js';
import { addDemoNav } from './nav.js';
import { placeWords } from './issue-place.js';
import { inPageLanguage, pageLanguage, readPageLanguage } from './page-language.js';

// Logos are images on hosts the file names: loading one tells that host who checks the file and
// when. Unless the visitor asks for them, this page's own policy lets images come only from here.
const LOGOS_KEY = 'stem-checker-show-logos';
const TEXT_KEY = 'stem-checker-text';
const showLogos = sessionStorage.getItem(LOGOS_KEY) === 'yes';
if (!showLogos) {
  const policy = document.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = "img-src 'self' data: blob:";
  document.head.prepend(policy);
}

readPageLanguage();

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const fileInput = byId<HTMLInputElement>('file');
const dropZone = byId<HTMLDivElement>('drop-zone');
const textArea = byId<HTMLTextAreaElement>('text');
const summary = byId<HTMLParagraphElement>('summary');
const issueList = byId<HTMLOListElement>('issues');
const preview = byId<HTMLElement>('preview');
const previewWidgets = byId<HTMLDivElement>('preview-widgets');
const fixes = byId<HTMLDivElement>('fixes');
const fixCount = byId<HTMLParagraphElement>('fix-count');
const download = byId<HTMLAnchorElement>('download');
const unknown = byId<HTMLDetailsElement>('unknown');
const unknownSummary = byId<HTMLElement>('unknown-summary');
const unknownList = byId<HTMLOListElement>('unknown-list');
const applyButton = byId<HTMLButtonElement>('apply-fixes');
/** The text last checked, and what the check found (in the page's language when it ran). */
let checkedText: string | undefined;
let lastCheck: ReturnType<typeof checkJsonText> | undefined;
/** What became of "apply the suggested fixes", said again after a change of language. */
let fixNote: (() => string) | undefined;

/** The page's fixed words, by the data-text of the element that shows each. */
const STATIC_WORDS: Record<string, () => string> = {
  heading: () => msg('Data checker'),
  intro: () =>
    msg(
      'Check a stem-widgets data file before you publish it: every problem is listed with its place in the file, and the widgets show a preview of your data.',
    ),
  'intro-nothing-sent': () => msg('Nothing is uploaded'),
  'intro-local': () => msg(': the file is read and checked in this browser only.'),
  'input-heading': () => msg('Your file'),
  'choose-file': () => msg('Choose a JSON file'),
  'or-drop': () => msg('or drop it anywhere in this box.'),
  'or-paste': () => msg('Or paste the JSON here'),
  check: () => msg('Check'),
  sample: () => msg('Try the sample document'),
  'result-heading': () => msg('What the widgets see'),
  'apply-fixes': () => msg('Apply the suggested fixes'),
  download: () => msg('Download the corrected file'),
  'unknown-note': () =>
    msg(
      'The contract does not know these properties, and the widgets ignore them. That is allowed (a newer version of the contract may add them), but check their spelling.',
    ),
  'preview-heading': () => msg('Preview'),
  'show-logos': () => msg('Show logos'),
  'logos-note': () =>
    msg(
      'The preview shows no logos until you ask: they are images on the web addresses in your file, and loading them would tell those sites that you are checking it.',
    ),
  'preview-note': () =>
    msg('The three widgets on your data, as a visitor would see them. Records with errors are left out; bad optional values are dropped.'),
};

function renderStatic(): void {
  document.title = `${msg('Data checker')} · stem-widgets`;
  for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const words = STATIC_WORDS[el.dataset.text!];
    if (words) el.textContent = words();
  }
  issueList.setAttribute('aria-label', msg('Problems found'));
}

const severityWords = (severity: LocatedIssue['severity']): string =>
  ({
    info: () => msg('Not in the contract (ignored)'),
    fatal: () => msg('Cannot be used'),
    error: () => msg('Left out'),
    warning: () => msg('Shown, but fix it'),
  })[severity]();

function issueItem(issue: LocatedIssue, raw: unknown) {
  const where = issue.line ? html`<span class="where">${msg(str`line ${issue.line}, column ${issue.column}`)}</span>` : nothing;
  return html`<li>
    <span class="severity severity-${issue.severity}">${severityWords(issue.severity)}</span>
    <strong>${placeWords(issue.path, raw)}</strong>: ${issue.message}<br />
    <code>${issue.path || '/'}</code> ${where} ${issue.fix ? html`<span class="has-fix">${msg('(a fix is suggested)')}</span>` : nothing}
  </li>`;
}

/** A copy of the document without its logos, for a preview that loads nothing from elsewhere. */
function withoutLogos(doc: unknown): unknown {
  if (typeof doc !== 'object' || doc === null) return doc;
  const copy = { ...(doc as Record<string, unknown>) };
  for (const section of ['institutions', 'members']) {
    const records = copy[section];
    if (Array.isArray(records)) {
      copy[section] = records.map((r) => (typeof r === 'object' && r !== null && !Array.isArray(r) ? { ...r, logo: undefined } : r));
    }
  }
  return copy;
}

/** The widgets worth previewing for this document, each on what it has. */
function previewFor(doc: ContractDocument) {
  const consortiumFigures = doc.outcomes?.some((o) => o.subject.type === 'consortium');
  const firstSubject = doc.outcomes?.find((o) => o.subject.id)?.subject;
  const card = consortiumFigures
    ? html`<stem-outcome-card consortium></stem-outcome-card>`
    : firstSubject?.type === 'program'
      ? html`<stem-outcome-card program=${firstSubject.id!}></stem-outcome-card>`
      : firstSubject?.type === 'institution'
        ? html`<stem-outcome-card institution=${firstSubject.id!}></stem-outcome-card>`
        : firstSubject?.type === 'field'
          ? html`<stem-outcome-card field=${firstSubject.id!}></stem-outcome-card>`
          : nothing;
  const directorySource = doc.members?.length ? 'members' : doc.institutions?.length ? 'institutions' : null;
  return html`
    ${doc.programs?.length ? html`<stem-program-finder heading-level="3" page-size="6"></stem-program-finder>` : nothing} ${card}
    ${directorySource ? html`<stem-member-directory source=${directorySource} heading-level="4"></stem-member-directory>` : nothing}
  `;
}

/** Checks `text` in the page's language; the report and preview are shown by the callers. */
function analyse(text: string): void {
  checkedText = text;
  lastCheck = text.trim() === '' ? undefined : checkJsonText(text, { translator: toolTranslatorFor(pageLanguage()) });
}

/** The summary, the issues and the fixes of the last check, in the page's language. */
function renderReport(): void {
  const locale = formatLocale(pageLanguage());
  if (!lastCheck) {
    summary.textContent =
      checkedText === undefined
        ? msg('Choose, drop or paste a file, then choose Check.')
        : msg('There is nothing to check yet: choose, drop or paste a file.');
    issueList.hidden = true;
    fixes.hidden = true;
    unknown.hidden = true;
    return;
  }
  const { result, issues, info, parsed } = lastCheck;
  const counts = summarize(result);
  render(
    issues.map((issue) => issueItem(issue, parsed)),
    issueList,
  );
  issueList.hidden = issues.length === 0;
  const fixable = issues.filter((i) => i.fix).length;
  fixes.hidden = fixable === 0 && !fixNote;
  applyButton.hidden = fixable === 0;
  const n = formatNumber(fixable, locale);
  fixCount.textContent = fixNote
    ? fixNote()
    : fixable === 1
      ? msg(str`${n} of the problems above has a suggested fix.`)
      : msg(str`${n} of the problems above have a suggested fix.`);
  render(
    info.map((issue) => issueItem(issue, parsed)),
    unknownList,
  );
  unknown.hidden = info.length === 0;
  const unknownCount = formatNumber(info.length, locale);
  unknownSummary.textContent =
    info.length === 1
      ? msg(str`${unknownCount} property the contract does not know`)
      : msg(str`${unknownCount} properties the contract does not know`);
  if (!result.data) {
    summary.textContent = msg(str`${issueCountWords(counts, locale)}: the widgets cannot show this document.`);
    return;
  }
  const shown = recordCountWords(counts, locale) || msg('no records');
  summary.textContent =
    issues.length === 0
      ? msg(str`No problems found. The widgets show ${shown}.`)
      : msg(str`${issueCountWords(counts, locale)}. The widgets show ${shown} (${keptCountWords(counts, locale)}).`);
}

function check(text: string): void {
  download.hidden = true;
  fixNote = undefined;
  analyse(text);
  inPageLanguage(renderReport);
  const data = lastCheck?.result.data;
  if (!lastCheck || !data) {
    preview.hidden = true;
    return;
  }
  // A fresh <stem-data> per check, on the document as written: the widgets check it as they
  // would on a partner's page (checking the cleaned data again would report what was cleaned).
  const parsed = lastCheck.parsed;
  const element = document.createElement('stem-data');
  element.data = showLogos ? parsed : withoutLogos(parsed);
  render(previewFor(data), element);
  previewWidgets.replaceChildren(element);
  preview.hidden = false;
}

/** Everything in the new language: the page's words, and the last check made again (its messages are the validator's). */
function changeLanguage(): void {
  if (checkedText !== undefined) analyse(checkedText);
  inPageLanguage(() => {
    renderStatic();
    renderReport();
  });
}

addDemoNav({ onLanguageChange: changeLanguage });
changeLanguage();

applyButton.addEventListener('click', () => {
  if (!lastCheck?.parsed) return;
  let result: ReturnType<typeof applyFixes>;
  try {
    result = applyFixes(lastCheck.parsed, lastCheck.issues);
  } catch {
    fixNote = () =>
      msg('The fixes could not be applied to this file (it is nested too deeply to copy). Fix it by hand, from the list above.');
    fixCount.textContent = inPageLanguage(fixNote);
    return;
  }
  const { document: fixed, applied } = result;
  const json = JSON.stringify(fixed, null, 2) + '\n';
  textArea.value = json;
  check(json);
  // The corrected file is made in this page, never sent anywhere.
  if (download.href) URL.revokeObjectURL(download.href);
  download.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  download.hidden = false;
  fixNote = () => {
    const n = formatNumber(applied, formatLocale(pageLanguage()));
    return applied === 1
      ? msg(str`${n} fix was applied: the text above and the download hold the corrected file.`)
      : msg(str`${n} fixes were applied: the text above and the download hold the corrected file.`);
  };
  fixCount.textContent = inPageLanguage(fixNote);
  fixes.hidden = false;
  download.focus();
});

async function readFile(file: File): Promise<void> {
  textArea.value = await file.text();
  check(textArea.value);
}

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void readFile(file);
});
dropZone.addEventListener('dragover', (e) => {
  e.preventDefault();
  dropZone.classList.add('dragging');
});
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
dropZone.addEventListener('drop', (e) => {
  e.preventDefault();
  dropZone.classList.remove('dragging');
  const file = e.dataTransfer?.files[0];
  if (file) void readFile(file);
});
textArea.addEventListener('paste', () => setTimeout(() => check(textArea.value)));
byId('check').addEventListener('click', () => check(textArea.value));
byId('sample').addEventListener('click', async () => {
  const response = await fetch(new URL('../sample/consortium.json', location.href));
  textArea.value = await response.text();
  check(textArea.value);
});

// The policy is set as the page loads, so showing logos (or not) loads the page again, with the
// text kept in this tab's storage (never sent anywhere).
const logosSwitch = byId<HTMLInputElement>('show-logos');
logosSwitch.checked = showLogos;
logosSwitch.addEventListener('change', () => {
  sessionStorage.setItem(LOGOS_KEY, logosSwitch.checked ? 'yes' : 'no');
  try {
    sessionStorage.setItem(TEXT_KEY, textArea.value);
  } catch {
    sessionStorage.removeItem(TEXT_KEY);
  }
  location.reload();
});
const kept = sessionStorage.getItem(TEXT_KEY);
if (kept !== null) {
  sessionStorage.removeItem(TEXT_KEY);
  textArea.value = kept;
  check(kept);
  logosSwitch.focus();
}
