import { DestroyRef, inject } from '@angular/core';
import type { CanDeactivateFn } from '@angular/router';

/** A page that may hold work not yet saved. */
export interface HasUnsavedWork {
  hasUnsavedWork(): boolean;
}

export const LEAVE_UNSAVED_QUESTION = 'Du har ändringar som inte är sparade. Vill du lämna sidan ändå? Då försvinner ändringarna.';

/** Asks before a navigation inside the app leaves a page with unsaved work (a menu item, a link). */
export const confirmLeavingUnsavedWork: CanDeactivateFn<HasUnsavedWork> = (page) =>
  !page.hasUnsavedWork() || window.confirm(LEAVE_UNSAVED_QUESTION);

/**
 * Has the browser ask before the tab is closed or reloaded while the page holds unsaved work
 * (the browser words the question itself). Call from a page's constructor.
 */
export function warnBeforeUnloadWithUnsavedWork(hasUnsavedWork: () => boolean): void {
  const listener = (event: BeforeUnloadEvent) => {
    if (hasUnsavedWork()) event.preventDefault();
  };
  window.addEventListener('beforeunload', listener);
  inject(DestroyRef).onDestroy(() => window.removeEventListener('beforeunload', listener));
}
