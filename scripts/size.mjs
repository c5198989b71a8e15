// Prints the drop-in bundle's size (raw, gzip -9, brotli) and fails when gzip -9 is over budget.
import { execFileSync } from 'node:child_process';
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

/**
 * The budget is defined as `gzip -9`, so measure with the gzip program itself where there is one
 * (every Debian machine; the same command the repository's checks use). Node's zlib, the fallback,
 * compresses slightly differently: usually some 20 bytes larger.
 */
function gzipSize() {
  try {
    return { bytes: execFileSync('gzip', ['-9', '-c', file], { maxBuffer: 1 << 24 }).length, tool: 'gzip -9' };
  } catch {
    return { bytes: gzipSync(source, { level: 9 }).length, tool: 'zlib level 9' };
  }
}
const { bytes: gzip, tool } = gzipSize();
const brotli = brotliCompressSync(source, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: source.length },
}).length;
const fmt = (n) => n.toLocaleString('en-US').padStart(7);

console.log(`${file}`);
console.log(`  raw     ${fmt(source.length)} B`);
console.log(`  gzip -9 ${fmt(gzip)} B   budget ${GZIP_BUDGET.toLocaleString('en-US')} B, ${GZIP_BUDGET - gzip} B left (measured with ${tool})`);
console.log(`  brotli  ${fmt(brotli)} B`);

if (gzip > GZIP_BUDGET) {
  console.error(`\nOver budget by ${gzip - GZIP_BUDGET} B (gzip -9).`);
  process.exit(1);
}
