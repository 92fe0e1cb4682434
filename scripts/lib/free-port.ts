import { createServer } from 'node:net';

/** A free port on `host` (loopback by default), asked of the kernel. */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  const probe = createServer();
  await new Promise<void>((ok) => probe.listen(0, host, ok));
  const { port } = probe.address() as { port: number };
  await new Promise((ok) => probe.close(ok));
  return port;
}
