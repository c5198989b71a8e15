// `npm start`: serves the demo pages and the built bundle on localhost, like any static host would.
import { createStaticServer, listen } from './static-server.mjs';

const port = await listen(createStaticServer({ home: '/demo/' }), Number(process.env.PORT ?? 8000));
console.log(`\nknee-pain-widgets demo is running:\n`);
console.log(`  Clinic page      http://localhost:${port}/demo/`);
console.log(`  Snippet builder  http://localhost:${port}/demo/builder.html\n`);
console.log('Press Ctrl+C to stop.');
