import { Inject, Injectable, OnApplicationShutdown, Provider } from '@nestjs/common';
import { loadTemporalConfig, NominationGateway } from '@khen/temporal';

export const NOMINATION_GATEWAY = Symbol('NOMINATION_GATEWAY');

export const nominationGatewayProvider: Provider = {
  provide: NOMINATION_GATEWAY,
  useFactory: () => NominationGateway.connect(loadTemporalConfig()),
};

/** Closes the Temporal connection when the API shuts down. */
@Injectable()
export class NominationGatewayCloser implements OnApplicationShutdown {
  constructor(@Inject(NOMINATION_GATEWAY) private readonly gateway: NominationGateway) {}
  async onApplicationShutdown(): Promise<void> {
    await this.gateway.close();
  }
}
