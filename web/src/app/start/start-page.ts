import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthStore, ROLE_LABELS, startStepsFor } from '@kl/web/auth/data-access';
import { SupportApi } from '@kl/web/training/data-access';

interface Audience {
  title: string;
  text: string;
}

/**
 * /: for a visitor, what Kompetensläget is (only what it does today); for a signed-in user, their
 * role's next steps. While the session is not yet known, the space is kept (nothing jumps).
 */
@Component({
  selector: 'kl-start-page',
  imports: [RouterLink],
  templateUrl: './start-page.html',
  styleUrl: './start-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StartPage {
  private readonly auth = inject(AuthStore);
  protected readonly state = this.auth.sessionState;
  protected readonly user = this.auth.user;
  protected readonly roleText = computed(() => {
    const user = this.user();
    if (!user) return '';
    return `${ROLE_LABELS[user.role]}${user.municipality ? `, ${user.municipality.name}` : ''}`;
  });
  protected readonly steps = computed(() => {
    const user = this.user();
    return user ? startStepsFor(user) : [];
  });
  /** HR and team leaders: dispensations (SOSFS 2014:7) in reach that run out within 90 days. */
  protected readonly dispensationAlerts = signal(0);
  private readonly support = inject(SupportApi);

  constructor() {
    // The shell asks too; the store shares one answer.
    this.auth.load().then(() => this.loadDispensationAlerts(), () => undefined);
  }

  private async loadDispensationAlerts(): Promise<void> {
    const role = this.user()?.role;
    if (role !== 'municipality_admin' && role !== 'team_leader') return;
    try {
      const list = await this.support.qualification();
      this.dispensationAlerts.set(list.rows.filter((r) => r.dispensationAlert).length);
    } catch {
      // The start page works without the warning.
    }
  }

  protected readonly unlinkedCaseworker = computed(() => this.user()?.role === 'caseworker' && !this.user()?.staffMemberId);

  protected readonly audiences: readonly Audience[] = [
    {
      title: 'Arbetsledare',
      text: 'Bedömer medarbetarnas kompetens per inriktning – grundläggande, fördjupad eller saknar tillräcklig kompetens – i en matris, och följer gruppen i en översikt.',
    },
    {
      title: 'Handläggare',
      text: 'Ser sina egna nivåer och arbetsledarens bedömning, och gör en självskattning som visas bredvid, aldrig i stället.',
    },
    {
      title: 'Kommunens administratör',
      text: 'Håller ordning på enheter, medarbetare, användare och målnivåer, och öppnar inventeringsomgångarna.',
    },
  ];
}
