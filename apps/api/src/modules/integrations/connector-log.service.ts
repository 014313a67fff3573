import { Injectable } from '@nestjs/common';

export interface RefusedDelivery {
  at: Date;
  status: number;
  message: string;
}

const KEEP = 20;

/**
 * The last refused deliveries per connector, for the admin screen. Kept in memory on purpose: a
 * badly signed request must write nothing, and an attacker must not be able to fill a table.
 */
@Injectable()
export class ConnectorLog {
  private readonly refused = new Map<string, RefusedDelivery[]>();

  refuse(connector: string, status: number, message: string): void {
    const list = this.refused.get(connector) ?? [];
    list.unshift({ at: new Date(), status, message: message.slice(0, 300) });
    this.refused.set(connector, list.slice(0, KEEP));
  }

  lastErrors(connector: string): RefusedDelivery[] {
    return this.refused.get(connector) ?? [];
  }
}
