import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Employee } from '../people/entities/employee.entity';

export enum DiffOp {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  UNCHANGED = 'UNCHANGED',
}
registerEnumType(DiffOp, { name: 'DiffOp' });

export enum DiffGranularity {
  PARAGRAPH = 'PARAGRAPH',
  LINE = 'LINE',
}
registerEnumType(DiffGranularity, { name: 'DiffGranularity', description: 'PARAGRAPH: one block per paragraph; LINE: runs of lines.' });

export enum ApprovalState {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(ApprovalState, { name: 'ApprovalState' });

@ObjectType({ description: 'One uploaded file of a document. Download it from downloadPath with the same bearer token.' })
export class DocumentVersion {
  @Field(() => Int)
  version: number;

  @Field({ description: 'SHA-256 of the file, hex.' })
  sha256: string;

  @Field(() => Int, { description: 'Bytes.' })
  size: number;

  @Field({ description: 'The type detected from the content (never from the name).' })
  contentType: string;

  @Field({ description: 'The name it was uploaded under.' })
  fileName: string;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Employee)
  uploadedBy: Employee;

  @Field(() => ID)
  uploadedById: string;

  @Field()
  createdAt: Date;

  @Field({ description: 'What changed since the previous version, e.g. "+3 paragraphs, −1; section 4.2 Pricing changed".' })
  summary: string;

  @Field({ description: 'GET this path (with Authorization: Bearer) to download the file.' })
  downloadPath: string;
}

@ObjectType()
export class DiffBlock {
  @Field(() => DiffOp)
  op: DiffOp;

  @Field()
  text: string;
}

@ObjectType({ description: 'What changed between two versions of a document, in reading order.' })
export class VersionDiff {
  @Field()
  summary: string;

  @Field(() => [DiffBlock])
  blocks: DiffBlock[];
}

@ObjectType({ description: "One approver's answer in the document's current review." })
export class DocumentApproval {
  @Field(() => Employee)
  approver: Employee;

  @Field(() => ID)
  approverId: string;

  @Field(() => ApprovalState)
  state: ApprovalState;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;
}

@ObjectType({ description: 'The current review round: who reviews and what they answered.' })
export class DocumentReview {
  @Field(() => Int, { description: 'Counts from 1; a new submission or a new version during review starts the next.' })
  round: number;

  @Field(() => [DocumentApproval])
  approvals: DocumentApproval[];
}
