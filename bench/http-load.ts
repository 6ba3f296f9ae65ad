import autocannon from 'autocannon';

export type LoadResult = { rps: number; p50: number; p99: number; errors: number; non2xx: number; requests: number };

/** Closed-loop load on a loopback URL for a fixed time: as many requests as `connections` can make. */
export async function load(url: string, options: { seconds: number; connections: number }): Promise<LoadResult> {
  if (!url.startsWith('http://127.0.0.1:')) throw new Error('load tests only target 127.0.0.1');
  const result = await autocannon({
    url,
    duration: options.seconds,
    connections: options.connections,
    // The load generator runs in its own thread, so it does not steal the server's event loop.
    workers: 1,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}
