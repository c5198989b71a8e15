// Removes the npm build before it is made again, so files whose source was deleted do not linger.
// The drop-in bundle is simply overwritten, so a page or test that loads it during a rebuild never
// finds it missing.
import { rmSync } from 'node:fs';

rmSync(new URL('../dist/lib', import.meta.url), { recursive: true, force: true });
