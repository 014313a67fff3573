// Hand-written result types for the auth documents (codegen is not set up yet).
export type Role = 'ADMIN' | 'MEMBER';

export interface Me {
  __typename?: 'Employee';
  id: string;
  name: string;
  email: string;
  handle: string;
  role: Role;
  title: string | null;
}

export interface MeData {
  me: Me;
}

export interface LoginData {
  login: { token: string; employee: Me };
}

export type LoginVars = { email: string; password: string };

export interface DemoLogin {
  email: string;
  password: string;
  name: string;
  title: string | null;
}

export interface DemoLoginsData {
  demoLogins: DemoLogin[];
}
