import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  type OnInit,
  output,
  signal,
  viewChild,
} from '@angular/core';
import type { FieldErrorCode, Introduction, IntroductionProgramme } from '@kl/shared/contracts';
import { IntroductionApi } from '@kl/web/training/data-access';
import { FieldControl, FormField } from '@kl/web/shared/ui';
import { errorText, fieldErrorText, toErrorBody } from '@kl/web/shared/util';

export interface StaffChoice {
  id: string;
  label: string;
}

/**
 * Gives a new hire a programme, a mentor and a start (`current` absent), or changes them on the
 * version read. The form's checks and the API's field codes show at their fields.
 */
@Component({
  selector: 'kl-introduction-form',
  imports: [FormField, FieldControl],
  templateUrl: './introduction-form.html',
  styleUrls: ['./introduction.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IntroductionForm implements OnInit {
  private readonly api = inject(IntroductionApi);
  private readonly injector = inject(Injector);
  private readonly headingRef = viewChild<ElementRef<HTMLElement>>('headingRef');

  readonly staffMemberId = input.required<string>();
  readonly personName = input.required<string>();
  readonly programmes = input.required<IntroductionProgramme[]>();
  readonly mentors = input.required<StaffChoice[]>();
  readonly today = input.required<string>();
  readonly current = input<Introduction | null>(null);
  readonly saved = output<Introduction>();
  readonly outdated = output<void>();
  readonly cancelled = output<void>();

  protected readonly programmeId = signal('');
  protected readonly mentorId = signal('');
  protected readonly startDate = signal('');
  protected readonly errors = signal<Record<string, FieldErrorCode>>({});
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);

  ngOnInit(): void {
    const current = this.current();
    this.programmeId.set(current?.programmeId ?? '');
    this.mentorId.set(current?.mentorStaffMemberId ?? '');
    this.startDate.set(current?.startDate ?? this.today());
    afterNextRender(() => this.headingRef()?.nativeElement.focus(), { injector: this.injector });
  }

  protected mentorChoices(): StaffChoice[] {
    return this.mentors().filter((m) => m.id !== this.staffMemberId());
  }

  protected fieldError(field: string): string | null {
    const code = this.errors()[field];
    return code ? fieldErrorText(code) : null;
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  protected async save(): Promise<void> {
    if (this.busy()) return;
    const errors: Record<string, FieldErrorCode> = {};
    if (!this.programmeId()) errors['programmeId'] = 'required';
    if (!this.startDate()) errors['startDate'] = 'required';
    this.errors.set(errors);
    this.error.set(null);
    if (Object.keys(errors).length > 0) return;
    const fields = {
      programmeId: this.programmeId(),
      mentorStaffMemberId: this.mentorId() || null,
      startDate: this.startDate(),
    };
    this.busy.set(true);
    try {
      const current = this.current();
      this.saved.emit(
        current
          ? await this.api.update(current.id, { ...fields, version: current.version })
          : await this.api.create({ ...fields, staffMemberId: this.staffMemberId() }),
      );
    } catch (error) {
      const body = toErrorBody(error);
      if (body.code === 'STALE_VERSION') this.outdated.emit();
      else {
        this.errors.set(body.errors ?? {});
        this.error.set(body.errors ? 'Rätta fälten som är markerade.' : errorText(body.code));
      }
    } finally {
      this.busy.set(false);
    }
  }
}
