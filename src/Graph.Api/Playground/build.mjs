// Builds the GraphiQL playground into ../wwwroot/playground/ (build output, git-ignored):
//   playground.js   one minified IIFE bundle of main.jsx (React, GraphiQL, examples)
//   playground.css  GraphiQL's CSS plus the page layout
//   index.html.template  index.html of this folder, which links both with absolute /playground/ paths; the
//                        service serves it at /graphql with a CSP nonce of its own (PlaygroundPage.cs). Its
//                        extension is one the static files do not serve, so it is never served without that CSP.
// Usage: npm ci && npm run build
import * as esbuild from 'esbuild';
import { copyFile, mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(here, '..', 'wwwroot', 'playground');
const started = Date.now();

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

await esbuild.build({
  absWorkingDir: here,
  entryPoints: { playground: path.join(here, 'main.jsx') },
  outdir,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  charset: 'utf8',
  jsx: 'transform',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: {
    '.woff': 'file',
    '.woff2': 'file',
    '.ttf': 'file',
    '.eot': 'file',
    '.svg': 'file',
    '.png': 'file',
  },
  assetNames: '[name]-[hash]',
  // Assets are referenced from playground.css, which is served under /playground/.
  publicPath: '/playground',
  logLevel: 'warning',
});

await copyFile(path.join(here, 'index.html'), path.join(outdir, 'index.html.template'));

const files = (await readdir(outdir)).sort();
for (const f of files) {
  const { size } = await stat(path.join(outdir, f));
  console.log(`  ${path.relative(path.resolve(here, '..'), path.join(outdir, f))}  ${(size / 1024).toFixed(1)} KiB`);
}
console.log(`playground built in ${Date.now() - started} ms`);
