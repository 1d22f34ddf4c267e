/** The policy docs/EMBEDDING.md gives a strict site: no inline script or style, Trusted Types on. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
