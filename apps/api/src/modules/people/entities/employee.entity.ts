import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Role } from '../../../common/graphql/enums';

@ObjectType({ description: 'A user of Tidings. Employees are subjects: they can be followed.' })
@Entity('employees')
export class Employee {
  @Field(() => ID)
  @PrimaryColumn('text')
  id: string;

  @Field()
  @Column('text')
  email: string;

  @Field()
  @Column('text')
  name: string;

  @Field({ description: 'What @mentions use.' })
  @Column('text')
  handle: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  title: string | null;

  @Field(() => Role)
  @Column('text')
  role: Role;

  @Column('text', { name: 'password_hash', select: false })
  passwordHash: string;

  @Column('boolean', { default: true })
  active: boolean;

  @Column('integer', { name: 'token_version', default: 0 })
  tokenVersion: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
