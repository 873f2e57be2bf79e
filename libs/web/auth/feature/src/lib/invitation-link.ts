import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { absoluteInvitationUrl } from '@kl/web/auth/data-access';
import type { InvitationCreated } from '@kl/shared/contracts';

/** The one-time link of a new invitation, to pass on when no e-mail is sent. */
@Component({
  selector: 'kl-invitation-link',
  imports: [DatePipe],
  template: `
    <div class="notice" role="status">
      @if (url(); as link) {
        <p>
          <strong>{{ invitation().user.displayName }}</strong> är inbjuden. Skicka länken till
          {{ invitation().user.email }}; den gäller en gång, till och med
          {{ invitation().expiresAt | date: 'd MMMM y HH:mm' }}.
        </p>
        <label for="invitation-url">Inbjudningslänk</label>
        <div class="copy-row">
          <input id="invitation-url" type="text" readonly [value]="link" />
          <button type="button" class="button-secondary" (click)="copy(link)">Kopiera länk</button>
        </div>
        @if (copied()) {
          <p>Länken är kopierad.</p>
        }
      } @else {
        <p>
          <strong>{{ invitation().user.displayName }}</strong> är inbjuden. Länken har skickats med e-post till
          {{ invitation().user.email }} och gäller till och med {{ invitation().expiresAt | date: 'd MMMM y HH:mm' }}.
        </p>
      }
    </div>
  `,
  styleUrl: './auth-forms.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvitationLink {
  readonly invitation = input.required<InvitationCreated>();
  protected readonly url = computed(() => {
    const link = this.invitation().invitationUrl;
    return link ? absoluteInvitationUrl(link, location.origin) : null;
  });
  protected readonly copied = signal(false);

  protected async copy(link: string): Promise<void> {
    await navigator.clipboard?.writeText(link);
    this.copied.set(true);
  }
}
