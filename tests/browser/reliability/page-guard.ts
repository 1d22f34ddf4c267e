/**
 * Collects what a host page would see go wrong: uncaught errors and unhandled rejections. The
 * reliability tests start one per test and expect it to stay empty.
 */
export function guardPage(): { problems: string[]; stop: () => void } {
  const problems: string[] = [];
  const onError = (e: ErrorEvent) => problems.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    problems,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Which of the shared states a widget shows now. */
export function stateOf(el: Element): 'loading' | 'error' | 'empty' | 'ready' {
  const root = el.shadowRoot;
  if (!root || root.querySelector('[part="skeleton"]')) return 'loading';
  if (root.querySelector('[part="error"]')) return 'error';
  if (root.querySelector('[part="empty"]')) return 'empty';
  return 'ready';
}

export const shadowText = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Every element inside `root`, its own shadow root included, through open shadow roots. */
export function deepElements(root: ParentNode): Element[] {
  const all: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return all;
}
