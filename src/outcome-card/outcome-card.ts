import { defineElement } from '../core/define.js';
import { StemOutcomeCard } from './outcome-card.component.js';

export { StemOutcomeCard };

defineElement('stem-outcome-card', StemOutcomeCard);

declare global {
  interface HTMLElementTagNameMap {
    'stem-outcome-card': StemOutcomeCard;
  }
}
