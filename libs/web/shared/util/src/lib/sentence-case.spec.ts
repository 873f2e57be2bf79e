import { sentenceCase } from './sentence-case';

describe('sentenceCase', () => {
  it('capitalises the first letter only, å/ä/ö included', () => {
    expect(sentenceCase('annan kommun')).toBe('Annan kommun');
    expect(sentenceCase('övrig utbildning')).toBe('Övrig utbildning');
    expect(sentenceCase('')).toBe('');
  });
});
