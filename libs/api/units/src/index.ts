export * from './lib/entities';
export * from './lib/units.module';
export * from './lib/units.service';
export * from './lib/units.errors';
export * from './lib/dto/unit.dto';
