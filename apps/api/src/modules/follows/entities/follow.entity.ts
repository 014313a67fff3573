import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('follows')
export class Follow {
  @PrimaryColumn('text', { name: 'employee_id' })
  employeeId: string;

  @PrimaryColumn('text', { name: 'subject_id' })
  subjectId: string;

  /** Following an account also delivers its deals', cases' and documents' activities. */
  @Column('boolean', { name: 'include_related', default: true })
  includeRelated: boolean;

  /** Only these activity kinds; null for every kind. */
  @Column('text', { array: true, nullable: true })
  kinds: string[] | null;

  /** Record changes only when one of these fields moved; null for any field. */
  @Column('text', { array: true, nullable: true })
  fields: string[] | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;
}
