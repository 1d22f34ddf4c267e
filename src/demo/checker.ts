// The data checker page: a person drops, chooses or pastes a JSON file; the widgets' own
// validator lists every issue (as text: data is never HTML) and the widgets preview the data.
// Everything happens in the page: nothing is sent anywhere.
import '../define.js';
import { html, nothing, render } from 'lit';
import { checkJsonText, issueCountWords, keptCountWords, recordCountWords, summarize, type LocatedIssue } from '../tools/check-text.js';
import { applyFixes } from '../tools/apply-fixes.js';
import type { ContractDocument } from '../contract/types.js';
import { addDemoNav } from './nav.js';
import { placeWords } from './issue-place.js';

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

addDemoNav();

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
let lastCheck: ReturnType<typeof checkJsonText> | undefined;

const SEVERITY_WORDS: Record<LocatedIssue['severity'], string> = {
  info: 'Not in the contract (ignored)',
  fatal: 'Cannot be used',
  error: 'Left out',
  warning: 'Shown, but fix it',
};

function issueItem(issue: LocatedIssue, raw: unknown) {
  const where = issue.line ? html`<span class="where">line ${issue.line}, column ${issue.column}</span>` : nothing;
  return html`<li>
    <span class="severity severity-${issue.severity}">${SEVERITY_WORDS[issue.severity]}</span>
    <strong>${placeWords(issue.path, raw)}</strong>: ${issue.message}<br />
    <code>${issue.path || '/'}</code> ${where} ${issue.fix ? html`<span class="has-fix">(a fix is suggested)</span>` : nothing}
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

function check(text: string): void {
  download.hidden = true;
  if (text.trim() === '') {
    summary.textContent = 'There is nothing to check yet: choose, drop or paste a file.';
    issueList.hidden = true;
    fixes.hidden = true;
    unknown.hidden = true;
    preview.hidden = true;
    return;
  }
  lastCheck = checkJsonText(text);
  const { result, issues, info, parsed } = lastCheck;
  const counts = summarize(result);
  render(
    issues.map((issue) => issueItem(issue, parsed)),
    issueList,
  );
  issueList.hidden = issues.length === 0;
  const fixable = issues.filter((i) => i.fix).length;
  fixes.hidden = fixable === 0;
  applyButton.hidden = fixable === 0;
  fixCount.textContent = `${fixable} of the problems above ${fixable === 1 ? 'has' : 'have'} a suggested fix.`;
  render(
    info.map((issue) => issueItem(issue, parsed)),
    unknownList,
  );
  unknown.hidden = info.length === 0;
  unknownSummary.textContent = `${info.length} ${info.length === 1 ? 'property' : 'properties'} the contract does not know`;
  if (!result.data) {
    summary.textContent = `${issueCountWords(counts)}: the widgets cannot show this document.`;
    preview.hidden = true;
    return;
  }
  const shown = recordCountWords(counts) || 'no records';
  summary.textContent =
    issues.length === 0
      ? `No problems found. The widgets show ${shown}.`
      : `${issueCountWords(counts)}. The widgets show ${shown} (${keptCountWords(counts)}).`;
  // A fresh <stem-data> per check, on the document as written: the widgets check it as they
  // would on a partner's page (checking the cleaned data again would report what was cleaned).
  const data = document.createElement('stem-data');
  data.data = showLogos ? parsed : withoutLogos(parsed);
  render(previewFor(result.data), data);
  previewWidgets.replaceChildren(data);
  preview.hidden = false;
}

applyButton.addEventListener('click', () => {
  if (!lastCheck?.parsed) return;
  let result: ReturnType<typeof applyFixes>;
  try {
    result = applyFixes(lastCheck.parsed, lastCheck.issues);
  } catch {
    fixCount.textContent =
      'The fixes could not be applied to this file (it is nested too deeply to copy). Fix it by hand, from the list above.';
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
  fixCount.textContent = `${applied} ${applied === 1 ? 'fix was' : 'fixes were'} applied: the text above and the download hold the corrected file.`;
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
