// npm run serve [-- PORT]: serves OUT_DIR (default dist/) on http://127.0.0.1:PORT/.
import { outputDir } from './lib/cli-paths.ts';
import { createStaticServer } from './lib/static-server.ts';

const port = Number(process.argv[2] ?? process.env['PORT'] ?? 4321);
const root = outputDir();
createStaticServer(root).listen(port, '127.0.0.1', () => {
  process.stdout.write(`serving ${root} at http://127.0.0.1:${port}/\n`);
});
