import { computed, onScopeDispose, reactive, ref, shallowRef, watch } from 'vue';
import type { CaseEvent, EventsPage } from '@shared/disputes/case-events.js';
import { reduceCase } from '@shared/disputes/case-state.js';
import type { CaseView } from '@shared/disputes/case-views.js';
import {
  DisputeEvents,
  caseRoom,
  type CaseEventPush,
  type Cursor,
  type MessageReceipt,
  type Presence,
  type TypingUpdate,
} from '@shared/disputes/events.js';
import { useAuthStore } from '@client/accounts/store';
import { ApiError, apiFetch } from '@client/shell/api';
import { onOutboxResult, useOutbox } from '@client/shell/outbox';
import { emitWithAck, joinRoom, leaveRoom, onEvent, realtimeStatus } from '@client/shell/realtime';
import { mergeEvents } from './timeline';

export const MESSAGE_KIND = 'disputes.message';
export type Audience = 'consumer' | 'staff';
export type ChatKind = 'message' | 'internal_note';
export type LineState = 'sending' | 'queued' | 'sent' | 'delivered' | 'read' | 'failed';
export type ChatLine = {
  key: string;
  at: string;
  kind: ChatKind;
  text: string;
  author: string;
  mine: boolean;
  state?: LineState;
  error?: string;
};
type Outgoing = {
  clientMessageId: string;
  text: string;
  kind: ChatKind;
  at: string;
  status: 'sending' | 'failed';
  error?: string;
};

const TYPING_IDLE_MS = 3_000;
const TYPING_SHOWN_MS = 8_000;
const zero = (): Cursor => ({ deliveredSeq: 0, readSeq: 0 });
const later = (a: Cursor, b: Cursor): Cursor => ({
  deliveredSeq: Math.max(a.deliveredSeq, b.deliveredSeq),
  readSeq: Math.max(a.readSeq, b.readSeq),
});

/**
 * One case, live: its view, its log (deduplicated by seq, caught up after every reconnection), the
 * chat with sending states and read receipts, the other side's typing and presence. Messages go by
 * socket; offline, or without an answer, they go through the outbox. Both carry the same
 * clientMessageId, so the server stores each message once.
 */
