import type { Permission } from '@lantoa/contracts/access';
import type { Queryable } from '../db/db.ts';
import type { Actor } from '../auth/actor.ts';
import { AppError } from '../errors.ts';

/**
 * One workflow mechanism for plans, estimates, reports, cases…: named states, the transitions
 * each permission allows, a mandatory comment on returns and rejections, and a full history.
 */
export type Transition<S extends string, A extends string> = {
  action: A;
  from: readonly S[];
  to: S;
  /** The permission the actor needs (on the object's unit, checked by the caller's scope rule). */
  permission: Permission;
  /** Returns and rejections must say why. */
  commentRequired?: boolean;
  /** Vietnamese label of the action, for history and notifications. */
  label: string;
};

export type WorkflowDefinition<S extends string, A extends string> = {
  entityType: string;
  states: readonly S[];
  transitions: readonly Transition<S, A>[];
};

export function defineWorkflow<S extends string, A extends string>(def: WorkflowDefinition<S, A>): WorkflowDefinition<S, A> {
  return def;
}

/** The transition an action takes from a state, or the error to answer. Pure. */
export function computeTransition<S extends string, A extends string>(
  def: WorkflowDefinition<S, A>,
  from: S,
  action: A,
  comment: string | null | undefined,
): Transition<S, A> {
  // One action may leave several states (a return at step 1 or at step 2), each with its own rule.
  const t = def.transitions.find((x) => x.action === action && x.from.includes(from)) ?? def.transitions.find((x) => x.action === action);
  if (!t) throw new AppError('BAD_REQUEST', `Thao tác không hợp lệ: ${action}`);
  if (!t.from.includes(from)) {
    throw new AppError('TRANSITION_NOT_ALLOWED', `Không thể "${t.label.toLowerCase()}" khi hồ sơ đang ở trạng thái này`, { from, action });
  }
  if (t.commentRequired && !comment?.trim()) {
    throw new AppError('COMMENT_REQUIRED', `Vui lòng ghi rõ lý do khi ${t.label.toLowerCase()}`, {
      issues: [{ path: 'comment', message: 'Vui lòng ghi rõ lý do' }],
    });
  }
  return t;
}

/** The actions available from a state (the UI shows only those the user may take). */
export function availableActions<S extends string, A extends string>(def: WorkflowDefinition<S, A>, from: S): Transition<S, A>[] {
  return def.transitions.filter((t) => t.from.includes(from));
}

export type WorkflowEventRow = {
  id: string;
  action: string;
  from_state: string | null;
  to_state: string;
  comment: string | null;
  actor_id: string | null;
  actor_name: string | null;
  at: Date;
};

export async function recordTransition(
  tx: Queryable,
  e: { entityType: string; entityId: string; action: string; from: string | null; to: string; comment: string | null; actor: Actor | null },
): Promise<void> {
  await tx.query(
    `INSERT INTO workflow_event (entity_type, entity_id, action, from_state, to_state, comment, actor_id, actor_name)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [e.entityType, e.entityId, e.action, e.from, e.to, e.comment?.trim() || null, e.actor?.userId ?? null, e.actor ? e.actor.fullName : null],
  );
}

export async function findHistory(db: Queryable, entityType: string, entityId: string): Promise<WorkflowEventRow[]> {
  const { rows } = await db.query<WorkflowEventRow>(
    `SELECT id, action, from_state, to_state, comment, actor_id, actor_name, at FROM workflow_event
      WHERE entity_type = $1 AND entity_id = $2 ORDER BY at, id`,
    [entityType, entityId],
  );
  return rows;
}
