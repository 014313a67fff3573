import { Field, Float, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { IsOptional, Length, Max, Min, ValidateBy } from 'class-validator';
import { SocialHandleInput } from '../social-profile';
import { CasePriority, CaseStatus } from '../../../common/graphql/enums';
import { AccountTier, DealStage, DocumentKind, DocumentStatus, Visibility } from '../records.enums';

const NAME = { message: 'must be 1 to 200 characters' };
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A day that exists, in years 1 to 9999 (PostgreSQL refuses 0000-01-01 and 2026-02-31 alike). */
function IsCalendarDate() {
  return ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value: unknown) => {
        if (typeof value !== 'string' || !DATE.test(value) || value.startsWith('0000')) return false;
        const day = new Date(`${value}T00:00:00Z`); // JavaScript rolls 02-31 over into March
        return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
      },
      defaultMessage: () => 'must be a date like 2026-12-31',
    },
  });
}
const AMOUNT_RULE = { message: 'must be between 0 and 999,999,999,999' };

@InputType()
export class CreateAccountInput {
  @Field() @Length(1, 200, NAME) name: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 100, NAME) industry?: string;
  @Field(() => AccountTier, { defaultValue: AccountTier.SMB }) tier: AccountTier;
  @Field(() => ID, { nullable: true, description: 'Defaults to you.' }) @IsOptional() ownerId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() owningTeamId?: string;
  @Field(() => Visibility, { defaultValue: Visibility.PUBLIC }) visibility: Visibility;
  @Field(() => [SocialHandleInput], { nullable: true, description: "The customer's handles and its known people's." }) @IsOptional() socialHandles?: SocialHandleInput[];
  @Field(() => [String], { nullable: true }) @IsOptional() domains?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() watchKeywords?: string[];
  @Field(() => ID, { nullable: true, description: "The team the customer's social cases go to." }) @IsOptional() supportTeamId?: string;
}

/** Any of an account's fields; the owner stays unless given. */
@InputType()
export class UpdateAccountInput extends PartialType(OmitType(CreateAccountInput, ['ownerId'] as const), { omitDefaultValues: true }) {
  @Field(() => ID, { nullable: true }) @IsOptional() ownerId?: string;
}

@InputType()
export class CreateDealInput {
  @Field(() => ID) accountId: string;
  @Field() @Length(1, 200, NAME) name: string;
  @Field(() => DealStage, { defaultValue: DealStage.PROSPECTING }) stage: DealStage;
  @Field(() => Float, { defaultValue: 0 }) @Min(0, AMOUNT_RULE) @Max(999_999_999_999, AMOUNT_RULE) amount: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsCalendarDate() closeDate?: string;
  @Field(() => ID, { nullable: true, description: 'Defaults to you.' }) @IsOptional() ownerId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() owningTeamId?: string;
  @Field(() => Visibility, { defaultValue: Visibility.PUBLIC }) visibility: Visibility;
}

/** Any of a deal's fields but its account. */
@InputType()
export class UpdateDealInput extends PartialType(OmitType(CreateDealInput, ['accountId', 'ownerId'] as const), { omitDefaultValues: true }) {
  @Field(() => ID, { nullable: true }) @IsOptional() ownerId?: string;
}

@InputType()
export class CreateCaseInput {
  @Field(() => ID) accountId: string;
  @Field() @Length(1, 200, NAME) subject: string;
  @Field(() => CaseStatus, { defaultValue: CaseStatus.NEW }) status: CaseStatus;
  @Field(() => CasePriority, { defaultValue: CasePriority.MEDIUM }) priority: CasePriority;
  @Field(() => ID, { nullable: true, description: 'Defaults to you.' }) @IsOptional() ownerId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() owningTeamId?: string;
  @Field(() => Visibility, { defaultValue: Visibility.PUBLIC }) visibility: Visibility;
}

/** Any of a case's fields but its account. */
@InputType()
export class UpdateCaseInput extends PartialType(OmitType(CreateCaseInput, ['accountId', 'ownerId'] as const), { omitDefaultValues: true }) {
  @Field(() => ID, { nullable: true }) @IsOptional() ownerId?: string;
}

@InputType()
export class CreateDocumentInput {
  @Field() @Length(1, 200, NAME) title: string;
  @Field(() => DocumentKind) kind: DocumentKind;
  @Field(() => ID, { nullable: true }) @IsOptional() accountId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() dealId?: string;
  @Field(() => DocumentStatus, { defaultValue: DocumentStatus.DRAFT }) status: DocumentStatus;
  @Field(() => ID, { nullable: true, description: 'Defaults to you.' }) @IsOptional() ownerId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() owningTeamId?: string;
  @Field(() => Visibility, { defaultValue: Visibility.PUBLIC }) visibility: Visibility;
}

/** A document's title, status (within the review rules), owner, team and visibility. */
@InputType()
export class UpdateDocumentInput extends PartialType(OmitType(CreateDocumentInput, ['kind', 'accountId', 'dealId', 'ownerId'] as const), {
  omitDefaultValues: true,
}) {
  @Field(() => ID, { nullable: true }) @IsOptional() ownerId?: string;
}
