import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { GqlContext } from '../../app/graphql-context';
import { CurrentEmployee } from '../../common/request-identity';
import { Employee } from '../people/entities/employee.entity';
import { Document } from '../records/entities/document.entity';
import { DocumentApproval, DocumentReview, DocumentVersion, DiffGranularity, VersionDiff } from './documents.types';
import { DocumentReviewService, ReviewRow } from './review/document-review.service';
import { VersionDiffService } from './text/version-diff.service';
import { DocumentVersionsService } from './versions/document-versions.service';
import { toDocumentVersion, VersionRow } from './versions/version-rows';
import { PeopleLoaders } from '../people/people.loaders';

interface DocumentLoaders {
  versions: DataLoader<string, VersionRow[]>;
  review: DataLoader<string, ReviewRow[]>;
}

/** A review as resolved here; each approver is loaded by DocumentApprovalResolver. */
type ReviewValue = Omit<DocumentReview, 'approvals'> & { approvals: Array<Omit<DocumentApproval, 'approver'>> };

/** Per-request loaders of this module, kept beside the request's context: one statement per list. */
const loadersByContext = new WeakMap<object, DocumentLoaders>();

@Resolver(() => Document)
export class DocumentVersionsResolver {
  constructor(
    private readonly versions: DocumentVersionsService,
    private readonly reviews: DocumentReviewService,
    private readonly diffs: VersionDiffService,
  ) {}

  @ResolveField('versions', () => [DocumentVersion], { description: 'Every version, oldest first.' })
  async versionList(@Parent() document: Document, @Context() ctx: GqlContext) {
    return (await this.loaders(ctx).versions.load(document.id)).map(toDocumentVersion);
  }

  @ResolveField(() => DocumentReview, { nullable: true, description: 'The current review round; null until first submitted.' })
  async review(@Parent() document: Document, @Context() ctx: GqlContext): Promise<ReviewValue | null> {
    const rows = await this.loaders(ctx).review.load(document.id);
    if (rows.length === 0) return null;
    return {
      round: rows[0].round,
      approvals: rows.map((r) => ({ approverId: r.approver_id, state: r.state, comment: r.comment, decidedAt: r.decided_at })),
    };
  }

  @Query(() => VersionDiff, { description: 'What changed from one version to another; NOT_FOUND for a document or version you cannot open.' })
  versionDiff(
    @CurrentEmployee() me: Employee,
    @Args('documentId', { type: () => ID }) documentId: string,
    @Args('from', { type: () => Int }) from: number,
    @Args('to', { type: () => Int }) to: number,
    @Args('granularity', { type: () => DiffGranularity, defaultValue: DiffGranularity.PARAGRAPH }) granularity: DiffGranularity,
  ) {
    return this.diffs.diff(me, documentId, from, to, granularity);
  }

  @Mutation(() => Document, { description: 'DRAFT or REJECTED → IN_REVIEW; approvers must be able to open the document and are notified.' })
  submitForReview(
    @CurrentEmployee() me: Employee,
    @Args('documentId', { type: () => ID }) documentId: string,
    @Args('approverIds', { type: () => [ID] }) approverIds: string[],
  ) {
    return this.reviews.submit(me, documentId, approverIds);
  }

  @Mutation(() => Document, { description: 'Your approval; the last one moves the document to APPROVED.' })
  approveDocument(
    @CurrentEmployee() me: Employee,
    @Args('documentId', { type: () => ID }) documentId: string,
    @Args('comment', { type: () => String, nullable: true }) comment: string | null,
  ) {
    return this.reviews.approve(me, documentId, comment);
  }

  @Mutation(() => Document, { description: 'Rejects the version in review (IN_REVIEW → REJECTED); say why in comment.' })
  rejectDocument(
    @CurrentEmployee() me: Employee,
    @Args('documentId', { type: () => ID }) documentId: string,
    @Args('comment', { type: () => String }) comment: string,
  ) {
    return this.reviews.reject(me, documentId, comment);
  }

  private loaders(ctx: GqlContext): DocumentLoaders {
    let loaders = loadersByContext.get(ctx);
    if (!loaders) {
      loaders = {
        versions: new DataLoader(async (ids: readonly string[]) => {
          const byDocument = await this.versions.listFor(ids);
          return ids.map((id) => byDocument.get(id) ?? []);
        }),
        review: new DataLoader(async (ids: readonly string[]) => {
          const byDocument = await this.reviews.currentRounds(ids);
          return ids.map((id) => byDocument.get(id) ?? []);
        }),
      };
      loadersByContext.set(ctx, loaders);
    }
    return loaders;
  }
}

@Resolver(() => DocumentVersion)
export class DocumentVersionResolver {
  @ResolveField(() => Employee)
  uploadedBy(@Parent() version: DocumentVersion, @Context() ctx: GqlContext) {
    return ctx.loaders.of(PeopleLoaders).employee.load(version.uploadedById);
  }
}

@Resolver(() => DocumentApproval)
export class DocumentApprovalResolver {
  @ResolveField(() => Employee)
  approver(@Parent() approval: DocumentApproval, @Context() ctx: GqlContext) {
    return ctx.loaders.of(PeopleLoaders).employee.load(approval.approverId);
  }
}
