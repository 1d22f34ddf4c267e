// The data checker page: a person drops, chooses or pastes a JSON file; the widgets' own
// validator lists every issue (as text: data is never HTML) and the widgets preview the data.
// Everything happens in the page: nothing is sent anywhere.
import '../define.js';
import { html, nothing, render } from 'lit';
import { checkJsonText, issueCountWords, recordCountWords, summarize, type LocatedIssue } from '../tools/check-text.js';
import type { ContractDocument } from '../contract/types.js';
import { addDemoNav } from './nav.js';
import { placeWords } from './issue-place.js';

addDemoNav();

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const fileInput = byId<HTMLInputElement>('file');
const dropZone = byId<HTMLDivElement>('drop-zone');
const textArea = byId<HTMLTextAreaElement>('text');
const summary = byId<HTMLParagraphElement>('summary');
const issueList = byId<HTMLOListElement>('issues');
const preview = byId<HTMLElement>('preview');
const previewWidgets = byId<HTMLDivElement>('preview-widgets');

const SEVERITY_WORDS: Record<LocatedIssue['severity'], string> = {
  fatal: 'Cannot be used',
  error: 'Left out',
  warning: 'Shown, but fix it',
};

function issueItem(issue: LocatedIssue, raw: unknown) {
  const where = issue.line ? html`<span class="where">line ${issue.line}, column ${issue.column}</span>` : nothing;
  return html`<li>
    <span class="severity severity-${issue.severity}">${SEVERITY_WORDS[issue.severity]}</span>
    <strong>${placeWords(issue.path, raw)}</strong>: ${issue.message}<br />
    <code>${issue.path || '/'}</code> ${where}
  </li>`;
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
  if (text.trim() === '') {
    summary.textContent = 'There is nothing to check yet: choose, drop or paste a file.';
    issueList.hidden = true;
    preview.hidden = true;
    return;
  }
  const { result, issues } = checkJsonText(text);
  const counts = summarize(result);
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    raw = undefined;
  }
  render(
    issues.map((issue) => issueItem(issue, raw)),
    issueList,
  );
  issueList.hidden = issues.length === 0;
  if (!result.data) {
    summary.textContent = `${issueCountWords(counts)}: the widgets cannot show this document.`;
    preview.hidden = true;
    return;
  }
  const shown = recordCountWords(counts) || 'no records';
  summary.textContent =
    issues.length === 0
      ? `No problems found. The widgets show ${shown}.`
      : `${issueCountWords(counts)}. The widgets show ${shown}${counts.errors ? '; records with errors are left out' : ''}.`;
  // A fresh <stem-data> per check: the preview starts from this document, not the last one.
  const data = document.createElement('stem-data');
  data.data = result.data;
  render(previewFor(result.data), data);
  previewWidgets.replaceChildren(data);
  preview.hidden = false;
}

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
