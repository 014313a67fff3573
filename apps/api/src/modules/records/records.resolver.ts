import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../app/graphql-context';
import { CurrentEmployee } from '../../common/request-identity';
import { Employee } from '../people/entities/employee.entity';
import {
  CreateAccountInput,
  CreateCaseInput,
  CreateDealInput,
  CreateDocumentInput,
  UpdateAccountInput,
  UpdateCaseInput,
  UpdateDealInput,
  UpdateDocumentInput,
} from './dto/records.input';
import { Account } from './entities/account.entity';
import { Case } from './entities/case.entity';
import { Deal } from './entities/deal.entity';
import { Document } from './entities/document.entity';
import { ACCOUNT_SPEC, CASE_SPEC, DEAL_SPEC, DOCUMENT_SPEC } from './record-specs';
import { RecordsService } from './records.service';
import { handlesFromKeys, SocialHandle } from './social-profile';
import { assertNewDocumentStatus } from './document-status.util';
import { PeopleLoaders } from '../people/people.loaders';
import { RecordsLoaders } from './records.loaders';

const idArg = { type: () => ID };
const firstArg = { type: () => Int, nullable: true, defaultValue: 50 };
const accountIdArg = { type: () => ID, nullable: true };

@Resolver(() => Account)
export class AccountResolver {
  constructor(private readonly records: RecordsService) {}

  @Query(() => Account, { description: 'NOT_FOUND when missing or not visible: the same error either way.' })
  account(@CurrentEmployee() me: Employee, @Args('id', idArg) id: string) {
    return this.records.findVisible(me.id, ACCOUNT_SPEC, id);
  }

  @Query(() => [Account])
  accounts(
    @CurrentEmployee() me: Employee,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('first', firstArg) first: number | null,
  ) {
    return this.records.accounts(me.id, search, first ?? 50);
  }

  @Mutation(() => Account)
  createAccount(@CurrentEmployee() me: Employee, @Args('input') input: CreateAccountInput) {
    return this.records.createAccount(me, input);
  }

  @Mutation(() => Account)
  updateAccount(@CurrentEmployee() me: Employee, @Args('id', idArg) id: string, @Args('input') input: UpdateAccountInput) {
    return this.records.updateAccount(me, id, input);
  }

  @ResolveField(() => Employee)
  owner(@Parent() account: Account, @Context() ctx: GqlContext) {
    return ctx.loaders.of(PeopleLoaders).employee.load(account.ownerId);
  }

  @ResolveField(() => [SocialHandle])
  socialHandles(@Parent() account: Account): SocialHandle[] {
    return handlesFromKeys(account.socialHandles ?? []);
  }

  @ResolveField(() => [Deal])
  deals(@Parent() account: Account, @Context() ctx: GqlContext) {
    return ctx.loaders.of(RecordsLoaders).dealsOfAccount.load(account.id);
  }

  @ResolveField(() => [Case])
  cases(@Parent() account: Account, @Context() ctx: GqlContext) {
    return ctx.loaders.of(RecordsLoaders).casesOfAccount.load(account.id);
  }

  @ResolveField(() => [Document])
  documents(@Parent() account: Account, @Context() ctx: GqlContext) {
    return ctx.loaders.of(RecordsLoaders).documentsOfAccount.load(account.id);
  }
}

@Resolver(() => Deal)
export class DealResolver {
  constructor(private readonly records: RecordsService) {}

  @Query(() => Deal, { description: 'NOT_FOUND when missing or not visible: the same error either way.' })
  deal(@CurrentEmployee() me: Employee, @Args('id', idArg) id: string) {
    return this.records.findVisible(me.id, DEAL_SPEC, id);
  }

  @Query(() => [Deal])
  deals(@CurrentEmployee() me: Employee, @Args('accountId', accountIdArg) accountId: string | null, @Args('first', firstArg) first: number | null) {
    return this.records.list(me.id, Deal, accountId, first ?? 50);
  }

