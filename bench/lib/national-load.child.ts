import { runGetLoad, type GetLoadJob, type GetLoadMessage } from './national-load';

const send = (message: GetLoadMessage) => process.send?.(message);

// The child side of runGetLoadInChild: one job in, the start of its measured seconds and its result out.
process.once('message', (job) => {
  runGetLoad(job as GetLoadJob, () => send({ kind: 'measuring' })).then(
    (result) => send({ kind: 'result', ...result }),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});
