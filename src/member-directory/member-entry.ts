import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../i18n/msg.js';
import { formatDate } from '../core/format.js';
import { safeHref, safeImageSrc } from '../core/safe-url.js';
import { dataText, joined } from '../data/shown-text.js';
import { regionName } from '../contract/us-states.js';
import { marked } from '../search-ui/marked-text.js';
import { NEW_TAB_NOTE, renderDescription } from '../search-ui/entry-text.js';
import { roleLabel, sectorLabel } from './member-labels.js';
import type { MemberHit, MemberRecord } from './member-search.js';

export interface EntryContext {
  locale: string;
  layout: 'grid' | 'list' | 'compact';
  headingLevel: number;
  linkTarget: '_blank' | '_self';
  brokenLogos: ReadonlySet<string>;
  onLogoError: (id: string) => void;
  onSelect: (record: MemberRecord) => void;
  /** The entries whose whole description the visitor opened. */
  openTexts: ReadonlySet<string>;
  onToggleText: (id: string) => void;
  /** The document in the entry's language: its texts' own `lang` depends on it. */
  shown: unknown;
}

/** Up to two initials: "National Science Teachers Association" → "NS"; for a missing or broken logo. */
export function initials(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => /^[\p{L}\p{N}]/u.test(w) && !/^(of|the|and|for|de|la|el|y)$/i.test(w));
  return words
    .slice(0, 2)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

/** A logo in a box of fixed size, so nothing jumps while it loads; initials when there is none or it fails. */
function renderLogo(r: MemberRecord, ctx: EntryContext): TemplateResult {
  const src = safeImageSrc(r.logo);
  return html`<div class="logo" part="logo">
    ${
      src && !ctx.brokenLogos.has(r.id)
        ? html`<img src=${src} alt="" loading="lazy" decoding="async" width="64" height="64" @error=${() => ctx.onLogoError(r.id)} />`
        : html`<span class="initials" aria-hidden="true">${initials(r.name)}</span>`
    }
  </div>`;
}

export function renderMemberEntry(hit: MemberHit, ctx: EntryContext): TemplateResult {
  const r = hit.record;
  const href = safeHref(r.url);
  const name = dataText(r.name, marked(r.name, hit.terms));
  // "Co-Chair, Leadership Council", but not "Leadership Council, Leadership Council".
  const role = roleLabel(r.role);
  const withBody = r.body && r.role !== 'member' && r.body.toLowerCase() !== role.toLowerCase() ? html`${role}, ${dataText(r.body)}` : role;
  const roleBadge = html`<span class="role role-${r.role}" part="role">${withBody}</span>`;
  const title = html`<div class="name" role="heading" aria-level=${ctx.headingLevel} tabindex=${ifDefined(href ? undefined : -1)}>
    ${
      href
        ? html`<a
            part="member-link"
            href=${href}
            target=${ctx.linkTarget}
            rel="noopener noreferrer"
            aria-describedby=${ifDefined(ctx.linkTarget === '_blank' ? NEW_TAB_NOTE : undefined)}
            @click=${() => ctx.onSelect(r)}
            >${name}</a
          >`
        : name
    }
  </div>`;
  if (ctx.layout === 'compact') return html`<article class="member compact" part="member">${title} ${roleBadge}</article>`;
  const meta = joined([sectorLabel(r.sector), r.region ? dataText(regionName(r.region, ctx.locale)) : undefined], ' · ');
  const dates = [
    r.since ? msg(str`Member since ${formatDate(r.since, ctx.locale, 'short')}`) : undefined,
    r.asOf ? msg(str`Role as of ${formatDate(r.asOf, ctx.locale, 'short')}`) : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  return html`<article class="member" part="member">
    ${renderLogo(r, ctx)}
    <div class="member-body">
      ${title} ${roleBadge}
      <p class="meta muted">${meta}</p>
      ${r.description ? renderDescription(r.id, r.name, r.description, hit.terms, ctx) : nothing}
      ${dates ? html`<p class="dates muted">${dates}</p>` : nothing}
    </div>
  </article>`;
}
