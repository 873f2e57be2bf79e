import { afterNextRender, type Injector } from '@angular/core';

/** Moves focus to an element once the change that shows it has rendered (keyboard users stay in place). */
export function focusAfterRender(injector: Injector, id: string): void {
  afterNextRender(() => document.getElementById(id)?.focus(), { injector });
}
