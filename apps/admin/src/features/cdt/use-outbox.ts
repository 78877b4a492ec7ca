import { useCallback, useEffect, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { SupportLogInput } from '@lantoa/contracts/cdt';
import { isApiError, NETWORK_ERROR } from '../../lib/api-client.ts';
import { sendSupportLog } from './api/send-support-log.ts';
import { addToOutbox, flushOutbox, listOutbox, removeOutboxItem, type SendOutcome } from './outbox.ts';

/** While logs wait and the browser says it is online, try again this often (the first requests after reconnecting may still fail). */
const RETRY_MS = 5_000;
const OUTBOX_KEY = ['cdt-outbox'] as const;

async function sendOne(body: SupportLogInput): Promise<SendOutcome> {
  try {
    await sendSupportLog(body);
    return { ok: true };
  } catch (err) {
    // No network, a session to renew or a server hiccup: try again later. A refusal of the log itself is final.
    const retry = !isApiError(err) || err.code === NETWORK_ERROR || err.status === 401 || err.status === 403 || err.status >= 500;
    return { ok: false, retry, message: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * The outbox as the screen sees it: its items, whether it is sending, and actions. Waiting logs
 * are sent when the browser comes back online, every few seconds while some wait, and right after
 * a new log is added.
 */
export function useOutbox(onSent?: (count: number) => void) {
  const queryClient = useQueryClient();
  const { data: items = [] } = useQuery({ queryKey: OUTBOX_KEY, queryFn: listOutbox, networkMode: 'always' });
  const [sending, setSending] = useState(false);
  const [online, setOnline] = useState(() => navigator.onLine);
  const busy = useRef(false);
  const onSentRef = useRef(onSent);
  useEffect(() => {
    onSentRef.current = onSent;
  });

  const reload = useCallback(() => queryClient.invalidateQueries({ queryKey: OUTBOX_KEY }), [queryClient]);

  const flush = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    setSending(true);
    try {
      const sent = await flushOutbox(sendOne);
      if (sent > 0) onSentRef.current?.(sent);
    } finally {
      busy.current = false;
      setSending(false);
      await reload();
    }
  }, [reload]);

  useEffect(() => {
    if (navigator.onLine) void flush();
    const up = () => {
      setOnline(true);
      void flush();
    };
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, [flush, reload]);

  const pending = items.filter((i) => i.status === 'pending').length;
  useEffect(() => {
    if (pending === 0 || !online) return;
    const timer = window.setInterval(() => void flush(), RETRY_MS);
    return () => window.clearInterval(timer);
  }, [pending, online, flush]);

  const add = useCallback(
    async (body: SupportLogInput) => {
      await addToOutbox(body);
      await reload();
      if (navigator.onLine) await flush();
      return (await listOutbox()).find((i) => i.id === body.id) ?? null;
    },
    [flush, reload],
  );

  const remove = useCallback(
    async (id: string) => {
      await removeOutboxItem(id);
      await reload();
    },
    [reload],
  );

  return { items, pending, sending, online, flush, add, remove };
}
