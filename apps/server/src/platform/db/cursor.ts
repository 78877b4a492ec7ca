import Cursor from 'pg-cursor';
import type { Db } from './db.ts';

/**
 * Streams the rows of one query in batches through a server-side cursor on a connection of its
 * own, so that a million-row export never holds more than one batch in memory. Breaking out of
 * the loop closes the cursor and gives the connection back.
 */
export async function* streamRows<T>(db: Db, sql: string, params: unknown[], batchSize = 2_000): AsyncGenerator<T[]> {
  const client = await db.connect();
  const cursor = client.query(new Cursor<T>(sql, params));
  let broken = false;
  try {
    for (;;) {
      const rows = await cursor.read(batchSize);
      if (rows.length === 0) break;
      yield rows;
    }
  } catch (err) {
    broken = true;
    throw err;
  } finally {
    await cursor.close().catch(() => {
      broken = true;
    });
    client.release(broken);
  }
}
