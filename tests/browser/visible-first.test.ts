import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { VisibleFirst } from '../../src/search-ui/visible-first.js';

/** Two list entries: one in the viewport, one far below it. */
async function entries(): Promise<HTMLElement[]> {
  const list = await fixture<HTMLUListElement>(
    html`<ul>
      <li>in view</li>
      <li style="margin-top: 5000px">below the fold</li>
    </ul>`,
  );
  return [...list.children] as HTMLElement[];
}

/**
 * A list of two entries that renders by hand, as a widget would: `render` picks what each entry
 * shows for `items` (the last ones when omitted, as the catch-up does). It has rendered once.
 */
async function list() {
  const els = await entries();
  const shown: string[][] = [];
  let items = ['a1', 'b1'];
  const inView: VisibleFirst<string> = new VisibleFirst<string>(
    (a, b) => a === b,
    () => render(),
  );
  function render(next = items, defer = true): string[] {
    items = next;
    const now = inView.pick(items, els, defer);
    shown.push(now);
    inView.observe(els);
    inView.rendered();
    return now;
  }
  render();
  return { inView, shown, render };
}

describe('VisibleFirst', () => {
  it('fills the entry in view now and the one off screen once the frame is painted', async () => {
    const { inView, shown, render } = await list();
    // The observer reports where each entry is after a frame; until then both are filled.
    let n = 1;
    await waitUntil(async () => {
      await nextFrame();
      n++;
      return render([`a${n}`, `b${n}`])[1] === `b${n - 1}`;
    }, 'the entry below the fold keeps its last item');
    expect(shown.at(-1)).to.deep.equal([`a${n}`, `b${n - 1}`]);
    expect(inView.settled).to.be.instanceOf(Promise);
    await inView.settled;
    expect(shown.at(-1)).to.deep.equal([`a${n}`, `b${n}`]);
    expect(inView.settled).to.equal(undefined);
  });

  it('fills every entry at once when not typing, for new entries, and when nothing changed', async () => {
    const { inView, render } = await list();
    await nextFrame();
    await nextFrame();
    expect(render(['a2', 'b2'], false)).to.deep.equal(['a2', 'b2']);
    expect(inView.settled).to.equal(undefined);
    // The third item has no entry yet, and the second is unchanged.
    expect(render(['a2', 'b2', 'c2'])).to.deep.equal(['a2', 'b2', 'c2']);
    expect(inView.settled).to.equal(undefined);
  });

  it('lets whoever waits go when the list leaves the page', async () => {
    const { inView, render } = await list();
    await waitUntil(async () => {
      await nextFrame();
      render([`a${Math.random()}`, `b${Math.random()}`]);
      return inView.settled !== undefined;
    }, 'a catch-up is pending');
    const settled = inView.settled!;
    inView.disconnect();
    await settled;
    expect(inView.settled).to.equal(undefined);
  });
});
