import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class ConnectorError {
  @Field()
  at: Date;
  @Field(() => Int)
  status: number;
  @Field()
  message: string;
}

@ObjectType({ description: 'One inbound connector as the admin screen shows it.' })
export class ConnectorStatus {
  @Field({ description: 'crm, hubspot, x, facebook, generic.' })
  name: string;
  @Field({ description: 'Where the network posts to (PUBLIC_URL or this server).' })
  endpoint: string;
  @Field({ description: 'The environment variable holding its secret.' })
  secretVariable: string;
  @Field({ description: 'False when the secret is unset: the connector is off.' })
  configured: boolean;
  @Field({ description: '"env", "generated" (demo and development) or "unset".' })
  secretSource: string;
  @Field(() => Date, { nullable: true })
  lastEventAt: Date | null;
  @Field(() => [ConnectorError], { description: 'Refused deliveries seen by this server process, newest first.' })
  lastErrors: ConnectorError[];
}

@ObjectType()
export class IntegrationStatus {
  @Field(() => [ConnectorStatus])
  connectors: ConnectorStatus[];
  @Field(() => Int, { description: 'Inbound events committed but not processed yet.' })
  pendingEvents: number;
  @Field(() => Int, { description: 'Inbound events that failed five times.' })
  failedEvents: number;
}
