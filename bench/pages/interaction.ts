// Keystroke to painted results: <stem-program-finder> beside a hand-written DOM rendering of the
// same results page (the floor). Both run the same engine, in the same kind of shadow root with
// the finder's styles; the node driver presses real keys and reads the samples.
import '../../src/define.js';
import { StemProgramFinder } from '../../src/program-finder/program-finder.component.js';
import type { ContractDocument } from '../../src/contract/types.js';
import { afterNextPaint, loadDocument } from './measure.js';
import { FloorFinder } from './floor.js';

declare global {
  interface Window {
    setupInteraction: (url: string, kind: 'finder' | 'floor') => Promise<number>;
    nextSample: () => Promise<Sample>;
  }
}

let keyAt = 0;
interface Sample {
  ms: number;
  /** To the paint after every card caught up, off-screen ones included (see VisibleFirst). */
  settledMs: number;
  count: string;
  parts: { input: number; script: number; frame: number };
}

let pending: Promise<Sample> | undefined;
let countText: () => string = () => '';
let settling: () => Promise<void> | undefined = () => undefined;

// The keystroke starts when the browser received it (the event's time stamp); it ends after the
// frame that follows the input event has been painted.
addEventListener('keydown', (e) => (keyAt = e.timeStamp), true);
addEventListener(
  'input',
  () => {
    const start = keyAt;
    const inputAt = performance.now();
    // Where the time goes: before our input listener (the browser's own key handling), from it to
    // the frame (handlers, search, render, and the layout the editing code forces), and the frame.
    let frameAt = 0;
    requestAnimationFrame(() => (frameAt = performance.now()));
    pending = afterNextPaint().then(async (end) => {
      const count = countText();
      const late = settling();
      const settled = late ? await late.then(afterNextPaint) : end;
      return {
        ms: end - start,
        settledMs: settled - start,
        count,
        parts: { input: inputAt - start, script: frameAt - inputAt, frame: end - frameAt },
      };
    });
  },
  true,
);

window.nextSample = async () => {
  while (!pending) await new Promise((r) => setTimeout(r, 1));
  const sample = await pending;
  pending = undefined;
  return sample;
};

window.setupInteraction = async (url, kind) => {
  const { doc } = await loadDocument(url);
  const main = document.querySelector('main')!;
  if (kind === 'finder') {
    const finder = document.createElement('stem-program-finder') as StemProgramFinder;
    finder.setAttribute('sync-url', '');
    finder.data = doc;
    main.append(finder);
    await finder.updateComplete;
    // Validation and the index build happen on the first render; wait until the cards are there.
    while (!finder.shadowRoot?.querySelector('.card')) await new Promise((r) => setTimeout(r, 10));
    countText = () => finder.shadowRoot?.querySelector('.count')?.textContent ?? '';
    // Whether some cards or filter groups still catch up (private: the bench reads it), and then
    // updateComplete, which waits for them.
    const lists = (finder as unknown as { lists: { settled?: Promise<void> }[] }).lists;
    settling = () => (lists.some((l) => l.settled) ? finder.updateComplete.then(() => undefined) : undefined);
    finder.shadowRoot.querySelector('input')!.focus();
  } else {
    const floor = new FloorFinder(main, doc as ContractDocument, StemProgramFinder.styles);
    countText = () => floor.countText();
    settling = () => floor.settled;
    floor.input.focus();
  }
  await afterNextPaint();
  return doc.programs?.length ?? 0;
};
