import { graphql } from 'src/gql';

export const FOLLOWING_QUERY = graphql(`
  query Following {
    following {
      id
      kind
      name
      accountName
    }
  }
`);

export const FOLLOW = graphql(`
  mutation Follow($subjectId: ID!) {
    follow(subjectId: $subjectId)
  }
`);

export const UNFOLLOW = graphql(`
  mutation Unfollow($subjectId: ID!) {
    unfollow(subjectId: $subjectId)
  }
`);

export const POST = graphql(`
  mutation Post($input: PostInput!) {
    post(input: $input) {
      ...ActivityFields
    }
  }
`);
