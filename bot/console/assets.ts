import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Env, Hono } from 'hono';

/**
 * Static assets of the console, served by the app itself (no CDN: it must work on a provincial
 * intranet) from npm packages and bot/console/public, at URLs carrying a content hash so they
 * can be cached for a year and never go stale after an upgrade.
 */
const require = createRequire(import.meta.url);
const pkgDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const publicDir = fileURLToPath(new URL('./public', import.meta.url));

const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', png: 'image/png' };

function sources(): Record<string, string> {
  const leaflet = pkgDir('leaflet');
  const files: Record<string, string> = {
    'htmx.min.js': join(pkgDir('htmx.org'), 'dist/htmx.min.js'),
    'leaflet.js': join(leaflet, 'dist/leaflet.js'),
    'leaflet.css': join(leaflet, 'dist/leaflet.css'),
    'markercluster.js': join(pkgDir('leaflet.markercluster'), 'dist/leaflet.markercluster.js'),
    'MarkerCluster.css': join(pkgDir('leaflet.markercluster'), 'dist/MarkerCluster.css'),
    'MarkerCluster.Default.css': join(pkgDir('leaflet.markercluster'), 'dist/MarkerCluster.Default.css'),
    'uPlot.min.js': join(pkgDir('uplot'), 'dist/uPlot.iife.min.js'),
    'uPlot.min.css': join(pkgDir('uplot'), 'dist/uPlot.min.css'),
    'console.js': join(publicDir, 'console.js'),
    'console.css': join(publicDir, 'console.css'),
  };
  for (const img of ['layers.png', 'layers-2x.png', 'marker-icon.png', 'marker-icon-2x.png', 'marker-shadow.png']) {
    files[`images/${img}`] = join(leaflet, 'dist/images', img);
  }
  return files;
}

export interface Assets {
  /** The versioned URL of an asset, e.g. url('htmx.min.js') → /console/assets/3f2a…/htmx.min.js. */
  url(name: string): string;
  mount<E extends Env>(app: Hono<E>): void;
}

/** Reads every asset once (at construction, not on import) and serves them from memory. */
export function createAssets(base = '/console/assets'): Assets {
  const files = new Map<string, Buffer>();
  const hash = createHash('sha256');
  for (const [name, path] of Object.entries(sources())) {
    const body = readFileSync(path);
    files.set(name, body);
    hash.update(name).update(body);
  }
  const version = hash.digest('hex').slice(0, 12);
  return {
    url: (name) => `${base}/${version}/${name}`,
    mount(app) {
      app.get('/assets/:version/:name{.+}', (c) => {
        const name = c.req.param('name');
        const body = files.get(name);
        if (!body || c.req.param('version') !== version) return c.text('not found', 404);
        const type = TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream';
        return c.body(new Uint8Array(body), 200, {
          'content-type': type,
          'cache-control': 'public, max-age=31536000, immutable',
          'x-content-type-options': 'nosniff',
        });
      });
    },
  };
}
