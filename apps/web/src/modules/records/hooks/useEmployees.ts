import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { EMPLOYEES_QUERY } from 'src/modules/records/graphql/records.documents';
import type { EmployeeSummary } from 'src/modules/records/graphql/records.types';
import type { NameLookup } from 'src/modules/feed/utils/format-change';

export function useEmployees(): { employees: EmployeeSummary[]; loading: boolean } {
  const { data, loading } = useQuery(EMPLOYEES_QUERY);
  return { employees: data?.employees ?? [], loading };
}

/** Resolves employee ids (e.g. an owner change's from/to) to names. */
export function useEmployeeNames(): NameLookup {
  const { employees } = useEmployees();
  return useMemo(() => {
    const names = new Map(employees.map((employee) => [employee.id, employee.name]));
    return (id: string) => names.get(id);
  }, [employees]);
}
