// Serves the built playground (one file) on http://127.0.0.1:8080/ with node's http server.
// `npm run playground`. Any path gives the page: it fetches nothing else.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const page = readFileSync(new URL('../playground/dist/index.html', import.meta.url));
const port = Number(process.env.PORT ?? 8080);
createServer((request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(page);
}).listen(port, '127.0.0.1', () => console.log(`labour-screen playground on http://127.0.0.1:${port}/ (Ctrl-C to stop)`));
