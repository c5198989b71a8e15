// Runs the pre-renderer (dist/lib/render) in a worker thread, for the test server: the server
// renderer installs Lit's small DOM shim (customElements, HTMLElement) on its global object, which
// stays inside this worker instead of reaching the test runner's own process.
import { parentPort } from 'node:worker_threads';

const { prerender } = await import('../../dist/lib/render/index.js');

parentPort.on('message', ({ id, tag, attributes, options }) => {
  const warnings = [];
  const { warn } = console;
  console.warn = (...args) => warnings.push(args.map(String).join(' '));
  try {
    parentPort.postMessage({ id, html: prerender(tag, attributes, options), warnings });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.stack ?? error) });
  } finally {
    console.warn = warn;
  }
});
