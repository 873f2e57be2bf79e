import { Module } from '@nestjs/common';
import { PlanningModule } from '@kl/api/planning';
import { FiguresService } from './figures.service';
import { ForecastService } from './forecast.service';
import { WorkforceController } from './workforce.controller';
import { WorkforceInputsService } from './workforce-inputs.service';

/** Workforce planning: staffing figures from the employment periods, vacancies and the forecast. */
@Module({
  imports: [PlanningModule],
  controllers: [WorkforceController],
  providers: [FiguresService, ForecastService, WorkforceInputsService],
})
export class WorkforceModule {}
