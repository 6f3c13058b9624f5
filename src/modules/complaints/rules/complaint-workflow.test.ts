import { describe, expect, it } from 'vitest';
import { allowedActions, applyStep, type ComplaintState, type StepInput } from './complaint-workflow';

const at = (stage: ComplaintState['stage'], severity: ComplaintState['severity'] = 'ordinary', planRejected = false): ComplaintState => ({ stage, severity, planRejected });

const steps: Record<StepInput['action'], StepInput> = {
  classify: { action: 'classify', severity: 'major', cause: 'billing' },
  investigate: { action: 'investigate', note: 'checked the logs' },
  responsibility: { action: 'responsibility', party: 'company', reason: 'the payment callback failed' },
  propose_plan: { action: 'propose_plan', plan: 'credit the order and a gift' },
  decide_plan: { action: 'decide_plan', approved: true, comment: 'ok' },
  execute: { action: 'execute', note: 'credited' },
  follow_up: { action: 'follow_up', note: 'called back, satisfied' },
  send_result: { action: 'send_result', process: 'p', result: 'r', improvement: 'i' },
};

describe('complaint workflow', () => {
  it.each([
    // stage, severity, action, stage after (or the refusal code)
    ['received', null, 'classify', 'classified'],
    ['received', null, 'investigate', 'complaint_step_out_of_order'],
    ['received', null, 'send_result', 'complaint_step_out_of_order'],
    ['classified', 'ordinary', 'investigate', 'investigating'],
    ['classified', 'ordinary', 'responsibility', 'complaint_step_out_of_order'],
    ['investigating', 'ordinary', 'investigate', 'investigating'],
    ['investigating', 'ordinary', 'responsibility', 'responsibility'],
    ['investigating', 'ordinary', 'propose_plan', 'complaint_step_out_of_order'],
    ['responsibility', 'ordinary', 'propose_plan', 'plan_proposed'],
    ['responsibility', 'ordinary', 'execute', 'complaint_step_out_of_order'],
    ['plan_proposed', 'ordinary', 'execute', 'executed'],
    ['plan_proposed', 'ordinary', 'decide_plan', 'complaint_approval_not_needed'],
    ['plan_proposed', 'major', 'execute', 'complaint_step_out_of_order'],
    ['plan_proposed', 'major', 'decide_plan', 'plan_approved'],
    ['plan_proposed', 'major', 'propose_plan', 'plan_proposed'],
    ['plan_approved', 'major', 'execute', 'executed'],
    ['plan_approved', 'major', 'decide_plan', 'complaint_step_out_of_order'],
    ['executed', 'ordinary', 'send_result', 'complaint_step_out_of_order'],
    ['executed', 'ordinary', 'follow_up', 'followed_up'],
    ['followed_up', 'ordinary', 'send_result', 'result_sent'],
    ['result_sent', 'ordinary', 'follow_up', 'complaint_step_out_of_order'],
    ['result_sent', 'ordinary', 'classify', 'complaint_step_out_of_order'],
  ] as const)('%s (%s) + %s → %s', (stage, severity, action, expected) => {
    const out = applyStep(at(stage, severity), steps[action], true);
    expect(out.ok ? out.state.stage : out.code).toBe(expected);
  });

  it('classifying sets the severity', () => {
    const out = applyStep(at('received', null), { action: 'classify', severity: 'ordinary', cause: 'x' }, false);
    expect(out).toEqual({ ok: true, state: { stage: 'classified', severity: 'ordinary', planRejected: false } });
  });

  it('a major plan is decided only by someone with the approval right', () => {
    expect(applyStep(at('plan_proposed', 'major'), steps.decide_plan, false)).toEqual({ ok: false, code: 'complaint_approval_required' });
  });

  it('a rejected plan must be proposed again before anything else', () => {
    const rejected = applyStep(at('plan_proposed', 'major'), { action: 'decide_plan', approved: false, comment: 'too generous' }, true);
    expect(rejected).toEqual({ ok: true, state: { stage: 'plan_proposed', severity: 'major', planRejected: true } });
    const state = (rejected as { state: ComplaintState }).state;
    expect(allowedActions(state)).toEqual(['propose_plan']);
    expect(applyStep(state, steps.decide_plan, true)).toMatchObject({ ok: false, code: 'complaint_step_out_of_order', allowed: ['propose_plan'] });
    expect(applyStep(state, steps.propose_plan, true)).toEqual({ ok: true, state: { stage: 'plan_proposed', severity: 'major', planRejected: false } });
  });

  it('the refusal names what may come next', () => {
    expect(applyStep(at('investigating'), steps.execute, true)).toEqual({ ok: false, code: 'complaint_step_out_of_order', allowed: ['investigate', 'responsibility'] });
  });
});
