/** What the status says, in the page's language: made before the copy, which is asynchronous. */
export interface CopyWords {
  copied: string;
  selected: string;
}

/**
 * Copies an element's text and says so politely. Where the clipboard is not allowed (an
 * insecure origin, a refused permission), the text is selected for the person to copy.
 */
export async function copyText(source: HTMLElement, status: HTMLElement, words: CopyWords): Promise<void> {
  let message: string;
  try {
    await navigator.clipboard.writeText(source.textContent ?? '');
    message = words.copied;
  } catch {
    const range = document.createRange();
    range.selectNodeContents(source);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    source.focus();
    message = words.selected;
  }
  // Emptied first, so a second copy is announced again.
  status.textContent = '';
  requestAnimationFrame(() => (status.textContent = message));
}
