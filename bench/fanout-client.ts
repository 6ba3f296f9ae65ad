import { io, type Socket } from 'socket.io-client';

/**
 * One of several load processes for the fan-out benchmark: opens N sockets as a mediator, joins the
 * case room, and reports how long each message took from the sender's clock to arrival here.
 */
const [baseUrl = '', cookie = '', caseId = '', count = '125', expected = '20'] = process.argv.slice(2);
if (!baseUrl.startsWith('http://127.0.0.1:')) throw new Error('loopback only');
const sockets: Socket[] = [];
const latencies: number[] = [];
const now = () => performance.timeOrigin + performance.now();

for (let i = 0; i < Number(count); i++) {
  const socket = io(baseUrl, { transports: ['websocket'], extraHeaders: { cookie }, forceNew: true });
  sockets.push(socket);
  socket.on('case:event', (push: { event: { type: string; data: { text?: string } } }) => {
    if (push.event.type !== 'message') return;
    const sent = Number(/t=(\d+(\.\d+)?)/.exec(push.event.data.text ?? '')?.[1]);
    if (sent) latencies.push(now() - sent);
    if (latencies.length === Number(count) * Number(expected)) finish();
  });
}

await Promise.all(
  sockets.map(
    (socket) =>
      new Promise<void>((resolve, reject) => {
        socket.once('connect', () =>
          socket.emit('room:join', { room: `case:${caseId}` }, (ack: { ok: boolean }) =>
            ack.ok ? resolve() : reject(new Error('join refused')),
          ),
        );
        socket.once('connect_error', reject);
      }),
  ),
);
process.stdout.write('ready\n');

function finish(): void {
  process.stdout.write(`${JSON.stringify({ latencies })}\n`);
  for (const socket of sockets) socket.close();
  process.exit(0);
}
setTimeout(finish, 60_000); // bounded: report what arrived
