// A static server as a government's web server would be set up: files from one folder, text gzipped.
const http = require('http'), fs = require('fs'), path = require('path'), zlib = require('zlib');
const root = path.resolve(process.argv[2]), port = Number(process.argv[3] || 8099);
const types = {'.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8'};
http.createServer((req, res) => {
  let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  let f = path.join(root, p);
  if (!f.startsWith(root)) { res.writeHead(403); return res.end(); }
  if (fs.existsSync(f) && fs.statSync(f).isDirectory()) f = path.join(f, 'index.html');
  if (!fs.existsSync(f)) { res.writeHead(404, {'content-type': types['.html']}); return res.end(fs.readFileSync(path.join(root, '404.html'))); }
  const t = types[path.extname(f)] || 'application/octet-stream';
  let body = fs.readFileSync(f);
  const h = {'content-type': t, 'cache-control': 'max-age=600'};
  if (/gzip/.test(req.headers['accept-encoding'] || '') && !t.startsWith('image/png')) { body = zlib.gzipSync(body); h['content-encoding'] = 'gzip'; }
  res.writeHead(200, h); res.end(body);
}).listen(port, '127.0.0.1');
