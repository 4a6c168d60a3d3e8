// A proxy on 127.0.0.1 in front of the real WebDAV server that can answer 503
// or stop answering, to see how sync meets a server having a bad day.
import http from 'node:http';
import type net from 'node:net';

export type FaultMode = 'pass' | 'error' | 'hang';

export async function startFaultProxy(target: string): Promise<{ url: string; mode: FaultMode; stop(): Promise<void> }> {
  const upstream = new URL(target);
  const state = { mode: 'pass' as FaultMode };
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    if (state.mode === 'error') {
      res.writeHead(503).end('maintenance');
      return;
    }
    if (state.mode === 'hang') {
      hanging.add(res);
      return;
    }
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    get mode() {
      return state.mode;
    },
    set mode(mode: FaultMode) {
      state.mode = mode;
    },
    async stop() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
