import { ChangeDetectionStrategy, Component, computed, inject, Injector, input, type OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Introduction, IntroductionProgramme, IntroductionStepProgress } from '@kl/shared/contracts';
import { AuthStore } from '@kl/web/auth/data-access';
import { StaffApi } from '@kl/web/organisation/data-access';
import { canMarkStep, IntroductionApi } from '@kl/web/training/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';
import { focusAfterRender } from './focus-after-render';
import { IntroductionForm, type StaffChoice } from './introduction-form';
import { IntroductionSteps } from './introduction-steps';

/**
 * /introduktion/:id: one person's introduction with its progress and steps; the team leader and
 * HR mark steps and change the programme, mentor or start; a mentor reads it.
 */
@Component({
  selector: 'kl-introduction-detail-page',
  imports: [RouterLink, IntroductionSteps, IntroductionForm],
  templateUrl: './introduction-detail-page.html',
  styleUrls: ['./introduction.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IntroductionDetailPage implements OnInit {
  private readonly api = inject(IntroductionApi);
  private readonly staffApi = inject(StaffApi);
  private readonly injector = inject(Injector);
  private readonly auth = inject(AuthStore);

  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly introduction = signal<Introduction | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly saved = signal<string | null>(null);
  protected readonly changing = signal(false);
  protected readonly programmes = signal<IntroductionProgramme[]>([]);
  protected readonly mentors = signal<StaffChoice[]>([]);
  protected readonly canChange = computed(() => {
    const i = this.introduction();
    const role = this.auth.role();
    const self = this.auth.user()?.staffMemberId ?? null;
    return !!i && !i.asMentor && i.staffMemberId !== self && (role === 'municipality_admin' || role === 'team_leader');
  });
  protected readonly canMark = (step: IntroductionStepProgress): boolean => {
    const i = this.introduction();
    const user = this.auth.user();
    return !!i && canMarkStep({ role: this.auth.role(), staffMemberId: user?.staffMemberId ?? null }, i, step);
  };

  ngOnInit(): void {
    void this.load();
  }

  protected async openChange(): Promise<void> {
    this.saved.set(null);
    if (this.changing()) {
      this.changing.set(false);
      return;
    }
    try {
      const [programmes, staff] = await Promise.all([
        this.api.programmes(),
        this.staffApi.list({ pageSize: 200, sort: 'lastName', order: 'asc' }),
      ]);
      this.programmes.set(programmes);
      this.mentors.set(staff.items.map((s) => ({ id: s.id, label: `${s.lastName}, ${s.firstName} (${s.unitName})` })));
      this.changing.set(true);
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
    }
  }

  protected closeChange(): void {
    this.changing.set(false);
    focusAfterRender(this.injector, 'introduction-change');
  }

  protected changed(introduction: Introduction): void {
    this.introduction.set(introduction);
    this.changing.set(false);
    this.announce('Introduktionen är ändrad.');
  }

  /** A step marked: said by the status region, the keyboard stays on the step's button. */
  protected stepMarked(introduction: Introduction): void {
    this.introduction.set(introduction);
    this.saved.set('Steget är sparat.');
  }

  protected async outdated(): Promise<void> {
    this.changing.set(false);
    await this.load();
    this.announce('Någon annan hann ändra introduktionen först. Den är uppdaterad; gör ändringen igen.');
  }

  private announce(message: string): void {
    this.saved.set(message);
    focusAfterRender(this.injector, 'introduction-detail-status');
  }

  private async load(): Promise<void> {
    this.error.set(null);
    try {
      this.introduction.set(await this.api.introduction(this.id()));
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
    }
  }
}
