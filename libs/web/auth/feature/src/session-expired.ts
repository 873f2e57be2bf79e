// A second entry point, so the app can defer the dialog (and the forms it needs) out of the first load.
export * from './lib/session-expired-dialog';
