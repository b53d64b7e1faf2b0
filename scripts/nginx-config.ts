/** `npm run nginx:config`: prints an nginx server block with the site's framing policy (BASE_PATH and EMBED_ORIGINS apply). */
import { site } from '../src/config/site.ts';
import { nginxConfig } from '../src/utils/framing.ts';

process.stdout.write(nginxConfig(site.basePath, site.embedOrigins, process.argv[2]));
