import { runSaveLoad, type SaveLoadJob } from './save-load';

// The child side of runSaveLoadInChild: one job in, its result out.
process.once('message', (job) => {
  runSaveLoad(job as SaveLoadJob).then(
    (result) => process.send?.(result),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});
