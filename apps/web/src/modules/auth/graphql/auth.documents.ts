import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type {
  DemoLoginsData,
  LoginData,
  LoginVars,
  MeData,
} from 'src/modules/auth/graphql/auth.types';

const ME_FIELDS = gql`
  fragment MeFields on Employee {
    id
    name
    email
    handle
    role
    title
  }
`;

export const ME_QUERY: TypedDocumentNode<MeData, Record<string, never>> = gql`
  query Me {
    me {
      ...MeFields
    }
  }
  ${ME_FIELDS}
`;

export const LOGIN: TypedDocumentNode<LoginData, LoginVars> = gql`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      employee {
        ...MeFields
      }
    }
  }
  ${ME_FIELDS}
`;

export const DEMO_LOGINS: TypedDocumentNode<DemoLoginsData, Record<string, never>> = gql`
  query DemoLogins {
    demoLogins {
      email
      password
      name
      title
    }
  }
`;

export const REFRESH_TOKEN: TypedDocumentNode<{ refreshToken: string }, Record<string, never>> = gql`
  mutation RefreshToken {
    refreshToken
  }
`;

export const LOGOUT: TypedDocumentNode<{ logout: boolean }, Record<string, never>> = gql`
  mutation Logout {
    logout
  }
`;
