import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import type { RouteDeps } from '../app.ts';
import { withTransaction } from '../platform/db/db.ts';
import { AppError } from '../platform/errors.ts';
import {
  acceptAttempt,
  clientKeyOf,
  consumeChallenge,
  getPublicFormSecret,
  isHoneypotFilled,
  newChallenge,
  recordAttempt,
  verifyChallenge,
  type ThrottleRule,
} from '../platform/public-forms/public-forms.ts';
import { getPublicCase, normaliseTrackingCode, parsePublicReport, storePublicReport } from '../modules/cases/index.ts';
import { POW_SCRIPT_PATH, REPORT_PATH, TRACK_PATH, renderReportForm, renderTrackPage, type ReportFormState } from './report.pages.ts';

const FORM = 'misinfo-report';
/** Generous for a person, tight for a script: 20 tries per 10 minutes, 5 reports per hour. */
export const REPORT_THROTTLE: ThrottleRule = { attempts: 20, attemptWindowMinutes: 10, accepted: 5, acceptedWindowMinutes: 60 };

const POW_JS = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'assets', 'pow.js'), 'utf8');
const POW_JS_ETAG = `"${createHash('sha256').update(POW_JS).digest('hex').slice(0, 12)}"`;
const KEPT_FIELDS = ['link', 'platform', 'description', 'contact'] as const;

type Parsed = { fields: Record<string, string>; screenshot: { fileName: string; data: Buffer } | null };

/** The form's fields and its optional screenshot; an empty file input counts as no file. */
async function readForm(req: FastifyRequest, maxBytes: number): Promise<Parsed> {
  if (!req.isMultipart()) {
    const body = (req.body ?? {}) as Record<string, unknown>;
    return { fields: Object.fromEntries(Object.entries(body).map(([k, v]) => [k, typeof v === 'string' ? v : ''])), screenshot: null };
  }
  const fields: Record<string, string> = {};
  let screenshot: Parsed['screenshot'] = null;
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        const data = await part.toBuffer();
        if (part.fieldname === 'screenshot' && data.length > 0 && !screenshot) screenshot = { fileName: part.filename || 'anh-chup', data };
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE' || (err as { statusCode?: number }).statusCode === 413) {
      throw new AppError('PAYLOAD_TOO_LARGE', `Ảnh chụp quá lớn: dung lượng tối đa là ${Math.round(maxBytes / 1024 / 1024)} MB`, { issues: [{ path: 'screenshot', message: 'Ảnh quá lớn' }] });
    }
    throw err;
  }
  return { fields, screenshot };
}

function noStore(reply: FastifyReply) {
  return reply.header('cache-control', 'no-store').type('text/html; charset=utf-8');
}

/** The public misinformation report: form, submission with abuse protection, tracking page. */
export async function reportPortalRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, config } = deps;
  await app.register(multipart, { limits: { fileSize: config.uploadMaxBytes, files: 1, fields: 20, fieldSize: 10_000, parts: 21 } });

  const form = async (reply: FastifyReply, status: number, s: Omit<ReportFormState, 'challenge'>) => {
    const secret = await getPublicFormSecret(db);
    return noStore(reply).status(status).send(renderReportForm({ ...s, challenge: newChallenge(secret, config.powBits) }));
  };

  app.get(REPORT_PATH, { schema: { hide: true } }, (_req, reply) => form(reply, 200, { values: {}, errors: {} }));

  app.post(REPORT_PATH, { schema: { hide: true } }, async (req, reply) => {
    const secret = await getPublicFormSecret(db);
    const clientKey = clientKeyOf(secret, req.ip);
    let parsed: Parsed;
    try {
      parsed = await readForm(req, config.uploadMaxBytes);
    } catch (err) {
      if (err instanceof AppError && err.code === 'PAYLOAD_TOO_LARGE') return form(reply, 413, { values: {}, errors: { screenshot: err.message } });
      throw err;
    }
    const values = Object.fromEntries(KEPT_FIELDS.map((k) => [k, parsed.fields[k]]));
    let attemptId: string;
    try {
      attemptId = await recordAttempt(db, FORM, clientKey, REPORT_THROTTLE);
    } catch (err) {
      if (err instanceof AppError && err.code === 'RATE_LIMITED') return form(reply, 429, { values, errors: {}, message: err.message });
      throw err;
    }
    if (isHoneypotFilled(parsed.fields)) {
      req.log.info({ form: FORM }, 'honeypot filled');
      return form(reply, 400, { values, errors: {}, message: 'Không gửi được phản ánh. Vui lòng tải lại trang và thử lại.' });
    }
    const checked = parsePublicReport(parsed.fields);
    if (!checked.ok) return form(reply, 400, { values, errors: checked.errors });
    let code: string;
    try {
      const challenge = verifyChallenge(secret, { token: parsed.fields.challenge, solution: parsed.fields.pow_solution, answer: parsed.fields.answer });
      ({ code } = await withTransaction(db, async (tx) => {
        await consumeChallenge(tx, challenge);
        await acceptAttempt(tx, FORM, clientKey, attemptId, REPORT_THROTTLE);
        return storePublicReport(tx, deps, checked.value, parsed.screenshot, config.uploadMaxBytes);
      }));
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const issues = (err.details as { issues?: { path: string; message: string }[] } | undefined)?.issues ?? [];
      const onField = issues.find((i) => i.path !== 'challenge');
      if (onField) return form(reply, err.status, { values, errors: { [onField.path]: onField.message } });
      if (issues[0]?.path === 'challenge') return form(reply, err.status, { values, errors: { challenge: err.message }, message: err.message });
      return form(reply, err.status, { values, errors: {}, message: err.message });
    }
    return reply.header('cache-control', 'no-store').redirect(`${TRACK_PATH}?ma=${encodeURIComponent(code)}&moi=1`, 303);
  });

  app.get(TRACK_PATH, { schema: { hide: true } }, async (req: FastifyRequest<{ Querystring: { ma?: string; moi?: string } }>, reply) => {
    const raw = typeof req.query.ma === 'string' ? req.query.ma.slice(0, 40) : '';
    const code = raw ? normaliseTrackingCode(raw) : '';
    const found = code ? await getPublicCase(db, code) : null;
    return noStore(reply).send(renderTrackPage({ code, found, justSent: req.query.moi === '1' }));
  });

  app.get(POW_SCRIPT_PATH, { schema: { hide: true } }, (req, reply) => {
    reply.header('cache-control', 'public, max-age=3600').header('etag', POW_JS_ETAG).type('text/javascript; charset=utf-8');
    if (req.headers['if-none-match'] === POW_JS_ETAG) return reply.status(304).send();
    return reply.send(POW_JS);
  });
}
