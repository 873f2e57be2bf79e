import { runGetLoad, type GetLoadJob } from './national-load';

// The child side of runGetLoadInChild: one job in, its result out.
process.once('message', (job) => {
  runGetLoad(job as GetLoadJob).then(
    (result) => process.send?.(result),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});
