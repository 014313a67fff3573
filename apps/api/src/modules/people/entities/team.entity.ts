import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'A group of employees. Teams can own records and can be followed.' })
@Entity('teams')
export class Team {
  @Field(() => ID)
  @PrimaryColumn('text')
  id: string;

  @Field()
  @Column('text')
  name: string;

  @Field()
  @Column('text')
  handle: string;

  /** Who gets a team's escalations (SLA breaches) besides its members; the field resolver gives `lead`. */
  @Column('text', { name: 'lead_id', nullable: true })
  leadId: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity('team_members')
export class TeamMember {
  @PrimaryColumn('text', { name: 'team_id' })
  teamId: string;

  @PrimaryColumn('text', { name: 'employee_id' })
  employeeId: string;
}
