import type { SupportLogInput } from '@lantoa/contracts/cdt';

/**
 * The support-log outbox: every log is written to IndexedDB before it is sent, so that a log
 * entered without a network survives a closed tab and is sent later. The log's id is made on the
 * device and the server stores each id once, so sending again after a lost answer is harmless.
 */
export type OutboxStatus = 'pending' | 'sent' | 'failed';
export type OutboxItem = {
  id: string;
  body: SupportLogInput;
  status: OutboxStatus;
  createdAt: string;
  sentAt: string | null;
  attempts: number;
  error: string | null;
};

const DB_NAME = 'lantoa-outbox';
const STORE = 'support-logs';
/** Sent logs stay listed on the device this long, as a receipt. */
const KEEP_SENT_MS = 7 * 86_400_000;

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: 'id' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB'));
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  const db = await open();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req ? req.result : undefined);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB'));
    });
  } finally {
    db.close();
  }
}

export async function listOutbox(): Promise<OutboxItem[]> {
  const all = ((await run<OutboxItem[]>('readonly', (s) => s.getAll() as IDBRequest<OutboxItem[]>)) ?? []);
  return all.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export async function putOutboxItem(item: OutboxItem): Promise<void> {
  await run('readwrite', (s) => {
    s.put(item);
  });
}

export async function addToOutbox(body: SupportLogInput): Promise<OutboxItem> {
  const item: OutboxItem = { id: body.id, body, status: 'pending', createdAt: new Date().toISOString(), sentAt: null, attempts: 0, error: null };
  await putOutboxItem(item);
  return item;
}

export async function removeOutboxItem(id: string): Promise<void> {
  await run('readwrite', (s) => {
    s.delete(id);
  });
}

/** What to do with an answer: a network failure keeps the log waiting; a refusal marks it failed. */
export type SendOutcome = { ok: true } | { ok: false; retry: boolean; message: string };

/**
 * Sends every waiting log once, oldest first; returns how many were sent. Stops at the first
 * network failure (the rest would fail the same way) and leaves those logs waiting.
 */
export async function flushOutbox(send: (body: SupportLogInput) => Promise<SendOutcome>, now: () => Date = () => new Date()): Promise<number> {
  const items = (await listOutbox()).filter((i) => i.status === 'pending').reverse();
  let sent = 0;
  for (const item of items) {
    const outcome = await send(item.body);
    if (outcome.ok) {
      await putOutboxItem({ ...item, status: 'sent', sentAt: now().toISOString(), attempts: item.attempts + 1, error: null });
      sent++;
    } else if (outcome.retry) {
      await putOutboxItem({ ...item, attempts: item.attempts + 1 });
      break;
    } else {
      await putOutboxItem({ ...item, status: 'failed', attempts: item.attempts + 1, error: outcome.message });
    }
  }
  for (const old of await listOutbox()) {
    if (old.status === 'sent' && old.sentAt && now().getTime() - new Date(old.sentAt).getTime() > KEEP_SENT_MS) await removeOutboxItem(old.id);
  }
  return sent;
}
