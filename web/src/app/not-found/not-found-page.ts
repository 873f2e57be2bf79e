import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'kl-not-found-page',
  imports: [RouterLink],
  template: `
    <h1>Sidan finns inte</h1>
    <p>Adressen kan vara felstavad, eller så har sidan flyttats.</p>
    <p><a routerLink="/">Gå till startsidan</a></p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {}
