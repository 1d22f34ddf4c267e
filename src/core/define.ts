import { VERSION } from './version.js';

/** A constructor that says which stem-widgets version defined it. */
interface VersionedConstructor extends CustomElementConstructor {
  stemVersion?: string;
}

const warned = new Set<string>();

/**
 * Forgets which tags were warned about as defined twice. For tests, so that each one that counts
 * warnings stands alone, whatever ran before it.
 * @internal
 */
export function resetDefineWarnings(): void {
  warned.clear();
}

/**
 * Registers `tag` unless it is already registered. Two copies of the library on one page
 * (a theme and a plugin each bundling it) must not throw: the first registration wins, and a
 * different version warns once so the webmaster can find the duplicate.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor, registry = customElements): void {
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    registry.define(tag, ctor);
    return;
  }
  const theirs = existing.stemVersion ?? 'unknown';
  const ours = (ctor as VersionedConstructor).stemVersion ?? VERSION;
  if (theirs !== ours && !warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `[stem-widgets] <${tag}> is already defined by stem-widgets ${theirs}; this copy (${ours}) is not used. Load the library once per page.`,
    );
  }
}
