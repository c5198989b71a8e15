// Prints the drop-in bundle's size (raw, gzip -9, brotli) and fails when gzip -9 is over budget.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The budget from the foundation issue: what a site owner's visitors download, gzipped. */
const GZIP_BUDGET = 12288;
const file = 'dist/knee-pain-widgets.js';

let source;
try {
  source = readFileSync(file);
} catch {
  console.error(`size: ${file} not found. Run "npm run build" first.`);
  process.exit(1);
}

const gzip = gzipSync(source, { level: 9 }).length;
const brotli = brotliCompressSync(source, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: source.length },
}).length;
const fmt = (n) => n.toLocaleString('en-US').padStart(7);

console.log(`${file}`);
console.log(`  raw     ${fmt(source.length)} B`);
console.log(`  gzip -9 ${fmt(gzip)} B   budget ${GZIP_BUDGET.toLocaleString('en-US')} B (${Math.round((gzip / GZIP_BUDGET) * 100)}%)`);
console.log(`  brotli  ${fmt(brotli)} B`);

if (gzip > GZIP_BUDGET) {
  console.error(`\nOver budget by ${gzip - GZIP_BUDGET} B (gzip -9).`);
  process.exit(1);
}
