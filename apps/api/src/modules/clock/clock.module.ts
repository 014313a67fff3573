import { DynamicModule, Global, Module } from '@nestjs/common';
import { Clock } from './clock.service';
import { TestClockController } from './test-clock.controller';

/** One clock for every window and timer; its test controller exists only when TEST_CLOCK=on. */
@Global()
@Module({})
export class ClockModule {
  static register(testClock: boolean): DynamicModule {
    return {
      module: ClockModule,
      providers: [Clock],
      exports: [Clock],
      controllers: testClock ? [TestClockController] : [],
    };
  }
}
