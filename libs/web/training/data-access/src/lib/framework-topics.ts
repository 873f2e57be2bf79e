import { inject, Injectable } from '@angular/core';
import type { CompetenceFrameworkDetail, CompetenceFrameworkSummary } from '@kl/shared/contracts';
import { FrameworksApi, sortFrameworks } from '@kl/web/competence/data-access';
import type { TopicOption } from './course-text';

/**
 * The newest published version of each framework (national and the kommun's extension): courses
 * name topics by their stable code, which every version of a framework keeps.
 */
export function newestPublished(
  frameworks: readonly CompetenceFrameworkSummary[],
): CompetenceFrameworkSummary[] {
  const seen = new Set<string>();
  return sortFrameworks(frameworks.filter((f) => f.status === 'published')).filter((f) => {
    const key = `${f.code}|${f.municipalityId ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every topic of the frameworks, in framework order, each code once (the first framework names it). */
export function topicOptions(frameworks: readonly CompetenceFrameworkDetail[]): TopicOption[] {
  const options = new Map<string, TopicOption>();
  for (const framework of frameworks) {
    for (const area of [...framework.areas].sort((a, b) => a.position - b.position)) {
      for (const topic of [...area.topics].sort((a, b) => a.position - b.position)) {
        if (!options.has(topic.code))
          options.set(topic.code, { code: topic.code, name: topic.name });
      }
    }
  }
  return [...options.values()];
}

/** The topics a course may develop: those of the published frameworks the caller sees. */
@Injectable({ providedIn: 'root' })
export class FrameworkTopics {
  private readonly frameworks = inject(FrameworksApi);

  async load(): Promise<TopicOption[]> {
    const newest = newestPublished(await this.frameworks.list());
    return topicOptions(await Promise.all(newest.map((f) => this.frameworks.get(f.id))));
  }
}
