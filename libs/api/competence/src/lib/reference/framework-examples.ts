import type { FrameworkDocument, FrameworkExample } from '@kl/shared/contracts';
import aldreomsorg from './examples/example-aldreomsorg.json';
import ekonomisktBistand from './examples/example-ekonomiskt-bistand.json';
import lss from './examples/example-lss.json';
import vuxnaMissbruk from './examples/example-vuxna-missbruk.json';

type ExampleFile = FrameworkDocument & { description: string };

const example = (key: string, { description, ...document }: ExampleFile): FrameworkExample => ({ key, description, document });

/**
 * Starting points for service areas without a national framework (docs/frameworks.md §4): written
 * from the source reports, each topic's note saying where. A kommun copies one into a draft of its own.
 */
export const FRAMEWORK_EXAMPLES: readonly FrameworkExample[] = [
  example('ekonomiskt-bistand', ekonomisktBistand as ExampleFile),
  example('vuxna-missbruk', vuxnaMissbruk as ExampleFile),
  example('aldreomsorg', aldreomsorg as ExampleFile),
  example('lss-funktionsnedsattning', lss as ExampleFile),
];
