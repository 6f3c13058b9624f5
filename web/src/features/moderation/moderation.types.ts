import type { Static } from 'typebox';
import type * as Contracts from '../../../../src/modules/moderation/moderation.contracts';

// The moderation API's shapes, taken from the server's contracts (docs/moderation.md).

export type PlayerReport = Static<typeof Contracts.PlayerReport>;
export type ReportStatus = PlayerReport['status'];
export type ReportType = PlayerReport['type'];
export type Sanction = Static<typeof Contracts.Sanction>;
export type SanctionKind = Sanction['kind'];
/** A page of GET /sanctions, with counts over every match. */
export type SanctionPage = Static<typeof Contracts.SanctionPage>;
/** The filters of GET /sanctions (gameAccount with customerId: sanctions on either). */
export type SanctionFilter = Pick<Static<typeof Contracts.SanctionListQuery>, 'gameAccount' | 'customerId' | 'storeId' | 'active'>;
export type DecisionRequest = Static<typeof Contracts.DecisionBody>;
export type DecisionAction = DecisionRequest['action'];

export const reportStatuses: readonly ReportStatus[] = ['open', 'actioned', 'dismissed'];
export const decisionActions: readonly DecisionAction[] = ['dismiss', 'warn', 'mute', 'ban'];
