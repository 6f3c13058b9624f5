import type { Static } from 'typebox';
import type * as Contracts from '../../../../src/modules/appeals/appeals.contracts';

// The appeals API's shapes, taken from the server's contracts (docs/appeals.md).

export type Appeal = Static<typeof Contracts.Appeal>;
/** A row of GET /appeals: the appeal's account, score and status with its ticket. */
export type AppealSummary = Static<typeof Contracts.AppealSummary>;
export type AppealCheck = Appeal['checks'][number];
export type AppealStatus = Appeal['status'];
export type AppealDecisionRequest = Static<typeof Contracts.AppealDecisionBody>;
export type AppealDecision = AppealDecisionRequest['decision'];
/** What the appellant claimed (the public form's body, without the contact email). */
export type AppealClaims = Partial<Static<typeof Contracts.AppealBody>>;

export const appealDecisions: readonly AppealDecision[] = ['approve', 'reject', 'more_info'];
export const checkNames = ['bound_phone', 'bound_email', 'last_recharge', 'recent_logins', 'creation_region'] as const;
export type CheckName = (typeof checkNames)[number];
