/**
 * What /admin/ (Decap CMS), and nothing else, adds to the site-wide headers of src/headers.ts.
 * Every other page keeps the site-wide policy; src/headers.ts lists this as one path rule, so
 * _headers, the nginx configuration and `npm run serve` all send it.
 *
 * - script-src 'unsafe-eval': Decap validates its configuration with AJV, which compiles the JSON
 *   schema into a function with `new Function`; without it the CMS stops before showing a form.
 *   Scripts still come only from this origin (the bundle is copied from node_modules).
 * - style-src 'unsafe-inline': Decap's interface is styled with Emotion, which writes <style>
 *   elements at runtime without a nonce or a hash.
 * - connect-src https://api.github.com: the GitHub backend reads and writes the repository there.
 *   Local work (`npm run cms`) goes through /api/v1 on the page's own origin.
 * - connect-src and img-src blob:: Decap keeps unsaved work and picked images as blob: URLs of
 *   this same page, and reads them back with fetch().
 */
export const ADMIN_CSP_SOURCES: Readonly<Record<string, string[]>> = {
  'script-src': ["'unsafe-eval'"],
  'style-src': ["'unsafe-inline'"],
  'img-src': ['blob:'],
  'connect-src': ['blob:', 'https://api.github.com'],
};

/** Folder of the CMS. */
export const ADMIN_PATH = '/admin/';

/** Headers /admin/ gets on top of the site-wide ones: no search engine indexes it. */
export const ADMIN_HEADERS: [string, string][] = [['X-Robots-Tag', 'noindex, nofollow']];
