import type { BrowserContext } from 'playwright-core';

export interface HeldRoomJoin {
  /** Resolves once the page has asked to join a room of that kind. */
  asked: Promise<void>;
  /** Lets the held join through to the server. */
  release(): void;
}

/**
 * Holds back the pages' Socket.IO `room:join` for rooms whose name starts with `roomPrefix` (e.g.
 * `course:`), everything else passing through: for what happens between a page's first answer
 * and its listening live.
 */
export async function holdRoomJoin(context: BrowserContext, roomPrefix: string): Promise<HeldRoomJoin> {
  let release = () => {};
  let asked = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const seen = new Promise<void>((resolve) => (asked = resolve));
  await context.routeWebSocket(/\/socket\.io\//, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      if (typeof message === 'string' && message.includes('"room:join"') && message.includes(roomPrefix)) {
        asked();
        void held.then(() => server.send(message));
      } else server.send(message);
    });
  });
  return { asked: seen, release };
}
