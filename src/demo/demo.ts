// The demo page: registers every element and shows what <stem-data> reports.
import '../define.js';
import { SECTIONS } from '../contract/vocabulary.js';
import { addDemoNav } from './nav.js';

addDemoNav();

for (const el of document.querySelectorAll('stem-data')) {
  const out = el.querySelector('output');
  el.addEventListener('stem-data-load', (e) => {
    const { data, issues } = e.detail;
    const counts = SECTIONS.map((k) => [k, data[k]?.length ?? 0] as const)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${k}`);
    if (out) out.textContent = `stem-data-load: ${counts.join(', ')}; ${issues.length} issue(s).`;
  });
  el.addEventListener('stem-data-error', (e) => {
    if (out) out.textContent = `stem-data-error: ${e.detail.error.message}`;
  });
}
