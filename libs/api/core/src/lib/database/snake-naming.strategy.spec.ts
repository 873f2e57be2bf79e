import { SnakeNamingStrategy, snakeCase } from './snake-naming.strategy';

describe('snakeCase', () => {
  it.each([
    ['StaffMember', 'staff_member'],
    ['fteDecimal', 'fte_decimal'],
    ['municipalityId', 'municipality_id'],
    ['OIDCProvider', 'oidc_provider'],
    ['already_snake', 'already_snake'],
  ])('%s → %s', (input, expected) => expect(snakeCase(input)).toBe(expected));
});

describe('SnakeNamingStrategy', () => {
  const strategy = new SnakeNamingStrategy();
  it('names tables and columns in snake_case unless given a name', () => {
    expect(strategy.tableName('CompetenceTopic', undefined)).toBe('competence_topic');
    expect(strategy.tableName('CompetenceTopic', 'topic')).toBe('topic');
    expect(strategy.columnName('createdAt', undefined, [])).toBe('created_at');
    expect(strategy.columnName('from', undefined, ['employment'])).toBe('employment_from');
  });
});
