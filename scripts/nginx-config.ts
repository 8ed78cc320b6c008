// Writes an nginx server block for the built site, from the same rules as _headers:
// `npm run nginx-config -- [--base /reform-history/] [--root /srv/www] [--listen 80] [--out file]`.
// With no options it rewrites deploy/nginx.conf (the committed example; a unit test keeps it current).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEPLOY_DEFAULTS, nginxServer } from '../src/lib/site/nginxConfig.ts';
import { retiredRecords } from '../src/lib/site/build/retiredRecords.ts';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: DEPLOY_DEFAULTS.base },
    root: { type: 'string', default: DEPLOY_DEFAULTS.root },
    listen: { type: 'string', default: DEPLOY_DEFAULTS.listen },
    out: { type: 'string', default: 'deploy/nginx.conf' },
  },
});
writeFileSync(values.out, nginxServer({ ...values, retired: retiredRecords() }));
console.log(`wrote ${values.out}`);
