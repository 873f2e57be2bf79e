import { ChangeDetectionStrategy, Component, inject, type OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { PublishedRound } from '@kl/shared/contracts';
import { swedishDate } from '@kl/shared/util';
import { PublicNationalApi } from '@kl/web/national/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';

/** /statistik: the published national rounds, for anyone (no sign-in). */
@Component({
  selector: 'kl-public-rounds-page',
  imports: [RouterLink],
  template: `
    <h1>Nationell statistik</h1>
    <p>
      Kompetensläget i socialtjänsten i hela landet, som kommunerna har rapporterat det till de nationella omgångarna.
      Tabellerna är röjandekontrollerade: en uppgift som kan peka ut enskilda visas som <strong>..</strong>.
    </p>
    @if (error(); as text) {
      <p class="field-error" role="alert">{{ text }}</p>
    }
    @if (rounds(); as list) {
      @if (list.length === 0) {
        <p>Ingen omgång är publicerad ännu.</p>
      } @else {
        <ul class="published-rounds">
          @for (r of list; track r.code) {
            <li>
              <a [routerLink]="['/statistik', r.code]">Omgång {{ r.code }}</a>
              <span>publicerad {{ date(r.publishedAt) }}{{ r.sequence > 1 ? ', rättad' : '' }}</span>
            </li>
          }
        </ul>
      }
    } @else {
      <p role="status">Hämtar omgångarna …</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicRoundsPage implements OnInit {
  private readonly api = inject(PublicNationalApi);
  protected readonly rounds = signal<PublishedRound[] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly date = swedishDate;

  async ngOnInit(): Promise<void> {
    try {
      this.rounds.set(await this.api.rounds());
    } catch (e) {
      this.error.set(errorText(toErrorBody(e).code));
    }
  }
}
