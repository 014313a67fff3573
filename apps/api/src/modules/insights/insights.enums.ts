import { registerEnum } from '../../common/graphql/enums';

// Enum values are part of the API contract: change them only with a migration and a schema review.
export enum InfluenceBand {
  OBSERVER = 'OBSERVER',
  CONTRIBUTOR = 'CONTRIBUTOR',
  ACTIVE_INFLUENCER = 'ACTIVE_INFLUENCER',
  TOP_INFLUENCER = 'TOP_INFLUENCER',
}

registerEnum(InfluenceBand, { name: 'InfluenceBand' });
