import { Module } from '@nestjs/common';
import { AuthModule } from '@kl/api/auth';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

/** Imports of staff and assessment files, their templates and the exports in the same formats. */
@Module({
  imports: [AuthModule],
  controllers: [ImportsController],
  providers: [ImportsService],
})
export class ImportsModule {}