export function useCaseLive(caseId: string, audience: Audience, onSeen?: (seq: number) => void) {
  const auth = useAuthStore();
  const outbox = useOutbox();
  const view = ref<CaseView | null>(null);
  const events = shallowRef<CaseEvent[]>([]);
  const state = computed(() => reduceCase(events.value));
  const problem = ref<ApiError | null>(null);
  const outgoing = ref<Outgoing[]>([]);
  const typingName = ref<string | null>(null);
  const receipts = reactive({ consumer: zero(), staff: zero(), mine: zero() });
  const presence = reactive({ consumerOnline: false, staffOnline: false });
  const stops: (() => void)[] = [];
  let viewTimer: ReturnType<typeof setTimeout> | undefined;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let typingSent = false;

  const lastSeq = () => events.value.at(-1)?.seq ?? 0;

  async function loadView(): Promise<void> {
    try {
      const fresh = await apiFetch<CaseView>(`/api/disputes/${caseId}`);
      view.value = fresh;
      Object.assign(receipts, {
        consumer: later(receipts.consumer, fresh.receipts.consumer),
        staff: later(receipts.staff, fresh.receipts.staff),
        mine: later(receipts.mine, fresh.receipts.mine),
      });
      presence.consumerOnline = fresh.consumerOnline;
      problem.value = null;
    } catch (error) {
      if (error instanceof ApiError) problem.value = error;
      else throw error;
    }
  }

  function add(incoming: readonly CaseEvent[]): void {
    const before = events.value;
    events.value = mergeEvents(before, incoming);
    if (events.value === before) return;
    const fresh = incoming.filter((e) => !before.some((b) => b.seq === e.seq));
    const ids = new Set(fresh.map((e) => e.clientId).filter(Boolean));
    outgoing.value = outgoing.value.filter((o) => !ids.has(o.clientMessageId));
    // Steps change deadlines, evidence and the assignee: the server computes those.
    if (fresh.some((e) => e.type !== 'message' && e.type !== 'internal_note')) {
      clearTimeout(viewTimer);
      viewTimer = setTimeout(() => void loadView(), 250);
    }
    markSeen();
  }

  let catchingUp: Promise<void> | null = null;
  /** Everything after the last seq we hold, page by page. */
  function catchUp(): Promise<void> {
    catchingUp ??= (async () => {
      try {
        for (;;) {
          const page = await apiFetch<EventsPage>(`/api/disputes/${caseId}/events?after=${lastSeq()}`);
          add(page.events);
          if (!page.hasMore || !page.events.length) break;
        }
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
      } finally {
        catchingUp = null;
      }
    })();
    return catchingUp;
  }

  /** Up to where the server has been told we read (it accepts this only from inside the room). */
  let toldRead = 0;
  let inRoom = false;
  function markSeen(): void {
    const seq = lastSeq();
    if (!seq || document.visibilityState !== 'visible') return;
    if (seq > receipts.mine.readSeq) {
      receipts.mine = { deliveredSeq: Math.max(receipts.mine.deliveredSeq, seq), readSeq: seq };
      onSeen?.(seq);
    }
    if (seq > toldRead && inRoom && realtimeStatus.value === 'connected') {
      toldRead = seq;
      void emitWithAck(DisputeEvents.messageRead, { caseId, seq }).then((ack) => {
        if (!ack.ok) toldRead = 0; // told again next time
      });
    }
  }

  async function deliver(o: Outgoing): Promise<void> {
    if (navigator.onLine && realtimeStatus.value === 'connected') {
      const event = o.kind === 'message' ? DisputeEvents.messageSend : DisputeEvents.noteAdd;
      const ack = await emitWithAck<CaseEvent>(event, { caseId, clientMessageId: o.clientMessageId, text: o.text });
      if (ack.ok) return add([ack.data]);
      if (ack.error.code !== 'timeout') {
        Object.assign(o, { status: 'failed', error: ack.error.message });
        return;
      }
    }
    await outbox.enqueue({
      kind: MESSAGE_KIND,
      method: 'POST',
      url: `/api/disputes/${caseId}/events`,
      body: { type: o.kind, clientMessageId: o.clientMessageId, text: o.text },
      meta: { caseId, clientMessageId: o.clientMessageId, text: o.text, chatKind: o.kind, label: o.text.slice(0, 40) },
    });
    // From now on the outbox item is the line shown, as queued.
    outgoing.value = outgoing.value.filter((x) => x.clientMessageId !== o.clientMessageId);
  }

  async function send(text: string, kind: ChatKind = 'message'): Promise<void> {
    const o: Outgoing = {
      clientMessageId: crypto.randomUUID(),
      text: text.trim(),
      kind,
      at: new Date().toISOString(),
      status: 'sending',
    };
    if (!o.text) return;
    outgoing.value = [...outgoing.value, o];
    stopTyping();
    await deliver(outgoing.value.find((x) => x.clientMessageId === o.clientMessageId) ?? o);
  }

  function typed(): void {
    if (!typingSent && realtimeStatus.value === 'connected') {
      typingSent = true;
      void emitWithAck(DisputeEvents.typingStart, { caseId }, 3_000);
    }
    clearTimeout(idleTimer);
    idleTimer = setTimeout(stopTyping, TYPING_IDLE_MS);
  }
  function stopTyping(): void {
    clearTimeout(idleTimer);
    if (!typingSent) return;
    typingSent = false;
    void emitWithAck(DisputeEvents.typingStop, { caseId }, 3_000);
  }

  const queued = computed(() => outbox.items.value.filter((i) => i.kind === MESSAGE_KIND && i.meta?.caseId === caseId));
  const other = computed(() => (audience === 'consumer' ? receipts.staff : receipts.consumer));
  const lines = computed<ChatLine[]>(() => {
    const me = auth.me?.id;
    const stateOf = (seq: number): LineState =>
      other.value.readSeq >= seq ? 'read' : other.value.deliveredSeq >= seq ? 'delivered' : 'sent';
    const shown = events.value.flatMap((e): ChatLine[] =>
      e.type === 'message' || e.type === 'internal_note'
        ? [
            {
              key: `e${e.seq}`,
              at: e.at,
              kind: e.type,
              text: e.data.text,
              author: e.actor.name,
              mine: e.actor.id === me,
              ...(e.actor.id === me && e.type === 'message' ? { state: stateOf(e.seq) } : {}),
            },
          ]
        : [],
    );
    const stored = new Set(events.value.map((e) => e.clientId));
    const waiting = queued.value
      .filter((i) => !stored.has(String(i.meta?.clientMessageId)))
      .map((i): ChatLine => ({
        key: i.id,
        at: i.createdAt,
        kind: (i.meta?.chatKind as ChatKind) ?? 'message',
        text: String(i.meta?.text ?? ''),
        author: auth.me?.name ?? '',
        mine: true,
        state: 'queued',
      }));
    const sending = outgoing.value.map((o): ChatLine => ({
      key: o.clientMessageId,
      at: o.at,
      kind: o.kind,
      text: o.text,
      author: auth.me?.name ?? '',
      mine: true,
      state: o.status,
      error: o.error,
    }));
    return [...shown, ...waiting, ...sending];
  });

  function listen(): void {
    stops.push(
      onEvent<CaseEventPush>(DisputeEvents.caseEvent, (p) => p.caseId === caseId && add([p.event])),
      onEvent<TypingUpdate>(DisputeEvents.typingUpdate, (u) => {
        if (u.caseId !== caseId || u.user.id === auth.me?.id) return;
        typingName.value = u.typing ? u.user.name : null;
        clearTimeout(typingTimer);
        if (u.typing) typingTimer = setTimeout(() => (typingName.value = null), TYPING_SHOWN_MS);
      }),
      onEvent<MessageReceipt>(DisputeEvents.messageReceipt, (r) => {
        if (r.caseId !== caseId) return;
        const side = r.reader.role === 'consumer' ? 'consumer' : 'staff';
        receipts[side] = later(receipts[side], r);
      }),
      onEvent<Presence>(DisputeEvents.presenceUpdate, (p) => {
        if (p.caseId === caseId)
          Object.assign(presence, { consumerOnline: p.consumerOnline, staffOnline: p.staffOnline });
      }),
      onOutboxResult(MESSAGE_KIND, ({ status, body, item }) => {
        if (status < 300 && (body as CaseEvent | undefined)?.caseId === caseId) add([body as CaseEvent]);
        else if (status >= 400 && item.meta?.caseId === caseId) {
          const message = (body as { error?: { message?: string } })?.error?.message ?? '';
          outgoing.value = [
            ...outgoing.value,
            {
              clientMessageId: item.id,
              text: String(item.meta?.text ?? ''),
              kind: 'message',
              at: item.createdAt,
              status: 'failed',
              error: message,
            },
          ];
        }
      }),
    );
  }

  async function refreshPresence(): Promise<void> {
    const ack = await emitWithAck<Presence>(DisputeEvents.presenceGet, { caseId });
    if (ack.ok) Object.assign(presence, { consumerOnline: ack.data.consumerOnline, staffOnline: ack.data.staffOnline });
  }

  async function start(): Promise<void> {
    listen();
    await Promise.all([loadView(), catchUp()]);
    if (problem.value) return;
    inRoom = (await joinRoom(caseRoom(caseId))).ok;
    await catchUp(); // anything between the first read and joining
    markSeen();
    void refreshPresence();
  }

  // After a reconnection the room is joined again by the shell; what was missed comes by HTTP.
  stops.push(
    watch(realtimeStatus, (now, before) => {
      if (now === 'connected' && before !== 'connected' && view.value) {
        void catchUp();
        setTimeout(() => void catchUp().then(() => (markSeen(), refreshPresence())), 1_500);
      }
    }),
  );
  const visible = () => markSeen();
  document.addEventListener('visibilitychange', visible);
  stops.push(() => document.removeEventListener('visibilitychange', visible));

  onScopeDispose(() => {
    stopTyping();
    clearTimeout(viewTimer);
    clearTimeout(typingTimer);
    for (const stop of stops) stop();
    void leaveRoom(caseRoom(caseId));
  });

  return {
    view,
    events,
    state,
    problem,
    lines,
    typingName,
    presence,
    receipts,
    start,
    send,
    typed,
    reload: loadView,
    catchUp,
  };
}
