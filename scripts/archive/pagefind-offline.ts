import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file of a Pagefind bundle, relative to the bundle folder, in a stable order. */
function bundleFiles(dir: string, sub = ''): string[] {
  return readdirSync(join(dir, sub))
    .sort()
    .flatMap((name) => {
      const rel = sub ? `${sub}/${name}` : name;
      return statSync(join(dir, rel)).isDirectory() ? bundleFiles(dir, rel) : [rel];
    });
}

// The runtime needs the index, its metadata and the Dutch wasm, and the search page the word lists
// (woorden/) it suggests corrections from; the UI bundles Pagefind ships are unused.
const NEEDED = /^(pagefind-entry\.json|[^/]+\.pf_meta|wasm\.[a-z-]+\.pagefind|(index|filter|fragment|woorden)\/.+)$/;

/**
 * Pagefind loads its index with fetch() and as an ES module, and neither works from file://.
 * This writes two classic scripts into the bundle folder: pagefind-data.js holds every index
 * file as base64, pagefind-offline.js answers Pagefind's fetches from it and runs Pagefind's own
 * code without a module or a worker, so the archive searches with the same engine and index
 * as the live site and ranks the same way.
 */
export function writeOfflinePagefind(bundleDir: string): { files: number; bytes: number } {
  const files = bundleFiles(bundleDir).filter((f) => NEEDED.test(f));
  const data: Record<string, string> = {};
  for (const f of files) data[f] = readFileSync(join(bundleDir, f)).toString('base64');
  const dataJs = `window.__pagefindFiles=${JSON.stringify(data)};\n`;
  writeFileSync(join(bundleDir, 'pagefind-data.js'), dataJs);

  const source = readFileSync(join(bundleDir, 'pagefind.js'), 'utf8');
  const exportMatch = /export\s*\{([^}]*)\};?\s*$/.exec(source);
  if (!exportMatch) throw new Error('pagefind.js heeft een onverwachte vorm: geen export-lijst gevonden');
  const body = source
    .slice(0, exportMatch.index)
    .replaceAll('import.meta.url', '__pagefindUrl')
    // The fallback base path; offline the base is always known from the script's own URL.
    .replaceAll('"/pagefind/"', 'base');
  const offline = `(function () {
  var base = new URL('./', document.currentScript.src).href;
  var files = window.__pagefindFiles || {};
  var types = { json: 'application/json', pagefind: 'application/wasm' };
  var realFetch = window.fetch.bind(window);
  window.fetch = function (input, init) {
    var href = new URL(typeof input === 'string' ? input : input.url, location.href).href;
    if (href.indexOf(base) !== 0) return realFetch(input, init);
    var key = href.slice(base.length).split(/[?#]/)[0];
    var b64 = files[key];
    if (b64 === undefined) return Promise.resolve(new Response(null, { status: 404 }));
    var bin = atob(b64), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    var ext = key.split('.').pop();
    return Promise.resolve(new Response(bytes, { headers: { 'Content-Type': types[ext] || 'application/octet-stream' } }));
  };
  window.__pagefindOffline = (function (Worker, __pagefindUrl) {
${body}
    return { ${exportMatch[1]} };
  })(undefined, base + 'pagefind.js');
})();
`;
  writeFileSync(join(bundleDir, 'pagefind-offline.js'), offline);
  return { files: files.length, bytes: Buffer.byteLength(dataJs) };
}

export { bundleFiles, relative };