  @Mutation(() => Deal)
  createDeal(@CurrentEmployee() me: Employee, @Args('input') input: CreateDealInput) {
    return this.records.createDeal(me, input);
  }

  @Mutation(() => Deal)
  updateDeal(@CurrentEmployee() me: Employee, @Args('id', idArg) id: string, @Args('input') input: UpdateDealInput) {
    return this.records.updateDeal(me, id, input);
  }

  @ResolveField(() => Employee)
  owner(@Parent() deal: Deal, @Context() ctx: GqlContext) {
    return ctx.loaders.of(PeopleLoaders).employee.load(deal.ownerId);
  }

  @ResolveField(() => Account)
  account(@Parent() deal: Deal, @Context() ctx: GqlContext) {
    return ctx.loaders.of(RecordsLoaders).account.load(deal.accountId);
  }
}

@Resolver(() => Case)
export class CaseResolver {
  constructor(private readonly records: RecordsService) {}

  @Query(() => Case, { description: 'NOT_FOUND when missing or not visible: the same error either way.' })
  case(@CurrentEmployee() me: Employee, @Args('id', idArg) id: string) {
    return this.records.findVisible(me.id, CASE_SPEC, id);
  }

  @Query(() => [Case])
  cases(@CurrentEmployee() me: Employee, @Args('accountId', accountIdArg) accountId: string | null, @Args('first', firstArg) first: number | null) {
    return this.records.list(me.id, Case, accountId, first ?? 50);
  }

  @Mutation(() => Case)
  createCase(@CurrentEmployee() me: Employee, @Args('input') input: CreateCaseInput) {
    return this.records.createCase(me, input);
  }

  @Mutation(() => Case)
  updateCase(@CurrentEmployee() me: Employee, @Args('id', idArg) id: string, @Args('input') input: UpdateCaseInput) {
    return this.records.updateCase(me, id, input);
  }

  @ResolveField(() => Employee)
  owner(@Parent() record: Case, @Context() ctx: GqlContext) {
    return ctx.loaders.of(PeopleLoaders).employee.load(record.ownerId);
  }

  @ResolveField(() => Account)
  account(@Parent() record: Case, @Context() ctx: GqlContext) {
    return ctx.loaders.of(RecordsLoaders).account.load(record.accountId);
  }
}

@Resolver(() => Document)
export class DocumentResolver {
  constructor(private readonly records: RecordsService) {}

  @Query(() => Document, { description: 'NOT_FOUND when missing or not visible: the same error either way.' })
  document(@CurrentEmployee() me: Employee, @Args('id', idArg) id: string) {
    return this.records.findVisible(me.id, DOCUMENT_SPEC, id);
  }

  @Query(() => [Document])
  documents(@CurrentEmployee() me: Employee, @Args('accountId', accountIdArg) accountId: string | null, @Args('first', firstArg) first: number | null) {
    return this.records.list(me.id, Document, accountId, first ?? 50);
  }

  @Mutation(() => Document)
  createDocument(@CurrentEmployee() me: Employee, @Args('input') input: CreateDocumentInput) {
    assertNewDocumentStatus(input.status);
    return this.records.createDocument(me, input);
  }

  @Mutation(() => Document)
  updateDocument(@CurrentEmployee() me: Employee, @Args('id', idArg) id: string, @Args('input') input: UpdateDocumentInput) {
    return this.records.updateDocument(me, id, input);
  }

  @ResolveField(() => Employee)
  owner(@Parent() document: Document, @Context() ctx: GqlContext) {
    return ctx.loaders.of(PeopleLoaders).employee.load(document.ownerId);
  }

  @ResolveField(() => Account, { nullable: true })
  account(@Parent() document: Document, @Context() ctx: GqlContext) {
    return document.accountId ? ctx.loaders.of(RecordsLoaders).account.load(document.accountId) : null;
  }

  @ResolveField(() => Deal, { nullable: true })
  deal(@Parent() document: Document, @Context() ctx: GqlContext) {
    return document.dealId ? ctx.loaders.of(RecordsLoaders).deal.load(document.dealId) : null;
  }
}
