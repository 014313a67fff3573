import { graphql } from 'src/gql';

export const ME_FIELDS = graphql(`
  fragment MeFields on Employee {
    id
    name
    email
    handle
    role
    title
  }
`);

export const ME_QUERY = graphql(`
  query Me {
    me {
      ...MeFields
    }
  }
`);

export const LOGIN = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      employee {
        ...MeFields
      }
    }
  }
`);

export const DEMO_LOGINS = graphql(`
  query DemoLogins {
    demoLogins {
      email
      password
      name
      title
    }
  }
`);

export const REFRESH_TOKEN = graphql(`
  mutation RefreshToken {
    refreshToken
  }
`);

export const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);
