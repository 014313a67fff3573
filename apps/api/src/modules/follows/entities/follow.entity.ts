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

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;
}
