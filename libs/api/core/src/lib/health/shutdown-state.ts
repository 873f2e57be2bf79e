import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';

/** Set when SIGTERM arrives, so health answers 503 while in-flight requests drain. */
@Injectable()
export class ShutdownState implements BeforeApplicationShutdown {
  isShuttingDown = false;

  beforeApplicationShutdown(): void {
    this.isShuttingDown = true;
  }
}
