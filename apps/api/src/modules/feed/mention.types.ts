import { Field, ObjectType } from '@nestjs/graphql';
import { SubjectRef } from '../follows/subject-ref.type';

@ObjectType({ description: 'Someone a post names. Inaccessible: they cannot open the subject, so they were not notified.' })
export class Mention extends SubjectRef {
  @Field()
  accessible: boolean;
}
