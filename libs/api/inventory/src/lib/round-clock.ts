import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, ScopedData } from '@kl/api/core';
import type { RoundStatus } from '@kl/shared/contracts';
import { todayInSweden } from '@kl/shared/util';
import type { DataSource } from 'typeorm';
import { RoundsService } from './rounds.service';

/**
 * Opens inventory rounds on their first day and closes them (freezing their populations) after
 * their last, in every kommun: at start and then every ROUND_CLOCK_INTERVAL_SECONDS. Which rounds
 * are due comes from a function that sees every kommun's rounds and answers ids only; each round
 * then moves in its own kommun's transaction, audited as the application's doing. Instances that
 * tick together are safe: a round moves onto the version read, so only one of them moves it.
 */
@Injectable()
export class RoundClock implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('RoundClock');
  private timer?: NodeJS.Timeout;
  private ticking: Promise<unknown> = Promise.resolve();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly data: ScopedData,
    private readonly rounds: RoundsService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.ROUND_CLOCK_INTERVAL_SECONDS;
    if (seconds === 0) return;
    const run = () => {
      this.ticking = this.tick().catch((error: unknown) =>
        this.logger.warn(
          { event: 'round_clock_failed', err: error },
          'The round clock could not run',
        ),
      );
    };
    run();
    this.timer = setInterval(run, seconds * 1000);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.ticking;
  }

  /** Moves every round due on `today` (Swedish date); answers what moved. */
  async tick(today = todayInSweden()): Promise<{ roundId: string; status: RoundStatus }[]> {
    const due: { municipality_id: string; round_id: string }[] = await this.dataSource.query(
      'SELECT municipality_id, round_id FROM inventory_rounds_due($1)',
      [today],
    );
    const moved: { roundId: string; status: RoundStatus }[] = [];
    for (const { municipality_id: municipalityId, round_id: roundId } of due) {
      try {
        const status = await this.data.asApplication(municipalityId, (tx) =>
          this.rounds.moveBySchedule(tx, roundId, today),
        );
        if (status) moved.push({ roundId, status });
      } catch (error) {
        // Another instance or an administrator moved it first: nothing is lost, it is no longer due.
        this.logger.warn(
          { event: 'round_clock_skipped', roundId, err: error },
          'A due round was not moved',
        );
      }
    }
    if (moved.length > 0)
      this.logger.log({ event: 'rounds_moved', moved }, 'Rounds opened or closed on their dates');
    return moved;
  }
}
