import { useMemo } from 'react';
import { useViewer } from 'src/modules/auth/hooks/useViewer';
import { FieldSelect } from 'src/modules/records/components/FieldSelect';
import type { EmployeeSummary } from 'src/modules/records/graphql/records.types';
import { useEmployees } from 'src/modules/records/hooks/useEmployees';

interface OwnerSelectProps {
  owner: Pick<EmployeeSummary, 'id' | 'name'>;
  onChange: (ownerId: string) => Promise<void>;
}

export function OwnerSelect({ owner, onChange }: OwnerSelectProps) {
  const viewer = useViewer();
  const { employees } = useEmployees();
  const options = useMemo(() => {
    const list = employees.map((employee) => ({ value: employee.id, label: employee.name }));
    // Until the employee list loads (or if the owner is not in it) keep the owner selectable.
    if (!list.some((option) => option.value === owner.id)) {
      list.unshift({ value: owner.id, label: owner.name });
    }
    return list;
  }, [employees, owner.id, owner.name]);

  // Handing a record over is for its owner or an admin (the API refuses anyone else); others see who owns it.
  if (viewer === null || (viewer.role !== 'ADMIN' && viewer.id !== owner.id)) {
    return (
      <div className="field-select field-select--static" data-testid="owner-name">
        <span className="field-select__label">Owner</span>
        <span className="field-select__value">{owner.name}</span>
      </div>
    );
  }
  return (
    <FieldSelect label="Owner" value={owner.id} options={options} onChange={onChange} testId="owner-select" />
  );
}
