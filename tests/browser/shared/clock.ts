import sinon from 'sinon';

/**
 * One task of the page's own, with no timer: a message to itself. (On the test page, a
 * setTimeout taken before the clock is installed still ends up in the fake one.)
 */
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
function breathe(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

const STEP_MS = 20;

/** A fake clock that a test moves forward; `restore` puts the page's timers back. */
export interface Clock {
  /**
   * Moves time on by `ms` in small steps, letting the page run its microtasks, tasks and frames
   * between them, as it would while the time passed. (Sinon's own tickAsync yields with the
   * page's setTimeout, which the runner's wrapper sends to the fake one: it never comes.)
   */
  tickAsync(ms: number): Promise<void>;
  /**
   * Moves time on, step by step, until `promise` settles: a widget's updateComplete waits for
   * the cards below the fold, drawn on a timer after the frame. No more than `maxMs` (it throws
   * then), so a test can tell "a moment later" from "after the pause".
   */
  until<T>(promise: Promise<T>, maxMs?: number): Promise<T>;
  restore(): void;
}

/**
 * Fake setTimeout and clearTimeout only: a test advances the widgets' pauses (the search event,
 * the address, the announcer) instead of waiting for them. Lit renders in microtasks and the
 * page paints in animation frames, both left real. A timer set before the clock (a widget made
 * earlier) is cleared by it, as the real one would be.
 */
export function fakeTimers(): Clock {
  const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldClearNativeTimers: true });
  return {
    async tickAsync(ms) {
      for (let left = ms; left > 0; left -= STEP_MS) {
        await breathe();
        clock.tick(Math.min(STEP_MS, left));
      }
      await breathe();
    },
    async until(promise, maxMs = 1000) {
      let settled = false;
      const done = promise.finally(() => (settled = true));
      for (let spent = 0; !settled; spent += STEP_MS) {
        if (spent > maxMs) throw new Error(`Still waiting after ${maxMs} ms of fake time`);
        await breathe();
        if (!settled) clock.tick(STEP_MS);
      }
      return done;
    },
    restore: () => clock.restore(),
  };
}

/**
 * Waits, frame by frame, until `condition` holds: waitUntil polls with setTimeout, which a fake
 * clock holds back. Gives up after `frames` frames (about ten seconds at 60 frames a second).
 */
export async function untilFrame(condition: () => unknown, message: string, frames = 600): Promise<void> {
  for (let i = 0; i < frames; i++) {
    if (condition()) return;
    await new Promise(requestAnimationFrame);
  }
  throw new Error(`Timed out: ${message}`);
}
