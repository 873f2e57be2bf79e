import type { CrosswalkEntry } from '@kl/shared/contracts';
import { crosswalkErrors } from './crosswalk';

const e = (topicCode: string | null, previousTopicCode: string | null, kind: CrosswalkEntry['kind']): CrosswalkEntry => ({
  topicCode,
  previousTopicCode,
  kind,
});

describe('crosswalkErrors', () => {
  const previous = ['SA01', 'SA02', 'SA03', 'JU01', 'JU02'];
  const current = ['SA01', 'SA10', 'SA11', 'JU03', 'NY01'];

  it('accepts a complete crosswalk with every kind', () => {
    expect(
      crosswalkErrors(
        [
          e('SA01', 'SA01', 'same'),
          e('SA10', 'SA02', 'split'),
          e('SA11', 'SA02', 'split'),
          e('JU03', 'JU01', 'merged'),
          e('JU03', 'JU02', 'merged'),
          e('NY01', null, 'new'),
          e(null, 'SA03', 'removed'),
        ],
        current,
        previous,
      ),
    ).toEqual({});
  });

  it('names topics of either version left unmapped', () => {
    expect(crosswalkErrors([e('SA01', 'SA01', 'same')], ['SA01', 'SA02'], ['SA01', 'SA03'])).toEqual({
      'topics.SA02': 'required',
      'previousTopics.SA03': 'required',
    });
  });

  it('checks that each kind has the shape it names', () => {
    expect(crosswalkErrors([e('SA01', 'SA02', 'same'), e(null, 'SA01', 'new'), e('SA02', null, 'removed')], ['SA01', 'SA02'], ['SA01', 'SA02'])).toEqual({
      'entries.0.kind': 'invalid_value',
      'entries.1.topicCode': 'required',
      'entries.1.previousTopicCode': 'not_allowed',
      'entries.2.topicCode': 'not_allowed',
      'entries.2.previousTopicCode': 'required',
    });
  });

  it('refuses a split of one topic into one, and a merge of one into one', () => {
    expect(crosswalkErrors([e('SA10', 'SA01', 'split'), e('SA11', 'SA02', 'merged')], ['SA10', 'SA11'], ['SA01', 'SA02'])).toEqual({
      'entries.0.kind': 'invalid_value',
      'entries.1.kind': 'invalid_value',
    });
  });

  it('refuses unknown codes and duplicate entries', () => {
    expect(crosswalkErrors([e('XX01', 'SA01', 'renamed'), e('SA01', 'SA01', 'same'), e('SA01', 'SA01', 'same')], ['SA01'], ['SA01'])).toEqual({
      'entries.0.topicCode': 'invalid_value',
      'entries.2': 'not_unique',
    });
  });
});
