import type { ReactiveController, ReactiveControllerHost } from 'lit';

const DELAY_MS = 700;

/**
 * One polite live region per widget, spoken after the visitor pauses: a count read out on every
 * keystroke would drown what they type. Render `announcer.text` in an `aria-live="polite"` element.
 */
export class PoliteAnnouncer implements ReactiveController {
  text = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  announce(text: string): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (text === this.text) return;
      this.text = text;
      this.host.requestUpdate();
    }, DELAY_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
