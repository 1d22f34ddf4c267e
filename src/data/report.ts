import type { ContractIssue, ValidationResult } from '../contract/types.js';

const reported = new WeakSet<object>();
const MAX_LINES = 100;

function line(issue: ContractIssue): string {
  return `${issue.severity}: ${issue.path || '(document)'}: ${issue.message}`;
}

/**
 * Tells the webmaster, once per document, what is wrong with it: one console group with the
 * JSON path of each problem. Several widgets on one document report it once.
 */
export function reportIssues(source: string, result: ValidationResult): void {
  if (result.issues.length === 0 || reported.has(result)) return;
  reported.add(result);
  const fatal = result.issues.some((i) => i.severity === 'fatal');
  const { kept, leftOut, dropped } = result.counts;
  const head = fatal
    ? `[stem-widgets] ${source} cannot be used:`
    : `[stem-widgets] ${source}: ${result.issues.length} problem(s); ${kept} shown, ${leftOut} left out, ${dropped} bad value(s) dropped`;
  const log = fatal ? console.error : console.warn;
  console.group(head);
  for (const issue of result.issues.slice(0, MAX_LINES)) log(line(issue));
  if (result.issues.length > MAX_LINES) log(`… and ${result.issues.length - MAX_LINES} more`);
  // What to write instead is derived by the tools, which keeps it out of every page's bundle.
  console.info('Suggested fixes: the data checker, or npx stem-widgets validate.');
  console.groupEnd();
}

/** Reports a load failure once per failure object. */
export function reportFailure(source: string, message: string, detail: string, token: object): void {
  if (reported.has(token)) return;
  reported.add(token);
  console.error(`[stem-widgets] ${source}: ${message} ${detail}`);
}
