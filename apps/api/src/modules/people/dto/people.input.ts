import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { Role } from '../../../common/graphql/enums';

export const HANDLE_PATTERN = /^[a-z0-9][a-z0-9._-]{1,30}$/;
const HANDLE_RULE = 'must be 2-31 lowercase letters, digits, dots, dashes or underscores';

@InputType()
export class CreateEmployeeInput {
  @Field()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @Length(1, 120, { message: 'must be 1 to 120 characters' })
  name: string;

  @Field({ description: 'At least 10 characters.' })
  @Length(10, 200, { message: 'must be 10 to 200 characters' })
  password: string;

  @Field(() => Role, { defaultValue: Role.MEMBER })
  role: Role;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  teamIds?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  title?: string;

  @Field(() => String, { nullable: true, description: 'Defaults to the email name.' })
  @IsOptional()
  @Matches(HANDLE_PATTERN, { message: HANDLE_RULE })
  handle?: string;
}

@InputType()
export class CreateTeamInput {
  @Field()
  @Length(1, 120, { message: 'must be 1 to 120 characters' })
  name: string;

  @Field()
  @Matches(HANDLE_PATTERN, { message: HANDLE_RULE })
  handle: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  memberIds?: string[];
}
