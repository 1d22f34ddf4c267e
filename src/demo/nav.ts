// The demo site's pages, in one list: a new page is an HTML file in src/demo/ (the site build
// finds it) plus one line here, and every page's navigation shows it.
export const DEMO_PAGES = [
  { file: 'builder.html', title: 'Embed builder' },
  { file: 'index.html', title: 'Widgets' },
  { file: 'checker.html', title: 'Data checker' },
] as const;

/** Puts the site navigation at the top of the page's header, marking the current page. */
export function addDemoNav(): void {
  const here = location.pathname.split('/').pop() || 'index.html';
  const nav = document.createElement('nav');
  nav.className = 'demo-nav';
  nav.setAttribute('aria-label', 'Demo pages');
  const list = document.createElement('ul');
  for (const page of DEMO_PAGES) {
    const link = document.createElement('a');
    link.href = `./${page.file}`;
    link.textContent = page.title;
    if (page.file === here) link.setAttribute('aria-current', 'page');
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
  nav.append(list);
  document.querySelector('header')?.prepend(nav);
}
