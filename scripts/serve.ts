// Serves a built site folder: `node scripts/serve.ts [dir] [port] [base]` (defaults: dist 4321 /).
import { startStaticServer } from './staticServer.ts';

const [root = 'dist', port = '4321', base = '/'] = process.argv.slice(2);
await startStaticServer({ root, port: Number(port), base });
console.log(`serving ${root} at http://127.0.0.1:${port}${base}`);
