// The complaint process of seed 003 7.2-7.3 and seed 004's four steps, as a state machine:
// receive → classify → investigate (one or more notes) → responsibility → plan → (a major
// complaint's plan needs a supervisor's approval) → execute → follow up → send the result.
// Each action names the stage it needs; anything else is a skipped or repeated step.

export const severities = ['ordinary', 'major'] as const;
export type Severity = (typeof severities)[number];

export const parties = ['company', 'customer', 'third_party'] as const;
export type Party = (typeof parties)[number];

export const stages = ['received', 'classified', 'investigating', 'responsibility', 'plan_proposed', 'plan_approved', 'executed', 'followed_up', 'result_sent'] as const;
export type Stage = (typeof stages)[number];

export const actions = ['classify', 'investigate', 'responsibility', 'propose_plan', 'decide_plan', 'execute', 'follow_up', 'send_result'] as const;
export type Action = (typeof actions)[number];

export interface ComplaintState {
  stage: Stage;
  severity: Severity | null;
  /** For `plan_proposed`: whether a supervisor turned the plan down (it must be proposed again). */
  planRejected: boolean;
}

export type StepInput =
  | { action: 'classify'; severity: Severity; cause: string }
  | { action: 'investigate'; note: string }
  | { action: 'responsibility'; party: Party; reason: string }
  | { action: 'propose_plan'; plan: string }
  | { action: 'decide_plan'; approved: boolean; comment: string }
  | { action: 'execute'; note: string }
  | { action: 'follow_up'; note: string }
  | { action: 'send_result'; process: string; result: string; improvement: string };

export type StepOutcome =
  | { ok: true; state: ComplaintState }
  | { ok: false; code: 'complaint_step_out_of_order'; allowed: Action[] }
  | { ok: false; code: 'complaint_approval_required' }
  | { ok: false; code: 'complaint_approval_not_needed' };

/** The actions the complaint accepts next (for the UI and for the 409 answer). */
export function allowedActions(s: ComplaintState): Action[] {
  switch (s.stage) {
    case 'received':
      return ['classify'];
    case 'classified':
      return ['investigate'];
    case 'investigating':
      return ['investigate', 'responsibility'];
    case 'responsibility':
      return ['propose_plan'];
    case 'plan_proposed':
      if (s.planRejected) return ['propose_plan'];
      return s.severity === 'major' ? ['decide_plan', 'propose_plan'] : ['execute', 'propose_plan'];
    case 'plan_approved':
      return ['execute'];
    case 'executed':
      return ['follow_up'];
    case 'followed_up':
      return ['send_result'];
    case 'result_sent':
      return [];
  }
}

const next: Record<Exclude<Action, 'decide_plan'>, Stage> = {
  classify: 'classified',
  investigate: 'investigating',
  responsibility: 'responsibility',
  propose_plan: 'plan_proposed',
  execute: 'executed',
  follow_up: 'followed_up',
  send_result: 'result_sent',
};

/**
 * The state after a step, or why the step is refused. `canApprove`: the actor holds the
 * approval right (supervisors and up); only they decide on a major complaint's plan.
 * @example applyStep({ stage: 'received', severity: null, planRejected: false }, { action: 'execute', note: 'x' }, false)
 * // { ok: false, code: 'complaint_step_out_of_order', allowed: ['classify'] }
 */
export function applyStep(s: ComplaintState, step: StepInput, canApprove: boolean): StepOutcome {
  const allowed = allowedActions(s);
  if (step.action === 'decide_plan' && s.stage === 'plan_proposed' && !s.planRejected && s.severity === 'ordinary') {
    return { ok: false, code: 'complaint_approval_not_needed' };
  }
  if (!allowed.includes(step.action)) return { ok: false, code: 'complaint_step_out_of_order', allowed };
  if (step.action === 'decide_plan') {
    if (!canApprove) return { ok: false, code: 'complaint_approval_required' };
    return step.approved
      ? { ok: true, state: { ...s, stage: 'plan_approved', planRejected: false } }
      : { ok: true, state: { ...s, stage: 'plan_proposed', planRejected: true } };
  }
  const severity = step.action === 'classify' ? step.severity : s.severity;
  return { ok: true, state: { stage: next[step.action], severity, planRejected: false } };
}
