/**
 * Pagefind's excerpt as DOM nodes: its text with only the <mark> highlights kept. The excerpt is
 * HTML from the index; rebuilding it node by node means nothing else from it can reach the page.
 */
export function safeExcerpt(html: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const out = document.createDocumentFragment();
  for (const node of parsed.body.childNodes) {
    if (node instanceof Element && node.localName === 'mark') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.append(mark);
    } else {
      out.append(document.createTextNode(node.textContent ?? ''));
    }
  }
  return out;
}
