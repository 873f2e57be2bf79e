import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../auth/actor';
import { ShutdownState } from './shutdown-state';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly shutdown: ShutdownState,
  ) {}

  /** Ready when the database answers; 503 while shutting down so a load balancer stops sending. */
  @Get()
  @HealthCheck()
  @ApiOkResponse({ description: 'The API and its database are up' })
  check() {
    if (this.shutdown.isShuttingDown) {
      throw new ServiceUnavailableException('Shutting down');
    }
    return this.health.check([() => this.database.pingCheck('database', { timeout: 3_000 })]);
  }
}
