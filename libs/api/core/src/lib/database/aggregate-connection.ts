/**
 * The name of the second connection: the national and regional tiers' own database role, granted
 * aggregate and reference tables only (docs/decisions/0006-access-scope.md).
 */
export const AGGREGATE_CONNECTION = 'aggregate';

/** The group role of that connection; it owns nothing and reads no table that names a person. */
export const AGGREGATE_GROUP_ROLE = 'kl_aggregate';

/** The login role the aggregate connection uses, unless DATABASE_AGGREGATE_URL names another. */
export const AGGREGATE_LOGIN_ROLE = 'kl_aggregate_login';
