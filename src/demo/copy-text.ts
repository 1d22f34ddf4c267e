/**
 * Copies an element's text and says so politely. Where the clipboard is not allowed (an
 * insecure origin, a refused permission), the text is selected for the person to copy.
 */
export async function copyText(source: HTMLElement, status: HTMLElement): Promise<void> {
  let message: string;
  try {
    await navigator.clipboard.writeText(source.textContent ?? '');
    message = 'Copied';
  } catch {
    const range = document.createRange();
    range.selectNodeContents(source);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    source.focus();
    message = 'Selected: press Ctrl+C (⌘C on a Mac) to copy';
  }
  // Emptied first, so a second copy is announced again.
  status.textContent = '';
  requestAnimationFrame(() => (status.textContent = message));
}
