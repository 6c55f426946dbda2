// Copies the chart library's self-contained UMD build (and its licence) into static/vendor/, the folder
// TechShop.Local embeds. Run `npm ci && npm run build` here after changing the version in package.json.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const vendor = join(here, 'static', 'vendor');
mkdirSync(vendor, { recursive: true });
copyFileSync(join(here, 'node_modules', 'chart.js', 'dist', 'chart.umd.min.js'), join(vendor, 'chart.umd.min.js'));
copyFileSync(join(here, 'node_modules', 'chart.js', 'LICENSE.md'), join(vendor, 'chart.js.LICENSE.md'));
console.log('static/vendor/chart.umd.min.js copied');
