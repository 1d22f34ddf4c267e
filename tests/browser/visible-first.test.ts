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

/** A list that renders by hand: `render` picks what each entry shows, as a widget would. */
function list(items: () => string[], els: HTMLElement[]) {
  const shown: string[][] = [];
  const inView: VisibleFirst<string> = new VisibleFirst<string>(
    (a, b) => a === b,
    () => render(),
  );
  function render(defer = true): string[] {
    const now = inView.pick(items(), els, defer);
    shown.push(now);
    inView.observe(els);
    inView.rendered();
    return now;
  }
  return { inView, shown, render };
}

describe('VisibleFirst', () => {
  it('fills the entry in view now and the one off screen once the frame is painted', async () => {
    const els = await entries();
    let items = ['a1', 'b1'];
    const { inView, shown, render } = list(() => items, els);
    render();
    // The observer reports where each entry is after a frame; until then both are filled.
    let n = 1;
    await waitUntil(async () => {
      await nextFrame();
      n++;
      items = [`a${n}`, `b${n}`];
      return render()[1] === `b${n - 1}`;
    }, 'the entry below the fold keeps its last item');
    expect(shown.at(-1)).to.deep.equal([`a${n}`, `b${n - 1}`]);
    expect(inView.settled).to.be.instanceOf(Promise);
    await inView.settled;
    expect(shown.at(-1)).to.deep.equal([`a${n}`, `b${n}`]);
    expect(inView.settled).to.equal(undefined);
  });

  it('fills every entry at once when not typing, for new entries, and when nothing changed', async () => {
    const els = await entries();
    let items = ['a1', 'b1'];
    const { inView, render } = list(() => items, els);
    render();
    await nextFrame();
    await nextFrame();
    items = ['a2', 'b2'];
    expect(render(false)).to.deep.equal(['a2', 'b2']);
    expect(inView.settled).to.equal(undefined);
    items = ['a2', 'b2', 'c2'];
    // The third item has no entry yet, and the second is unchanged.
    expect(render()).to.deep.equal(['a2', 'b2', 'c2']);
    expect(inView.settled).to.equal(undefined);
  });

  it('lets whoever waits go when the list leaves the page', async () => {
    const els = await entries();
    let items = ['a1', 'b1'];
    const { inView, render } = list(() => items, els);
    render();
    await waitUntil(async () => {
      await nextFrame();
      items = [`a${Math.random()}`, `b${Math.random()}`];
      render();
      return inView.settled !== undefined;
    }, 'a catch-up is pending');
    const settled = inView.settled!;
    inView.disconnect();
    await settled;
    expect(inView.settled).to.equal(undefined);
  });
});
