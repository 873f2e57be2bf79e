import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { confirmLeavingUnsavedWork, LEAVE_UNSAVED_QUESTION, warnBeforeUnloadWithUnsavedWork } from './unsaved-work';

describe('confirmLeavingUnsavedWork', () => {
  const leave = (unsaved: boolean) =>
    confirmLeavingUnsavedWork({ hasUnsavedWork: () => unsaved }, {} as never, {} as never, {} as never);

  it('lets a page without unsaved work go without asking', () => {
    const confirm = jest.spyOn(window, 'confirm');
    expect(leave(false)).toBe(true);
    expect(confirm).not.toHaveBeenCalled();
    confirm.mockRestore();
  });

  it('asks before leaving unsaved work, and stays when the answer is no', () => {
    const confirm = jest.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    expect(leave(true)).toBe(false);
    expect(leave(true)).toBe(true);
    expect(confirm).toHaveBeenCalledWith(LEAVE_UNSAVED_QUESTION);
    confirm.mockRestore();
  });
});

describe('warnBeforeUnloadWithUnsavedWork', () => {
  @Component({ selector: 'kl-test-page', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
  class TestPage {
    readonly unsaved = signal(false);
    constructor() {
      warnBeforeUnloadWithUnsavedWork(() => this.unsaved());
    }
  }

  const unload = () => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  };

  it('asks the browser to confirm only while there is unsaved work, and stops when the page goes', () => {
    const fixture = TestBed.createComponent(TestPage);
    expect(unload()).toBe(false);
    fixture.componentInstance.unsaved.set(true);
    expect(unload()).toBe(true);
    fixture.destroy();
    expect(unload()).toBe(false);
  });
});
