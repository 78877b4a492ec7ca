import type { Client } from './http.ts';

/** Sends a multipart form (field "file" plus text fields) as the signed-in client. */
export async function uploadAs(
  c: Client,
  path: string,
  file: { name: string; data: Buffer | string; type?: string },
  fields: Record<string, string> = {},
): Promise<{ status: number; body: any }> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append(
    'file',
    new Blob([typeof file.data === 'string' ? Buffer.from(file.data) : file.data], {
      type: file.type ?? 'application/octet-stream',
    }),
    file.name,
  );
  const headers: Record<string, string> = {};
  if (c.cookie) headers.cookie = c.cookie;
  if (c.csrf) headers['x-csrf-token'] = c.csrf;
  const res = await fetch(c.base + path, { method: 'POST', headers, body: form });
  const text = await res.text();
  return {
    status: res.status,
    body: text && (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text,
  };
}

/** Downloads the raw bytes of an answer (the JSON client would decode them as text). */
export async function downloadAs(
  c: Client,
  path: string,
): Promise<{ status: number; headers: Headers; data: Buffer; json: any }> {
  const res = await fetch(c.base + path, { headers: c.cookie ? { cookie: c.cookie } : {} });
  const data = Buffer.from(await res.arrayBuffer());
  const json = (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(data.toString('utf8')) : null;
  return { status: res.status, headers: res.headers, data, json };
}
