// Builds the network view (/entities/{id}/network) into ../../wwwroot/network/ (build output, git-ignored):
//   network.js   one minified IIFE bundle of src/main.js with Cytoscape.js, from npm (no CDN)
//   network.css  the view's layout, linked by the page after the pages' own page.css
// The service serves both as static files, same-origin, under the page's strict Content-Security-Policy.
// Usage: npm ci && npm run build
import * as esbuild from 'esbuild';
import { copyFile, mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(here, '..', '..', 'wwwroot', 'network');
const started = Date.now();

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

await esbuild.build({
  absWorkingDir: here,
  entryPoints: { network: path.join(here, 'src', 'main.js') },
  outdir,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  charset: 'utf8',
  legalComments: 'eof',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});

await copyFile(path.join(here, 'src', 'network.css'), path.join(outdir, 'network.css'));

for (const f of (await readdir(outdir)).sort()) {
  const { size } = await stat(path.join(outdir, f));
  console.log(`  wwwroot/network/${f}  ${(size / 1024).toFixed(1)} KiB`);
}
console.log(`network view built in ${Date.now() - started} ms`);
