import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Answers } from '@lantoa/contracts/surveys';
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
import { getPublicSurvey, storePublicAnswers, validateAnswers } from '../modules/surveys/index.ts';
import { renderSurveyForm, renderSurveyMissing, renderSurveyThanks, type SurveyFormState } from './survey.pages.ts';

/** A household may share one address: more generous than the misinformation form. */
export const SURVEY_THROTTLE: ThrottleRule = { attempts: 30, attemptWindowMinutes: 10, accepted: 10, acceptedWindowMinutes: 60 };

type Params = { Params: { id: string } };

function noStore(reply: FastifyReply) {
  return reply.header('cache-control', 'no-store').type('text/html; charset=utf-8');
}

/** Form fields named q_<question id> → answers (repeated checkboxes arrive as a list). */
function answersOf(body: Record<string, unknown>): Answers {
  const out: Answers = {};
  for (const [k, v] of Object.entries(body)) {
    if (!k.startsWith('q_')) continue;
    if (Array.isArray(v)) out[k.slice(2)] = v.map(String);
    else if (typeof v === 'string') out[k.slice(2)] = v;
  }
  return out;
}

/** Public surveys on the portal: the form, and answers with the same abuse protection as reports. */
export async function surveyPortalRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, config } = deps;

  const form = async (reply: FastifyReply, status: number, s: Omit<SurveyFormState, 'challenge'>) => {
    const secret = await getPublicFormSecret(db);
    return noStore(reply).status(status).send(renderSurveyForm({ ...s, challenge: newChallenge(secret, config.powBits) }));
  };

  app.get('/khao-sat/:id', { schema: { hide: true } }, async (req: FastifyRequest<Params>, reply) => {
    const s = await getPublicSurvey(db, req.params.id);
    if (!s) return noStore(reply).status(404).send(renderSurveyMissing());
    return form(reply, 200, { survey: s, values: {}, errors: {} });
  });

  app.post('/khao-sat/:id', { schema: { hide: true } }, async (req: FastifyRequest<Params>, reply) => {
    const s = await getPublicSurvey(db, req.params.id);
    if (!s) return noStore(reply).status(404).send(renderSurveyMissing());
    const body = (req.body ?? {}) as Record<string, unknown>;
    const text = (k: string) => (typeof body[k] === 'string' ? body[k] : undefined);
    const raw = answersOf(body);
    const values = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v : String(v)]));
    const secret = await getPublicFormSecret(db);
    const clientKey = clientKeyOf(secret, req.ip);
    const formKey = `survey:${s.id}`;
    let attemptId: string;
    try {
      attemptId = await recordAttempt(db, formKey, clientKey, SURVEY_THROTTLE);
    } catch (err) {
      if (err instanceof AppError && err.code === 'RATE_LIMITED') return form(reply, 429, { survey: s, values, errors: {}, message: err.message });
      throw err;
    }
    if (isHoneypotFilled({ website: text('website') })) {
      return form(reply, 400, { survey: s, values, errors: {}, message: 'Không gửi được câu trả lời. Vui lòng tải lại trang và thử lại.' });
    }
    const checked = validateAnswers(s.questions, raw);
    if (!checked.ok) return form(reply, 400, { survey: s, values, errors: checked.errors });
    try {
      const challenge = verifyChallenge(secret, { token: text('challenge'), solution: text('pow_solution'), answer: text('answer') });
      await withTransaction(db, async (tx) => {
        await consumeChallenge(tx, challenge);
        await acceptAttempt(tx, formKey, clientKey, attemptId, SURVEY_THROTTLE);
        await storePublicAnswers(tx, s, checked.answers);
      });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      return form(reply, err.status, { survey: s, values, errors: err.code === 'VALIDATION_FAILED' ? { challenge: err.message } : {}, message: err.message });
    }
    return noStore(reply).send(renderSurveyThanks(s.title));
  });
}
