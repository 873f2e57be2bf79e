import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CompetenceFrameworkSummary } from '@kl/shared/contracts';
import { AuthStore } from '@kl/web/auth/data-access';
import { creationScope, FRAMEWORK_STATUS_LABELS, FrameworksApi, frameworkTitle, sortFrameworks } from '@kl/web/competence/data-access';
import { formatDate, SERVICE_AREA_LABELS } from '@kl/web/organisation/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';
import { FrameworkStartPanel } from './framework-start-panel';

/** /ramverk: every framework version the user may read. */
@Component({
  selector: 'kl-framework-list-page',
  imports: [RouterLink, FrameworkStartPanel],
  template: `
    <h1 tabindex="-1">Kompetensramverk</h1>
    <p>Ramverken beskriver kompetensområden, inriktningar och nivåer. Publicerade versioner ändras aldrig.</p>
    @if (error(); as message) {
      <div class="error-summary" role="alert">
        <h2>Ramverken kunde inte visas</h2>
        <p>{{ message }}</p>
      </div>
    }
    @if (maker()) {
      <kl-framework-start-panel />
    }
    <table>
      <caption class="visually-hidden">Kompetensramverk och deras versioner</caption>
      <thead>
        <tr>
          <th scope="col">Ramverk</th>
          <th scope="col">Kod</th>
          <th scope="col">Verksamhetsområde</th>
          <th scope="col">Status</th>
          <th scope="col">Publicerad</th>
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row.id) {
          <tr>
            <td><a [routerLink]="['/ramverk', row.id]">{{ row.title }}</a></td>
            <td>{{ row.code }}</td>
            <td>{{ row.serviceArea }}</td>
            <td>{{ row.status }}</td>
            <td>{{ row.publishedAt }}</td>
          </tr>
        } @empty {
          <tr>
            <td colspan="5">{{ emptyText() }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styleUrl: './competence.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FrameworkListPage {
  private readonly api = inject(FrameworksApi);
  private readonly auth = inject(AuthStore);
  protected readonly maker = computed(() => creationScope(this.auth.role()) !== null);
  private readonly frameworks = signal<CompetenceFrameworkSummary[] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly emptyText = computed(() => (this.frameworks() === null ? 'Hämtar …' : 'Det finns inga ramverk.'));
  protected readonly rows = computed(() => {
    const all = this.frameworks() ?? [];
    const national = new Set(all.filter((f) => f.municipalityId === null).map((f) => f.id));
    return sortFrameworks(all).map((framework) => ({
      id: framework.id,
      title: frameworkTitle(framework, framework.basedOnId === null || national.has(framework.basedOnId)),
      code: framework.code,
      serviceArea: SERVICE_AREA_LABELS[framework.serviceAreaCode],
      status: FRAMEWORK_STATUS_LABELS[framework.status],
      publishedAt: formatDate(framework.publishedAt) || '–',
    }));
  });

  constructor() {
    this.api.list().then(
      (frameworks) => this.frameworks.set(frameworks),
      (error: unknown) => this.error.set(errorText(toErrorBody(error).code)),
    );
  }
}
