/**
 * Content-Security-Policy of /admin/ (Decap CMS) and nothing else: every other page keeps the
 * site-wide policy. Kept apart so the headers file can take it as one definition.
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
export const ADMIN_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' blob: https://api.github.com",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Path pattern of the CMS in the headers file. */
export const ADMIN_PATH = '/admin/*';

/** Headers /admin/ gets on top of the site-wide ones: its own CSP, and no search engine indexes it. */
export const ADMIN_HEADERS: [string, string][] = [
  ['Content-Security-Policy', ADMIN_CSP],
  ['X-Robots-Tag', 'noindex, nofollow'],
];
