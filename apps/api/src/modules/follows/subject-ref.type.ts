import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SubjectKindEnum } from '../../common/graphql/enums';

@ObjectType({ description: 'A pointer to anything that has a feed: a record, an employee, a team or a topic.' })
export class SubjectRef {
  @Field(() => ID)
  id: string;

  @Field(() => SubjectKindEnum)
  kind: SubjectKindEnum;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: "A deal's, case's or document's account: what tells two records of one name apart." })
  accountName?: string | null;
}
