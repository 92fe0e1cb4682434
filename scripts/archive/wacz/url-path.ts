/** The URL path a static host serves a file at: `x/index.html` is the directory URL `/x/`. */
export function urlPathFor(file: string): string {
  const path = `/${file.split('\\').join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}
